/**
 * The digest's storage: ONE contract, two implementations — SQLite
 * (`openSqliteStore`, the zero-setup default) and PostgreSQL
 * (`openPostgresStore`, for several instances). Every method returns a
 * Promise because PostgreSQL is a network round trip; the same test-suite
 * runs over both (test/digest/store.test.ts).
 *
 * All times are passed in by the caller: the store never reads the clock.
 */
import { type Platform } from '../app/contracts.js';

export interface Chat {
  platform: Platform;
  chatId: string;
}

export interface Subscription extends Chat {
  id: number;
  /** HH:MM, local time in `timezone`. */
  time: string;
  /** IANA zone name, e.g. Asia/Shanghai. */
  timezone: string;
  active: boolean;
  createdAt: Date;
  /** When time or zone were last set: runs before this are not owed. */
  updatedAt: Date;
  deactivatedReason: string | undefined;
}

export type SendStatus = 'claimed' | 'sent' | 'failed';

/** One subscription's summary for one local day. */
export interface Send {
  id: number;
  subscriptionId: number;
  /** YYYY-MM-DD in the subscription's zone. */
  localDate: string;
  /** The scheduled run this send is for. */
  dueAt: Date;
  status: SendStatus;
  attempts: number;
  claimedAt: Date;
  /** failed and retryable: not before this; undefined once given up. */
  nextAttemptAt: Date | undefined;
  sentAt: Date | undefined;
  lastError: string | undefined;
  /**
   * Parts of the summary the platform has confirmed, across attempts: a
   * resumed send starts at the first unconfirmed part.
   */
  partsSent: number;
  /** The summary as first composed (opaque JSON), so a resumed send posts the same parts. */
  prepared: string | undefined;
}

export interface DocumentVersion {
  name: string;
  hash: string;
}

export interface LoggedQuestion extends Chat {
  askedAt: Date;
  question: string;
  paragraphs: number[];
  /** The documents did not answer it (default: answered). */
  declined?: boolean;
}

/** The short answer given: a verbatim sentence of ¶`paragraph` of `document`, and that document's title then. */
export interface AnswerGiven {
  text: string;
  paragraph: number;
  /** Path under the data folder. */
  document: string;
  title: string;
}

/** An answer as read back: rows logged before documents were stored have no document or title. */
export type StoredAnswer = Pick<AnswerGiven, 'text' | 'paragraph'> & Partial<Pick<AnswerGiven, 'document' | 'title'>>;

/** The answer columns of a question row, as both stores read them. */
export function answerOf(row: { answer_text: string | null; answer_paragraph: number | null; answer_document: string | null; answer_title: string | null }): StoredAnswer | undefined {
  if (row.answer_text === null || row.answer_paragraph === null) return undefined;
  return {
    text: row.answer_text,
    paragraph: row.answer_paragraph,
    ...(row.answer_document === null ? {} : { document: row.answer_document }),
    ...(row.answer_title === null ? {} : { title: row.answer_title }),
  };
}

export interface StoredQuestion {
  id: number;
  askedAt: Date;
  question: string;
  /** Normalised form: questions with the same key count as one. */
  key: string;
  paragraphs: number[];
  /** The first sentence of the core's answer, with the document and ¶ it quotes. */
  answer: StoredAnswer | undefined;
}

/** A logged answer with the votes it got. */
export interface VotedAnswer extends StoredQuestion, Chat {
  up: number;
  down: number;
}

/** A 👍 (1) or 👎 (-1) on a logged answer; `voter` is an opaque key, one vote per voter and answer. */
export interface VoteEntry extends Chat {
  questionId: number;
  voter: string;
  vote: 1 | -1;
  at: Date;
}

export type StoredVoteResult = 'recorded' | 'changed' | 'unchanged' | 'unknown';

