/**
 * The zero-setup DigestStore: SQLite through better-sqlite3 (synchronous, so each
 * statement is atomic without extra locking in JS). WAL lets one process
 * write while others read; busy_timeout makes a second process wait for the
 * write lock instead of failing, which is what makes the claim safe across
 * processes sharing the file. The methods are async only to share the
 * contract with PostgreSQL; each still runs as one synchronous statement.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Platform } from '../app/contracts.js';
import { migrate } from './migrations.js';
import {
  answerOf, type Chat, type DigestStore, type DocumentVersion, type Send, type SendStatus, type StoredQuestion, type StoredVoteResult, type Subscription,
  type VotedAnswer,
} from './store.js';

interface SubscriptionRow {
  id: number; platform: string; chat_id: string; time: string; timezone: string; active: number;
  created_at: number; updated_at: number; deactivated_reason: string | null;
}
interface SendRow {
  id: number; subscription_id: number; local_date: string; due_at: number; status: string; attempts: number;
  claimed_at: number; next_attempt_at: number | null; sent_at: number | null; last_error: string | null;
  parts_sent: number; prepared: string | null;
}
interface QuestionRow {
  id: number; platform: string; chat_id: string; asked_at: number; question: string; question_key: string; paragraphs: string;
  answer_text: string | null; answer_paragraph: number | null; answer_document: string | null; answer_title: string | null;
}
interface VotedRow extends QuestionRow {
  up: number; down: number;
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id, platform: r.platform as Platform, chatId: r.chat_id, time: r.time, timezone: r.timezone, active: r.active === 1,
  createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at), deactivatedReason: r.deactivated_reason ?? undefined,
});
const toSend = (r: SendRow): Send => ({
  id: r.id, subscriptionId: r.subscription_id, localDate: r.local_date, dueAt: new Date(r.due_at), status: r.status as SendStatus,
  attempts: r.attempts, claimedAt: new Date(r.claimed_at), nextAttemptAt: r.next_attempt_at === null ? undefined : new Date(r.next_attempt_at),
  sentAt: r.sent_at === null ? undefined : new Date(r.sent_at), lastError: r.last_error ?? undefined,
  partsSent: r.parts_sent, prepared: r.prepared ?? undefined,
});
const toQuestion = (r: QuestionRow): StoredQuestion => ({
  id: r.id, askedAt: new Date(r.asked_at), question: r.question, key: r.question_key, paragraphs: parseNumbers(r.paragraphs),
  answer: answerOf(r),
});

/** Named parameters of the gap queries: one chat, or every chat when `platform` is null. */
interface GapWindow { platform: string | null; chat: string | null; since: number; until: number }
const gapWindow = (chat: Chat | undefined, since: Date, until: Date): GapWindow => ({
  platform: chat?.platform ?? null, chat: chat?.chatId ?? null, since: since.getTime(), until: until.getTime(),
});

const withChat = (r: QuestionRow): StoredQuestion & Chat => ({ ...toQuestion(r), platform: r.platform as Platform, chatId: r.chat_id });

