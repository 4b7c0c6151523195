/**
 * Daily summaries: subscriptions, the question log, the summary composer and
 * the scheduler over one store — a SQLite file by default, PostgreSQL when
 * DATABASE_URL is set (several instances sharing it).
 *
 * @example
 * const digest = await createDigest({ core, config: config.digest, logger });
 * const questions = createQuestionService({ core, limits, logger, logQuestion: digest.logQuestion, recordVote: digest.recordVote });
 * const scheduler = digest.scheduler([telegram.sink, discord.sink]);
 * scheduler.start();
 * // on shutdown:
 * await scheduler.stop(); await digest.close();
 */
import { type DigestService, type Platform, type Summary, type SummarySink } from '../app/contracts.js';
import { type SummarySendReporter } from '../app/observer.js';
import { type QuestionLog, type VoteLog } from '../app/question-service.js';
import { type DigestConfig } from '../config.js';
import { type ReportCore } from '../core/core.js';
import { type Logger } from '../logger.js';
import { gapReport, type GapReport } from './gaps.js';
import { createQuestionLog } from './questions.js';
import { openPostgresStore } from './pg-store.js';
import { createScheduler, type Scheduler, type SchedulerOptions, type SendEvent } from './scheduler.js';
import { createDigestService } from './service.js';
import { openSqliteStore } from './sqlite-store.js';
import { type DigestStore } from './store.js';
import { createComposer, type SummaryLimits } from './summary.js';

export type { Scheduler, SchedulerOptions, SendEvent, TickReport } from './scheduler.js';
export { PostgresConfigError } from './pg-store.js';
export type { DigestStore, StoredAnswer } from './store.js';
export { formatSummaryText } from './text.js';
export { isDate, startOfLocalDay } from './schedule.js';
export { gapReport } from './gaps.js';
export { openSqliteStore } from './sqlite-store.js';
export type { GapReport, DeclinedGroup, WrongAnswer } from './gaps.js';

export interface Digest {
  service: DigestService;
  /** Pass to createQuestionService: answered questions reach the summaries. */
  logQuestion: QuestionLog;
  /** Pass to createQuestionService too: 👍/👎 on logged answers. */
  recordVote: VoteLog;
  /** Declined questions and answers marked wrong in (since, until], over every chat (the gaps CLI). */
  gaps(since: Date, until: Date): Promise<GapReport>;
  /** The on-demand summary for a given local date (YYYY-MM-DD; default today): the CLI's `--date`. */
  summaryOn(platform: Platform, chatId: string, date?: string): Promise<Summary>;
  /** A scheduler delivering through these sinks (one per platform); call `start()` on it. */
  scheduler(sinks: readonly SummarySink[], onSend?: (event: SendEvent) => void): Scheduler;
  /** Resolves when every logged question's short answer is stored. */
  settled(): Promise<void>;
  /** Closes the database. Stop the scheduler first. */
  close(): Promise<void>;
}

export interface DigestDeps {
  core: ReportCore;
  config: DigestConfig;
  logger: Logger;
  clock?: () => Date;
  /** Defaults to PostgreSQL at config.databaseUrl when set, else SQLite at config.databasePath. */
  store?: DigestStore;
  /** Retry, stale-claim and timeout settings (catchUpHours comes from config). */
  scheduling?: Omit<SchedulerOptions, 'catchUpHours'>;
  limits?: Partial<SummaryLimits>;
  /** Told how each summary delivery attempt ended (metrics); optional. */
  onSendResult?: SummarySendReporter;
}

/** The configured store: PostgreSQL when DATABASE_URL is set (rejects with a sentence naming what to fix), else SQLite. */
export async function openDigestStore(config: DigestConfig, logger: Logger): Promise<DigestStore> {
  if (config.databaseUrl !== undefined) return openPostgresStore({ url: config.databaseUrl, logger });
  return openSqliteStore(config.databasePath);
}

/** The scheduler settings an operator can set (DIGEST_TICK_SECONDS, DIGEST_CLAIM_TIMEOUT_SECONDS). */
function fromConfig(config: DigestConfig): Omit<SchedulerOptions, 'catchUpHours'> {
  const claim = config.claimTimeoutSeconds;
  return {
    ...(config.tickSeconds === undefined ? {} : { tickSeconds: config.tickSeconds }),
    // A send gives up on a silent platform well before its claim can be taken over, so no live send is taken for a dead one.
    ...(claim === undefined ? {} : { staleClaimMinutes: claim / 60, deliveryTimeoutMs: Math.min(120_000, claim * 500) }),
  };
}

export async function createDigest(deps: DigestDeps): Promise<Digest> {
  const { core, config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const store = deps.store ?? (await openDigestStore(config, logger));
  const composer = createComposer({ core, store, limits: deps.limits });
  let closed = false;
  const questions = createQuestionLog({ core, store, logger, isClosed: () => closed });

  const service = createDigestService({ core, store, composer, defaultTimezone: config.defaultTimezone, logger, clock });

  return {
    service: {
      subscribe: (request) => service.subscribe(request),
      unsubscribe: (platform, chatId) => service.unsubscribe(platform, chatId),
      summaryFor: (platform, chatId) => service.summaryFor(platform, chatId),
    },
    summaryOn: (platform, chatId, date) => service.summaryOn(platform, chatId, date),
    logQuestion: questions.log,
    recordVote: questions.vote,
    gaps: (since, until) => gapReport(store, undefined, since, until),
    scheduler: (sinks, onSend) =>
      createScheduler({
        store,
        sinks,
        logger,
        clock,
        ...(onSend ? { onSend } : {}),
        compose: (subscription, date, now) => composer.compose(subscription, subscription, date, now),
        options: { ...fromConfig(config), ...deps.scheduling, catchUpHours: config.catchUpHours },
        ...(deps.onSendResult ? { onSendResult: deps.onSendResult } : {}),
      }),
    settled: () => questions.settled(),
    async close() {
      if (closed) return;
      closed = true;
      await questions.settled();
      await store.close();
    },
  };
}