export interface DigestStore {
  /** Creates or updates the chat's one subscription (reactivating it); `created` is true for a new row. */
  upsertSubscription(request: Chat & { time: string; timezone: string }, now: Date): Promise<{ subscription: Subscription; created: boolean }>;
  getSubscription(chat: Chat): Promise<Subscription | undefined>;
  getSubscriptionById(id: number): Promise<Subscription | undefined>;
  activeSubscriptions(): Promise<Subscription[]>;
  /** Returns false when the chat had no active subscription. */
  deactivate(chat: Chat, reason: string, now: Date): Promise<boolean>;

  /**
   * The atomic claim: inserts (subscription, localDate) as `claimed` unless a
   * row exists. Exactly one caller — across processes — gets the Send back.
   */
  claimSend(subscriptionId: number, localDate: string, dueAt: Date, now: Date): Promise<Send | undefined>;
  /**
   * Re-claims a send for another attempt: a `failed` one whose retry time has
   * come, or a `claimed` one older than `staleBefore` (its process died).
   * Compare-and-set on (status, attempts): one caller wins.
   */
  reclaimSend(send: Send, now: Date): Promise<Send | undefined>;
  /** Sends another attempt may be made for, at `now`. */
  resumableSends(now: Date, staleBefore: Date, maxAttempts: number): Promise<Send[]>;
  /** Records delivery and, in the same transaction, the documents the summary covered. */
  markSent(sendId: number, now: Date, coveredUntil: Date, documents: readonly DocumentVersion[]): Promise<void>;
  /**
   * `nextAttemptAt` undefined = give up. Only the holder of attempt
   * `send.attempts` records its failure, and never over a `sent`: a late
   * answer from a superseded attempt cannot undo a newer one.
   */
  markFailed(send: Pick<Send, 'id' | 'attempts'>, error: string, nextAttemptAt: Date | undefined): Promise<void>;
  /**
   * Stores the composed summary on the send, once: only the holder of attempt
   * `send.attempts` while it is claimed. Returns false when the claim was lost.
   */
  prepareSend(send: Pick<Send, 'id' | 'attempts'>, prepared: string): Promise<boolean>;
  /**
   * Records that the first `partsSent` parts are confirmed by the platform —
   * written right after each part, so a killed process loses at most the part
   * in flight. Only the holder of the claim; returns false when it was lost.
   */
  recordPartsSent(send: Pick<Send, 'id' | 'attempts'>, partsSent: number): Promise<boolean>;
  getSend(subscriptionId: number, localDate: string): Promise<Send | undefined>;
  /** What the last delivered summary covered (questions up to, and documents). */
  lastSummary(subscriptionId: number): Promise<{ coveredUntil: Date } | undefined>;

  seenDocuments(subscriptionId: number): Promise<DocumentVersion[]>;
  /** Records the documents a new subscription starts from, so only later changes are news. */
  setSeenDocuments(subscriptionId: number, documents: readonly DocumentVersion[], now: Date): Promise<void>;

  /** Returns the row id (to attach the answer later). */
  logQuestion(entry: LoggedQuestion & { key: string }): Promise<number>;
  setAnswer(questionId: number, answer: AnswerGiven): Promise<void>;
  /** Answered questions of the chat asked in (since, until]. */
  questionsSince(chat: Chat, since: Date, until: Date): Promise<StoredQuestion[]>;
  /** Declined questions asked in (since, until], of one chat or (no chat) of all. */
  declinedSince(chat: Chat | undefined, since: Date, until: Date): Promise<(StoredQuestion & Chat)[]>;
  /**
   * Stores a vote on an answered question of the same chat; a voter's second
   * vote replaces the first. `unknown` when no such answer was logged there.
   */
  recordVote(entry: VoteEntry): Promise<StoredVoteResult>;
  /** Answers with at least one 👎 cast in (since, until], of one chat or of all, with their vote counts. */
  votedDownSince(chat: Chat | undefined, since: Date, until: Date): Promise<VotedAnswer[]>;

  close(): Promise<void>;
}
