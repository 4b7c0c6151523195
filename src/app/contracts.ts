/**
 * Contracts between the application services and the platform adapters.
 * Adapters depend on these interfaces only — never on embeddings or indexes.
 */
import { type ParagraphRef } from '../core/refs.js';
import { type Language, type Reply, type SourceResult } from '../core/reply.js';

export type Platform = 'discord' | 'telegram' | 'console';

/** Who asks, where. `chatId` is the channel/chat the answer goes to. */
export interface Asker {
  platform: Platform;
  chatId: string;
  userId: string;
}

/**
 * A reply as the question service gives it: an answer the question log kept
 * carries the log's id, which the 👍/👎 buttons under it send back.
 */
export type LoggedReply = Reply & { questionId?: number };

/** Everything `QuestionService.ask` can return; adapters render each kind. */
export type Outcome =
  | LoggedReply
  | { kind: 'rate_limited'; question: string; language: Language; retryAfterMs: number }
  | { kind: 'failed'; question: string; language: Language };

/** Asking questions: the core behind a per-user rate limit, a concurrency limit and the question log. */
export interface QuestionService {
  /** Never rejects: failures come back as `{ kind: 'failed' }` (and are logged). */
  ask(asker: Asker, question: string): Promise<Outcome>;
  /** `N`, `DOC#N` or `{ document, paragraph }`: see ReportCore.source. */
  source(ref: string | number | ParagraphRef): SourceResult;
  /** Questions in `language` the documents verifiably answer (for /help); [] when none could be found. */
  examples(language: Language): Promise<string[]>;
  /** A 👍/👎 on the logged answer `questionId`, by `voter` in the chat where it was given. */
  vote(voter: Asker, questionId: number, vote: Vote): Promise<VoteResult>;
}

export type Vote = 'up' | 'down';

/**
 * recorded: a first vote; changed: the voter's earlier vote was replaced;
 * unchanged: the same vote again; unknown: no such answer in this chat
 * (or the log is off); failed: the vote could not be stored.
 */
export type VoteResult = 'recorded' | 'changed' | 'unchanged' | 'unknown' | 'failed';

/**
 * One line of a summary: a verbatim substring of ¶`paragraph` of `document` —
 * except in the `declined` section, whose items are questions the documents
 * do not answer (`text` is the question; no document, title or paragraph).
 */
export interface SummaryItem {
  text: string;
  /** Path of the document under the data folder. */
  document?: string;
  /** The document's title: what people see. */
  title?: string;
  /** The headline of the article the paragraph belongs to, when the document has several (a newspaper page). */
  headline?: string;
  /** ¶N within the document. */
  paragraph?: number;
  /** questions, declined and wrong sections: the question asked and how often. */
  question?: string;
  asked?: number;
  /** wrong section: how many 👎 the answer got. */
  votesDown?: number;
}

export interface SummarySection {
  /** declined: asked, but not in the documents; wrong: answers marked 👎. */
  kind: 'documents' | 'questions' | 'keypoints' | 'declined' | 'wrong';
  title: string;
  items: SummaryItem[];
}

export interface Summary {
  /** YYYY-MM-DD in the subscription's zone. */
  date: string;
  sections: SummarySection[];
}

export type SubscribeResult =
  | { kind: 'subscribed' | 'updated'; time: string; timezone: string; nextRunAt: Date }
  | { kind: 'invalid_time' | 'invalid_timezone'; value: string; example: string };

export type UnsubscribeResult = { kind: 'unsubscribed' } | { kind: 'not_subscribed' };

/** Daily summaries: subscriptions and on-demand summaries for a chat. */
export interface DigestService {
  subscribe(request: { platform: Platform; chatId: string; time: string; timezone?: string }): Promise<SubscribeResult>;
  unsubscribe(platform: Platform, chatId: string): Promise<UnsubscribeResult>;
  /** The summary this chat would get now (on demand). */
  summaryFor(platform: Platform, chatId: string): Promise<Summary>;
}

export type DeliveryResult =
  | { kind: 'delivered' }
  /** The bot was removed (Telegram 403, Discord Missing Access / Unknown Channel): deactivate. */
  | { kind: 'gone'; detail: string }
  /** Transient failure: retry with backoff (after `retryAfterMs` when the platform said so). */
  | { kind: 'failed'; detail: string; retryAfterMs?: number };

/**
 * Progress of a multi-part send, kept by the scheduler so a send resumed after
 * a crash continues at the first part the platform has not confirmed.
 */
export interface DeliveryProgress {
  /** Parts an earlier attempt already posted: start after them. */
  skipParts: number;
  /**
   * Awaited right after the platform confirms a part, with the number of parts
   * confirmed so far (skipped ones included). If it throws, stop posting: the
   * send was taken over by another instance.
   */
  partSent(partsSent: number): Promise<void>;
}

/** Posts a summary into a chat on one platform; implemented by each adapter. */
export interface SummarySink {
  platform: Platform;
  deliver(chatId: string, summary: Summary, progress?: DeliveryProgress): Promise<DeliveryResult>;
}

/** What `startDiscord` / `startTelegram` return. */
export interface RunningAdapter {
  sink: SummarySink;
  /** Stop taking updates, finish answers in flight, then resolve. */
  stop(): Promise<void>;
}
