/**
 * One attempt at delivering one claimed send, and recording what happened:
 * sent (with what the summary covered), failed with a retry time (exponential
 * backoff, or the platform's retry-after when longer), or gone (the bot was
 * removed: deactivate, never retry).
 */
import { type DeliveryResult, type Summary, type SummarySink } from '../app/contracts.js';
import { type Logger } from '../logger.js';
import { type DigestStore, type DocumentVersion, type Send, type Subscription } from './store.js';

/** A summary and what it covered, so the next one starts where it ended. */
export interface ComposedSummary {
  summary: Summary;
  /** Questions asked up to here are covered. */
  coveredUntil: Date;
  /** Every current document: the next summary reports changes against these. */
  documents: DocumentVersion[];
}

export type Compose = (subscription: Subscription, localDate: string, now: Date) => Promise<ComposedSummary> | ComposedSummary;

export interface RetryPolicy {
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  deliveryTimeoutMs: number;
}

export interface AttemptDeps {
  store: DigestStore;
  compose: Compose;
  logger: Logger;
  policy: RetryPolicy;
}

export type AttemptOutcome = 'delivered' | 'failed' | 'gone';

/** Delay before attempt `attempts + 1`: base·2^(attempts−1), capped, never shorter than the platform asked. */
export function retryDelay(attempts: number, policy: RetryPolicy, retryAfterMs = 0): number {
  const backoff = Math.min(policy.retryBaseMs * 2 ** Math.max(0, attempts - 1), policy.retryMaxMs);
  return Math.max(backoff, retryAfterMs);
}

/** `now` is the tick's time: retry times and records are relative to it, so a forced tick is self-consistent. */
export async function attempt(deps: AttemptDeps, send: Send, subscription: Subscription, sink: SummarySink, now: Date): Promise<AttemptOutcome> {
  const { store, logger, policy } = deps;
  const where = { platform: subscription.platform, chat: subscription.chatId, date: send.localDate, attempt: send.attempts };
  let result: DeliveryResult;
  let composed: ComposedSummary | undefined;
  try {
    composed = await deps.compose(subscription, send.localDate, now);
    result = await withTimeout(sink.deliver(subscription.chatId, composed.summary), policy.deliveryTimeoutMs);
  } catch (error) {
    result = { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }

  if (result.kind === 'delivered' && composed !== undefined) {
    store.markSent(send.id, now, composed.coveredUntil, composed.documents);
    logger.info(where, 'daily summary delivered');
    return 'delivered';
  }
  if (result.kind === 'gone') {
    store.deactivate(subscription, `gone: ${result.detail}`, now);
    store.markFailed(send, `gone: ${result.detail}`, undefined);
    logger.warn({ ...where, detail: result.detail }, 'bot was removed from the chat: subscription deactivated, no retry');
    return 'gone';
  }
  const detail = result.kind === 'failed' ? result.detail : 'delivered without a summary';
  const retryAfterMs = result.kind === 'failed' ? result.retryAfterMs : undefined;
  if (send.attempts >= policy.maxAttempts) {
    store.markFailed(send, detail, undefined);
    logger.error({ ...where, detail }, `daily summary failed ${send.attempts} times: giving up for this day`);
  } else {
    const nextAttemptAt = new Date(now.getTime() + retryDelay(send.attempts, policy, retryAfterMs));
    store.markFailed(send, detail, nextAttemptAt);
    logger.warn({ ...where, detail, nextAttemptAt }, 'daily summary failed: will retry');
  }
  return 'failed';
}

/** A sink that never answers must not hold the claim forever. */
async function withTimeout(delivery: Promise<DeliveryResult>, ms: number): Promise<DeliveryResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DeliveryResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'failed', detail: `no answer from the platform within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([delivery, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
