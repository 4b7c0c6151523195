/**
 * Fires each active subscription once per local day at its HH:MM in its zone.
 *
 * croner wakes the scheduler at the top of every minute (or every
 * `tickSeconds`) and computes each
 * subscription's runs in its zone (DST included, see schedule.ts). Every tick
 * asks the database what is owed — nothing is remembered in memory — so a
 * restart, a second process or a subscription changed elsewhere all just work:
 *
 * - a run in the last `catchUpHours` that has no send row yet is claimed
 *   (INSERT … ON CONFLICT DO NOTHING: one winner across processes) and sent;
 * - a failed send whose retry time has come is re-claimed and sent again;
 * - a claim left behind by a killed process (older than `staleClaimMinutes`)
 *   is re-claimed and sent, so the day's summary is not lost.
 */
import { Cron } from 'croner';
import pLimit from 'p-limit';
import { type Platform, type SummarySink } from '../app/contracts.js';
import { type SummarySendReporter } from '../app/observer.js';
import { type Logger } from '../logger.js';
import { attempt, type AttemptOutcome, type Compose, type RetryPolicy } from './delivery.js';
import { latestRun, localDate } from './schedule.js';
import { type DigestStore, type Send, type Subscription } from './store.js';

export interface SchedulerOptions {
  /** A run missed by downtime is still sent within this many hours (DigestConfig.catchUpHours). */
  catchUpHours: number;
  /** A claim older than this whose process is gone is attempted again. Keep it above deliveryTimeoutMs. */
  staleClaimMinutes?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  deliveryTimeoutMs?: number;
  /** Deliveries in flight at once. */
  concurrency?: number;
  /** Seconds between ticks (1-60); default 60: at the top of every minute. */
  tickSeconds?: number;
}

/** One finished attempt, for metrics: which platform, and how it ended. */
export interface SendEvent {
  platform: Platform;
  outcome: AttemptOutcome;
}

export interface SchedulerDeps {
  store: DigestStore;
  compose: Compose;
  sinks: readonly SummarySink[];
  logger: Logger;
  clock?: () => Date;
  options: SchedulerOptions;
  /** Called after every attempt (e.g. to count sends by result); must not throw. */
  onSend?: (event: SendEvent) => void;
  /** Told how each delivery attempt ended (metrics); optional. */
  onSendResult?: SummarySendReporter;
}

export interface TickReport {
  delivered: number;
  failed: number;
  gone: number;
}

export interface Scheduler {
  /** Catches up at once, then ticks at the top of every minute. */
  start(): void;
  /** Stops the timer and waits for the tick in flight. */
  stop(): Promise<void>;
  /** Does everything owed at `now` (default: the clock). Ticks never overlap. */
  tick(now?: Date): Promise<TickReport>;
}

