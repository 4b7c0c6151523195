/**
 * The DigestStore over PostgreSQL (node-postgres), for several bot instances
 * sharing one database. The claim is the same as in SQLite: a unique
 * (subscription, local day) row inserted with ON CONFLICT DO NOTHING, and
 * compare-and-set updates on (status, attempts) — PostgreSQL makes each
 * statement atomic across connections, so exactly one instance wins.
 *
 * The Pool reconnects by itself: a query during a server restart fails (the
 * caller logs it and tries again later), the next one opens a new connection.
 */
import pg from 'pg';
import { type Platform } from '../app/contracts.js';
import { type Logger } from '../logger.js';
import { migratePostgres } from './pg-migrations.js';
import {
  answerOf, type Chat, type DigestStore, type DocumentVersion, type Send, type SendStatus, type StoredQuestion, type StoredVoteResult,
  type Subscription, type VotedAnswer,
} from './store.js';

interface SubscriptionRow {
  id: number; platform: string; chat_id: string; time: string; timezone: string; active: boolean;
  created_at: Date; updated_at: Date; deactivated_reason: string | null;
}
interface SendRow {
  id: number; subscription_id: number; local_date: string; due_at: Date; status: string; attempts: number;
  claimed_at: Date; next_attempt_at: Date | null; sent_at: Date | null; last_error: string | null;
  parts_sent: number; prepared: string | null;
}
interface QuestionRow {
  id: number; platform: string; chat_id: string; asked_at: Date; question: string; question_key: string; paragraphs: number[];
  answer_text: string | null; answer_paragraph: number | null; answer_document: string | null; answer_title: string | null;
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id, platform: r.platform as Platform, chatId: r.chat_id, time: r.time, timezone: r.timezone, active: r.active,
  createdAt: r.created_at, updatedAt: r.updated_at, deactivatedReason: r.deactivated_reason ?? undefined,
});
const toSend = (r: SendRow): Send => ({
  id: r.id, subscriptionId: r.subscription_id, localDate: r.local_date, dueAt: r.due_at, status: r.status as SendStatus,
  attempts: r.attempts, claimedAt: r.claimed_at, nextAttemptAt: r.next_attempt_at ?? undefined,
  sentAt: r.sent_at ?? undefined, lastError: r.last_error ?? undefined, partsSent: r.parts_sent, prepared: r.prepared ?? undefined,
});
const toQuestion = (r: QuestionRow): StoredQuestion => ({
  id: r.id, askedAt: r.asked_at, question: r.question, key: r.question_key, paragraphs: r.paragraphs,
  answer: answerOf(r),
});

const withChat = (r: QuestionRow): StoredQuestion & Chat => ({ ...toQuestion(r), platform: r.platform as Platform, chatId: r.chat_id });

/** $2/$3 of a gaps query: one chat, or (both null) every chat. */
const chatFilter = (chat: Chat | undefined): [string | null, string | null] => (chat === undefined ? [null, null] : [chat.platform, chat.chatId]);

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  logger?: Logger;
  /** Tables live in this schema (created if missing): lets tests share one database. */
  schema?: string;
  /** Connections per instance. */
  poolSize?: number;
  connectTimeoutMs?: number;
}

