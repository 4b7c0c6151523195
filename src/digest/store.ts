/**
 * The digest's storage, behind a small interface so the scheduler and the
 * summary composer can be tested with any clock. `openSqliteStore` (in
 * sqlite-store.ts) is the real one.
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

export interface StoredQuestion {
  id: number;
  askedAt: Date;
  question: string;
  /** Normalised form: questions with the same key count as one. */
  key: string;
  paragraphs: number[];
  /** The first sentence of the core's answer, quoted from ¶answerParagraph. */
  answer: { text: string; paragraph: number } | undefined;
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
  upsertSubscription(request: Chat & { time: string; timezone: string }, now: Date): { subscription: Subscription; created: boolean };
  getSubscription(chat: Chat): Subscription | undefined;
  getSubscriptionById(id: number): Subscription | undefined;
  activeSubscriptions(): Subscription[];
  /** Returns false when the chat had no active subscription. */
  deactivate(chat: Chat, reason: string, now: Date): boolean;

  /**
   * The atomic claim: inserts (subscription, localDate) as `claimed` unless a
   * row exists. Exactly one caller — across processes — gets the Send back.
   */
  claimSend(subscriptionId: number, localDate: string, dueAt: Date, now: Date): Send | undefined;
  /**
   * Re-claims a send for another attempt: a `failed` one whose retry time has
   * come, or a `claimed` one older than `staleBefore` (its process died).
   * Compare-and-set on (status, attempts): one caller wins.
   */
  reclaimSend(send: Send, now: Date): Send | undefined;
  /** Sends another attempt may be made for, at `now`. */
  resumableSends(now: Date, staleBefore: Date, maxAttempts: number): Send[];
  /** Records delivery and, in the same transaction, the documents the summary covered. */
  markSent(sendId: number, now: Date, coveredUntil: Date, documents: readonly DocumentVersion[]): void;
  /**
   * `nextAttemptAt` undefined = give up. Only the holder of attempt
   * `send.attempts` records its failure, and never over a `sent`: a late
   * answer from a superseded attempt cannot undo a newer one.
   */
  markFailed(send: Pick<Send, 'id' | 'attempts'>, error: string, nextAttemptAt: Date | undefined): void;
  getSend(subscriptionId: number, localDate: string): Send | undefined;
  /** What the last delivered summary covered (questions up to, and documents). */
  lastSummary(subscriptionId: number): { coveredUntil: Date } | undefined;

  seenDocuments(subscriptionId: number): DocumentVersion[];
  /** Records the documents a new subscription starts from, so only later changes are news. */
  setSeenDocuments(subscriptionId: number, documents: readonly DocumentVersion[], now: Date): void;

  /** Returns the row id (to attach the answer later). */
  logQuestion(entry: LoggedQuestion & { key: string }): number;
  setAnswer(questionId: number, answer: { text: string; paragraph: number }): void;
  /** Answered questions of the chat asked in (since, until]. */
  questionsSince(chat: Chat, since: Date, until: Date): StoredQuestion[];
  /** Declined questions asked in (since, until], of one chat or (no chat) of all. */
  declinedSince(chat: Chat | undefined, since: Date, until: Date): Promise<(StoredQuestion & Chat)[]>;
  /**
   * Stores a vote on an answered question of the same chat; a voter's second
   * vote replaces the first. `unknown` when no such answer was logged there.
   */
  recordVote(entry: VoteEntry): Promise<StoredVoteResult>;
  /** Answers with at least one 👎 cast in (since, until], of one chat or of all, with their vote counts. */
  votedDownSince(chat: Chat | undefined, since: Date, until: Date): Promise<VotedAnswer[]>;

  close(): void;
}