function parseNumbers(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

export function openSqliteStore(databasePath: string): DigestStore {
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const db = new Database(databasePath);
  // busy_timeout first: the journal_mode switch itself may wait for another process.
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  // FULL: a claim or a "sent" must survive a power cut, not only a crash; volume is tiny.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const subscriptionBy = db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ?');
  const subscriptionById = db.prepare<[number], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?');
  const sendById = db.prepare<[number], SendRow>('SELECT * FROM sends WHERE id = ?');

  const upsert = db.transaction((request: Chat & { time: string; timezone: string }, now: number) => {
    const existing = subscriptionBy.get(request.platform, request.chatId);
    db.prepare(
      `INSERT INTO subscriptions (platform, chat_id, time, timezone, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (platform, chat_id) DO UPDATE SET
         time = excluded.time, timezone = excluded.timezone, active = 1, updated_at = excluded.updated_at,
         deactivated_at = NULL, deactivated_reason = NULL`,
    ).run(request.platform, request.chatId, request.time, request.timezone, now, now);
    const row = subscriptionBy.get(request.platform, request.chatId) as SubscriptionRow;
    return { subscription: toSubscription(row), created: existing === undefined };
  });

  const markSent = db.transaction((sendId: number, now: number, coveredUntil: number, documents: readonly DocumentVersion[]) => {
    db.prepare(`UPDATE sends SET status = 'sent', sent_at = ?, covered_until = ?, next_attempt_at = NULL WHERE id = ?`).run(now, coveredUntil, sendId);
    const send = sendById.get(sendId);
    if (send !== undefined) saveDocuments(send.subscription_id, documents, now);
  });

  /** One vote per (answer, voter): insert, or replace a different earlier vote. */
  const recordVote = db.transaction((questionId: number, platform: string, chatId: string, voter: string, vote: number, at: number): StoredVoteResult => {
    const question = db.prepare<[number, string, string], { id: number }>(
      'SELECT id FROM questions WHERE id = ? AND platform = ? AND chat_id = ? AND declined = 0',
    ).get(questionId, platform, chatId);
    if (question === undefined) return 'unknown';
    const earlier = db.prepare<[number, string], { vote: number }>('SELECT vote FROM votes WHERE question_id = ? AND voter = ?').get(questionId, voter);
    if (earlier?.vote === vote) return 'unchanged';
    db.prepare(
      `INSERT INTO votes (question_id, voter, vote, voted_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
    ).run(questionId, voter, vote, at);
    return earlier === undefined ? 'recorded' : 'changed';
  });

  function saveDocuments(subscriptionId: number, documents: readonly DocumentVersion[], now: number): void {
    const save = db.prepare(
      `INSERT INTO subscription_documents (subscription_id, name, hash, seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (subscription_id, name) DO UPDATE SET hash = excluded.hash, seen_at = excluded.seen_at`,
    );
    for (const doc of documents) save.run(subscriptionId, doc.name, doc.hash, now);
  }

  return {
    upsertSubscription: async (request, now) => upsert.immediate(request, now.getTime()),
    getSubscription: async (chat) => {
      const row = subscriptionBy.get(chat.platform, chat.chatId);
      return row === undefined ? undefined : toSubscription(row);
    },
    getSubscriptionById: async (id) => {
      const row = subscriptionById.get(id);
      return row === undefined ? undefined : toSubscription(row);
    },
    activeSubscriptions: async () => db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions WHERE active = 1 ORDER BY id').all().map(toSubscription),
    deactivate: async (chat, reason, now) =>
      db.prepare(
        'UPDATE subscriptions SET active = 0, deactivated_at = ?, deactivated_reason = ?, updated_at = ? WHERE platform = ? AND chat_id = ? AND active = 1',
      ).run(now.getTime(), reason, now.getTime(), chat.platform, chat.chatId).changes === 1,

    claimSend: async (subscriptionId, localDate, dueAt, now) => {
      const row = db.prepare<[number, string, number, number], SendRow>(
        `INSERT INTO sends (subscription_id, local_date, due_at, status, attempts, claimed_at) VALUES (?, ?, ?, 'claimed', 1, ?)
         ON CONFLICT (subscription_id, local_date) DO NOTHING RETURNING *`,
      ).get(subscriptionId, localDate, dueAt.getTime(), now.getTime());
      return row === undefined ? undefined : toSend(row);
    },
    reclaimSend: async (send, now) => {
      const row = db.prepare<[number, number, string, number, number], SendRow>(
        `UPDATE sends SET status = 'claimed', attempts = attempts + 1, claimed_at = ?, next_attempt_at = NULL
         WHERE id = ? AND status = ? AND attempts = ? AND claimed_at = ? RETURNING *`,
      ).get(now.getTime(), send.id, send.status, send.attempts, send.claimedAt.getTime());
      return row === undefined ? undefined : toSend(row);
    },
    resumableSends: async (now, staleBefore, maxAttempts) =>
      db.prepare<[number, number, number], SendRow>(
        `SELECT sends.* FROM sends JOIN subscriptions ON subscriptions.id = sends.subscription_id AND subscriptions.active = 1
         WHERE (sends.status = 'failed' AND sends.next_attempt_at IS NOT NULL AND sends.next_attempt_at <= ? AND sends.attempts < ?)
            OR (sends.status = 'claimed' AND sends.claimed_at < ?)
         ORDER BY sends.id`,
      ).all(now.getTime(), maxAttempts, staleBefore.getTime()).map(toSend),
    markSent: async (sendId, now, coveredUntil, documents) => markSent.immediate(sendId, now.getTime(), coveredUntil.getTime(), documents),
    markFailed: async (send, error, nextAttemptAt) => {
      db.prepare(`UPDATE sends SET status = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ? AND attempts = ? AND status <> 'sent'`)
        .run(error.slice(0, 2000), nextAttemptAt?.getTime() ?? null, send.id, send.attempts);
    },
    getSend: async (subscriptionId, localDate) => {
      const row = db.prepare<[number, string], SendRow>('SELECT * FROM sends WHERE subscription_id = ? AND local_date = ?').get(subscriptionId, localDate);
      return row === undefined ? undefined : toSend(row);
    },
    lastSummary: async (subscriptionId) => {
      const row = db.prepare<[number], { covered: number | null }>(
        `SELECT MAX(covered_until) AS covered FROM sends WHERE subscription_id = ? AND status = 'sent'`,
      ).get(subscriptionId);
      return row?.covered == null ? undefined : { coveredUntil: new Date(row.covered) };
    },

    seenDocuments: async (subscriptionId) =>
      db.prepare<[number], DocumentVersion>('SELECT name, hash FROM subscription_documents WHERE subscription_id = ? ORDER BY name').all(subscriptionId),
    setSeenDocuments: async (subscriptionId, documents, now) => db.transaction(() => saveDocuments(subscriptionId, documents, now.getTime())).immediate(),

    logQuestion: async (entry) =>
      Number(db.prepare(
        'INSERT INTO questions (platform, chat_id, asked_at, question, question_key, paragraphs, declined) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(entry.platform, entry.chatId, entry.askedAt.getTime(), entry.question, entry.key, JSON.stringify(entry.paragraphs), entry.declined ? 1 : 0).lastInsertRowid),
    setAnswer: async (questionId, answer) => {
      db.prepare('UPDATE questions SET answer_text = ?, answer_paragraph = ?, answer_document = ?, answer_title = ? WHERE id = ?')
        .run(answer.text, answer.paragraph, answer.document, answer.title, questionId);
    },
    questionsSince: async (chat, since, until) =>
      db.prepare<[string, string, number, number], QuestionRow>(
        'SELECT * FROM questions WHERE platform = ? AND chat_id = ? AND declined = 0 AND asked_at > ? AND asked_at <= ? ORDER BY asked_at, id',
      ).all(chat.platform, chat.chatId, since.getTime(), until.getTime()).map(toQuestion),
    declinedSince: async (chat, since, until) =>
      db.prepare<[GapWindow], QuestionRow>(
        `SELECT * FROM questions WHERE declined = 1 AND (@platform IS NULL OR (platform = @platform AND chat_id = @chat))
           AND asked_at > @since AND asked_at <= @until
         ORDER BY asked_at, id`,
      ).all(gapWindow(chat, since, until)).map(withChat),
    recordVote: async (entry) => recordVote.immediate(entry.questionId, entry.platform, entry.chatId, entry.voter, entry.vote, entry.at.getTime()),
    votedDownSince: async (chat, since, until): Promise<VotedAnswer[]> =>
      db.prepare<[GapWindow], VotedRow>(
        `SELECT questions.*,
                (SELECT COUNT(*) FROM votes v WHERE v.question_id = questions.id AND v.vote = 1) AS up,
                (SELECT COUNT(*) FROM votes v WHERE v.question_id = questions.id AND v.vote = -1) AS down
         FROM questions
         WHERE questions.declined = 0 AND (@platform IS NULL OR (questions.platform = @platform AND questions.chat_id = @chat))
           AND EXISTS (SELECT 1 FROM votes v WHERE v.question_id = questions.id AND v.vote = -1 AND v.voted_at > @since AND v.voted_at <= @until)
         ORDER BY questions.asked_at, questions.id`,
      ).all(gapWindow(chat, since, until)).map((r) => ({ ...withChat(r), up: r.up, down: r.down })),

    prepareSend: async (send, prepared) =>
      db.prepare(`UPDATE sends SET prepared = ? WHERE id = ? AND attempts = ? AND status = 'claimed' AND prepared IS NULL`)
        .run(prepared, send.id, send.attempts).changes === 1,
    recordPartsSent: async (send, partsSent) =>
      db.prepare(`UPDATE sends SET parts_sent = ? WHERE id = ? AND attempts = ? AND status = 'claimed'`)
        .run(partsSent, send.id, send.attempts).changes === 1,

    close: async () => {
      db.close();
    },
  };
}