/** Connects, migrates and returns the store; rejects with a PostgresConfigError sentence when it cannot. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<DigestStore> {
  const { schema, logger } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`PostgreSQL store: schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by a server restart is reported here; without a listener it would crash the process.
  pool.on('error', (error) => logger?.warn({ err: error }, 'PostgreSQL connection lost; the pool reconnects on the next query'));

  try {
    const client = await pool.connect();
    try {
      if (schema !== undefined) await createSchema(client, schema);
      await migratePostgres(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw describeConnectError(error, options.url);
  }

  const one = async <R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<R | undefined> => (await pool.query<R>(sql, values)).rows[0];
  const all = async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> => (await pool.query<R>(sql, values)).rows;
  const changed = async (sql: string, values: unknown[]): Promise<boolean> => ((await pool.query(sql, values)).rowCount ?? 0) > 0;

  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const saveDocumentsSql = `INSERT INTO subscription_documents (subscription_id, name, hash, seen_at)
    SELECT $1, d.name, d.hash, $4 FROM unnest($2::text[], $3::text[]) AS d (name, hash)
    ON CONFLICT (subscription_id, name) DO UPDATE SET hash = excluded.hash, seen_at = excluded.seen_at`;
  const documentValues = (subscriptionId: number, documents: readonly DocumentVersion[], now: Date): unknown[] =>
    [subscriptionId, documents.map((d) => d.name), documents.map((d) => d.hash), now];

  return {
    async upsertSubscription(request, now) {
      // xmax = 0 only on a row this statement inserted: tells "created" from "updated" in one atomic statement.
      const row = await one<SubscriptionRow & { inserted: boolean }>(
        `INSERT INTO subscriptions (platform, chat_id, time, timezone, active, created_at, updated_at)
         VALUES ($1, $2, $3, $4, true, $5, $5)
         ON CONFLICT (platform, chat_id) DO UPDATE SET
           time = excluded.time, timezone = excluded.timezone, active = true, updated_at = excluded.updated_at,
           deactivated_at = NULL, deactivated_reason = NULL
         RETURNING *, (xmax = 0) AS inserted`,
        [request.platform, request.chatId, request.time, request.timezone, now],
      );
      if (!row) throw new Error('PostgreSQL returned no row for an upsert');
      return { subscription: toSubscription(row), created: row.inserted };
    },
    async getSubscription(chat) {
      const row = await one<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND chat_id = $2', [chat.platform, chat.chatId]);
      return row && toSubscription(row);
    },
    async getSubscriptionById(id) {
      const row = await one<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
      return row && toSubscription(row);
    },
    activeSubscriptions: async () => (await all<SubscriptionRow>('SELECT * FROM subscriptions WHERE active ORDER BY id')).map(toSubscription),
    deactivate: (chat, reason, now) =>
      changed(
        'UPDATE subscriptions SET active = false, deactivated_at = $1, deactivated_reason = $2, updated_at = $1 WHERE platform = $3 AND chat_id = $4 AND active',
        [now, reason, chat.platform, chat.chatId],
      ),

    async claimSend(subscriptionId, localDate, dueAt, now) {
      const row = await one<SendRow>(
        `INSERT INTO sends (subscription_id, local_date, due_at, status, attempts, claimed_at) VALUES ($1, $2, $3, 'claimed', 1, $4)
         ON CONFLICT (subscription_id, local_date) DO NOTHING RETURNING *`,
        [subscriptionId, localDate, dueAt, now],
      );
      return row && toSend(row);
    },
    async reclaimSend(send, now) {
      const row = await one<SendRow>(
        `UPDATE sends SET status = 'claimed', attempts = attempts + 1, claimed_at = $1, next_attempt_at = NULL
         WHERE id = $2 AND status = $3 AND attempts = $4 AND claimed_at = $5 RETURNING *`,
        [now, send.id, send.status, send.attempts, send.claimedAt],
      );
      return row && toSend(row);
    },
    resumableSends: async (now, staleBefore, maxAttempts) =>
      (await all<SendRow>(
        `SELECT sends.* FROM sends JOIN subscriptions ON subscriptions.id = sends.subscription_id AND subscriptions.active
         WHERE (sends.status = 'failed' AND sends.next_attempt_at IS NOT NULL AND sends.next_attempt_at <= $1 AND sends.attempts < $2)
            OR (sends.status = 'claimed' AND sends.claimed_at < $3)
         ORDER BY sends.id`,
        [now, maxAttempts, staleBefore],
      )).map(toSend),
    markSent: (sendId, now, coveredUntil, documents) =>
      inTransaction(async (client) => {
        const { rows } = await client.query<{ subscription_id: number }>(
          `UPDATE sends SET status = 'sent', sent_at = $1, covered_until = $2, next_attempt_at = NULL WHERE id = $3 RETURNING subscription_id`,
          [now, coveredUntil, sendId],
        );
        const subscriptionId = rows[0]?.subscription_id;
        if (subscriptionId !== undefined && documents.length > 0) await client.query(saveDocumentsSql, documentValues(subscriptionId, documents, now));
      }),
    async markFailed(send, error, nextAttemptAt) {
      await pool.query(
        `UPDATE sends SET status = 'failed', last_error = $1, next_attempt_at = $2 WHERE id = $3 AND attempts = $4 AND status <> 'sent'`,
        [error.slice(0, 2000), nextAttemptAt ?? null, send.id, send.attempts],
      );
    },
    prepareSend: (send, prepared) =>
      changed(`UPDATE sends SET prepared = $1 WHERE id = $2 AND attempts = $3 AND status = 'claimed' AND prepared IS NULL`, [prepared, send.id, send.attempts]),
    recordPartsSent: (send, partsSent) =>
      changed(`UPDATE sends SET parts_sent = $1 WHERE id = $2 AND attempts = $3 AND status = 'claimed'`, [partsSent, send.id, send.attempts]),
    async getSend(subscriptionId, localDate) {
      const row = await one<SendRow>('SELECT * FROM sends WHERE subscription_id = $1 AND local_date = $2', [subscriptionId, localDate]);
      return row && toSend(row);
    },
    async lastSummary(subscriptionId) {
      const row = await one<{ covered: Date | null }>(`SELECT max(covered_until) AS covered FROM sends WHERE subscription_id = $1 AND status = 'sent'`, [subscriptionId]);
      return row?.covered == null ? undefined : { coveredUntil: row.covered };
    },

    seenDocuments: (subscriptionId) => all<DocumentVersion>('SELECT name, hash FROM subscription_documents WHERE subscription_id = $1 ORDER BY name', [subscriptionId]),
    async setSeenDocuments(subscriptionId, documents, now) {
      if (documents.length > 0) await pool.query(saveDocumentsSql, documentValues(subscriptionId, documents, now));
    },

    async logQuestion(entry) {
      const row = await one<{ id: number }>(
        'INSERT INTO questions (platform, chat_id, asked_at, question, question_key, paragraphs, declined) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
        [entry.platform, entry.chatId, entry.askedAt, entry.question, entry.key, entry.paragraphs.filter((n) => Number.isInteger(n)), entry.declined === true],
      );
      if (!row) throw new Error('PostgreSQL returned no id for a logged question');
      return row.id;
    },
    async setAnswer(questionId, answer) {
      await pool.query('UPDATE questions SET answer_text = $1, answer_paragraph = $2, answer_document = $3, answer_title = $4 WHERE id = $5', [
        answer.text, answer.paragraph, answer.document, answer.title, questionId,
      ]);
    },
    questionsSince: async (chat, since, until) =>
      (await all<QuestionRow>(
        'SELECT * FROM questions WHERE platform = $1 AND chat_id = $2 AND NOT declined AND asked_at > $3 AND asked_at <= $4 ORDER BY asked_at, id',
        [chat.platform, chat.chatId, since, until],
      )).map(toQuestion),
    declinedSince: async (chat, since, until) =>
      (await all<QuestionRow>(
        `SELECT * FROM questions WHERE declined AND ($1::text IS NULL OR (platform = $1 AND chat_id = $2))
           AND asked_at > $3 AND asked_at <= $4
         ORDER BY asked_at, id`,
        [...chatFilter(chat), since, until],
      )).map(withChat),
    recordVote: (entry) =>
      // The question row is locked first, so two votes of one voter on one answer are applied one after the other.
      inTransaction(async (client): Promise<StoredVoteResult> => {
        const question = await client.query(
          'SELECT id FROM questions WHERE id = $1 AND platform = $2 AND chat_id = $3 AND NOT declined FOR UPDATE',
          [entry.questionId, entry.platform, entry.chatId],
        );
        if (question.rowCount === 0) return 'unknown';
        const earlier = (await client.query<{ vote: number }>('SELECT vote FROM votes WHERE question_id = $1 AND voter = $2', [entry.questionId, entry.voter])).rows[0];
        if (earlier?.vote === entry.vote) return 'unchanged';
        await client.query(
          `INSERT INTO votes (question_id, voter, vote, voted_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
          [entry.questionId, entry.voter, entry.vote, entry.at],
        );
        return earlier === undefined ? 'recorded' : 'changed';
      }),
    votedDownSince: async (chat, since, until): Promise<VotedAnswer[]> =>
      (await all<QuestionRow & { up: number; down: number }>(
        `SELECT questions.*,
                (SELECT count(*) FROM votes v WHERE v.question_id = questions.id AND v.vote = 1)::integer AS up,
                (SELECT count(*) FROM votes v WHERE v.question_id = questions.id AND v.vote = -1)::integer AS down
         FROM questions
         WHERE NOT questions.declined AND ($1::text IS NULL OR (questions.platform = $1 AND questions.chat_id = $2))
           AND EXISTS (SELECT 1 FROM votes v WHERE v.question_id = questions.id AND v.vote = -1 AND v.voted_at > $3 AND v.voted_at <= $4)
         ORDER BY questions.asked_at, questions.id`,
        [...chatFilter(chat), since, until],
      )).map((r) => ({ ...withChat(r), up: r.up, down: r.down })),

    close: () => pool.end(),
  };
}

/**
 * CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent creator
 * (PostgreSQL then reports a unique violation on pg_namespace): two instances
 * starting at once both try, and the loser finds the schema already there.
 */