/** A tick that runs late (timer drift, a slow previous tick) still counts as on time. */
const graceMs = 2 * 60_000;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { store, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const options = deps.options;
  const policy: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? 5,
    retryBaseMs: options.retryBaseMs ?? 60_000,
    retryMaxMs: options.retryMaxMs ?? 30 * 60_000,
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 2 * 60_000,
  };
  const staleMs = (options.staleClaimMinutes ?? 10) * 60_000;
  if (staleMs <= policy.deliveryTimeoutMs) {
    throw new Error(
      `Digest: staleClaimMinutes (${staleMs / 60_000}) must be longer than deliveryTimeoutMs (${policy.deliveryTimeoutMs} ms) — otherwise a slow send is taken for a dead one and sent twice`,
    );
  }
  const windowMs = Math.max(options.catchUpHours * 3_600_000, graceMs);
  const sinks = new Map<Platform, SummarySink>(deps.sinks.map((sink) => [sink.platform, sink]));
  const limit = pLimit(options.concurrency ?? 4);
  let job: Cron | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  /** The run owed at `now`: within the catch-up window and not before the subscription was (re)set. */
  function owedRun(subscription: Subscription, now: Date): Date | undefined {
    const from = new Date(Math.max(now.getTime() - windowMs, subscription.updatedAt.getTime() - 1));
    return latestRun(subscription.time, subscription.timezone, from, now);
  }

  async function run(now: Date): Promise<TickReport> {
    const work: Array<{ send: Send; subscription: Subscription; sink: SummarySink }> = [];

    for (const subscription of await store.activeSubscriptions()) {
      const sink = sinks.get(subscription.platform);
      if (!sink) continue; // another process, with that platform, will send it
      let due: Date | undefined;
      try {
        due = owedRun(subscription, now);
      } catch (error) {
        // One bad row (a zone this runtime no longer knows) must not stop every other chat's summary.
        logger.error({ err: error, platform: subscription.platform, chat: subscription.chatId, timezone: subscription.timezone }, 'cannot compute this subscription\'s run time — ask the chat to /subscribe again with a valid zone');
        continue;
      }
      if (!due) continue;
      const send = await store.claimSend(subscription.id, localDate(due, subscription.timezone), due, now);
      if (send) work.push({ send, subscription, sink });
    }

    for (const pending of await store.resumableSends(now, new Date(now.getTime() - staleMs), policy.maxAttempts)) {
      const subscription = await store.getSubscriptionById(pending.subscriptionId);
      const sink = subscription && sinks.get(subscription.platform);
      if (!subscription || !sink) continue;
      if (pending.attempts >= policy.maxAttempts || now.getTime() - pending.dueAt.getTime() > windowMs + policy.retryMaxMs) {
        await store.markFailed(pending, `${pending.lastError ?? 'interrupted while sending'}; given up after ${pending.attempts} attempts`, undefined);
        logger.error({ platform: subscription.platform, chat: subscription.chatId, date: pending.localDate }, 'daily summary given up: too many attempts or too late');
        continue;
      }
      const send = await store.reclaimSend(pending, now);
      if (send) {
        if (pending.status === 'claimed') logger.warn({ platform: subscription.platform, chat: subscription.chatId, date: send.localDate }, 'resuming a send interrupted by a stopped process');
        work.push({ send, subscription, sink });
      }
    }

    const outcomes = await Promise.all(
      work.map((w) =>
        limit(async () => {
          let outcome: AttemptOutcome;
          try {
            outcome = await attempt({ store, compose: deps.compose, logger, policy }, w.send, w.subscription, w.sink, now);
          } catch (error) {
            // The database failed mid-attempt: the claim stays and is resumed from its last recorded part once stale.
            logger.error({ err: error, platform: w.subscription.platform, chat: w.subscription.chatId, date: w.send.localDate }, 'daily summary attempt could not be recorded; it is resumed later');
            outcome = 'failed';
          }
          deps.onSend?.({ platform: w.subscription.platform, outcome });
          deps.onSendResult?.(outcome);
          return outcome;
        }),
      ),
    );
    const count = (kind: AttemptOutcome): number => outcomes.filter((o) => o === kind).length;
    return { delivered: count('delivered'), failed: count('failed'), gone: count('gone') };
  }

  function tick(now: Date = clock()): Promise<TickReport> {
    const next = chain.then(() => run(now));
    chain = next.catch(() => undefined);
    return next;
  }

  /** Returns the tick's promise so croner's `protect` skips a minute while a slow tick still runs. */
  function safeTick(): Promise<void> {
    return tick().then(
      () => undefined,
      (error: unknown) => logger.error({ err: error }, 'digest tick failed; the next tick tries again'),
    );
  }

  return {
    start() {
      if (job) return;
      const every = options.tickSeconds ?? 60;
      // Both patterns follow the wall clock, so instances tick together and the claim decides, not timing.
      job = every >= 60 ? new Cron('* * * * *', { protect: true }, safeTick) : new Cron('* * * * * *', { protect: true, ...(every > 1 ? { interval: every } : {}) }, safeTick);
      void safeTick();
    },
    async stop() {
      job?.stop();
      job = undefined;
      await chain;
    },
    tick,
  };
}
