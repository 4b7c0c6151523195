/**
 * What the team should look at: questions the documents did not answer, and
 * answers people marked wrong (👎). Grouped by the normalised question key, so
 * "X?" and "x ？" count as one question; most asked (most 👎) first.
 */
import { type Chat, type DigestStore, type StoredAnswer, type StoredQuestion, type VotedAnswer } from './store.js';

export interface DeclinedGroup {
  /** The newest wording. */
  question: string;
  key: string;
  asked: number;
  lastAskedAt: Date;
}

export interface WrongAnswer {
  question: string;
  key: string;
  /** The newest answer given (verbatim, with its document, title and ¶; answers logged before documents were stored have only the ¶). */
  answer: StoredAnswer | undefined;
  down: number;
  up: number;
  lastAskedAt: Date;
}

export interface GapReport {
  declined: DeclinedGroup[];
  wrong: WrongAnswer[];
}

function groupByKey<T extends StoredQuestion>(rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  // Rows come oldest first, so each group's last row is its newest.
  return [...groups.values()];
}

const newest = <T>(rows: readonly T[]): T => rows[rows.length - 1] as T;

export function groupDeclined(rows: readonly StoredQuestion[]): DeclinedGroup[] {
  return groupByKey(rows)
    .map((group) => ({ question: newest(group).question, key: newest(group).key, asked: group.length, lastAskedAt: newest(group).askedAt }))
    .sort((a, b) => b.asked - a.asked || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}

export function groupWrong(rows: readonly VotedAnswer[]): WrongAnswer[] {
  return groupByKey(rows)
    .map((group) => {
      const last = newest(group);
      const answered = [...group].reverse().find((row) => row.answer !== undefined);
      return {
        question: last.question,
        key: last.key,
        answer: answered?.answer,
        down: group.reduce((sum, row) => sum + row.down, 0),
        up: group.reduce((sum, row) => sum + row.up, 0),
        lastAskedAt: last.askedAt,
      };
    })
    .sort((a, b) => b.down - a.down || a.up - b.up || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}

/** The gaps of one chat, or of every chat, in (since, until]. */
export async function gapReport(store: DigestStore, chat: Chat | undefined, since: Date, until: Date): Promise<GapReport> {
  const [declined, wrong] = await Promise.all([store.declinedSince(chat, since, until), store.votedDownSince(chat, since, until)]);
  return { declined: groupDeclined(declined), wrong: groupWrong(wrong) };
}