async function createSchema(client: pg.PoolClient, schema: string): Promise<void> {
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}

/** Start-up failures, as one sentence naming what to fix in DATABASE_URL. */
export class PostgresConfigError extends Error {
  override name = 'PostgresConfigError';
}

function describeConnectError(error: unknown, url: string): Error {
  let where = 'the server in DATABASE_URL';
  let user = '';
  let database = '';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
    user = decodeURIComponent(parsed.username);
    database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  } catch {
    // The config check already refused an unparsable URL; keep the generic wording.
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || /timeout/i.test(message)) {
    return new PostgresConfigError(`Database: cannot reach PostgreSQL at ${where} (${code ?? message}) — start the server or fix the host and port in DATABASE_URL`);
  }
  if (code === '28P01' || (code === '28000' && /password/i.test(message))) {
    return new PostgresConfigError(`Database: PostgreSQL refused the password for user "${user}" — fix the user and password in DATABASE_URL`);
  }
  if (code === '28000' || /role .* does not exist/i.test(message)) {
    return new PostgresConfigError(`Database: PostgreSQL does not let user "${user}" in (${message}) — create the role or fix the user in DATABASE_URL`);
  }
  if (code === '3D000') {
    return new PostgresConfigError(`Database: the database "${database}" does not exist on ${where} — create it (createdb ${database || 'NAME'}) or fix its name in DATABASE_URL`);
  }
  if (/SASL|password must be a string/i.test(message)) {
    return new PostgresConfigError(`Database: PostgreSQL asks for a password for user "${user}" — put it in DATABASE_URL (postgres://user:password@host/db)`);
  }
  if (error instanceof Error && /newer than this bot knows/.test(message)) return new PostgresConfigError(message);
  return new PostgresConfigError(`Database: could not open PostgreSQL at ${where}: ${message} — check DATABASE_URL`);
}
