/**
 * One attempt at delivering one claimed send, and recording what happened:
 * sent (with what the summary covered), failed with a retry time (exponential
 * backoff, or the platform's retry-after when longer), or gone (the bot was
 * removed: deactivate, never retry).
 *
 * The summary is composed once and stored on the send; each part the
 * platform confirms is recorded at once. A send resumed after a crash (or a
 * failed part) posts the same summary from the first unconfirmed part, so at
 * most the one part in flight at a crash can appear twice — Telegram and
 * Discord have no idempotency key that would let us avoid even that.
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

/** `lost`: another instance took the send over (this one was too slow); it finishes it. */
export type AttemptOutcome = 'delivered' | 'failed' | 'gone' | 'lost';

/** Thrown from the progress callback to stop posting parts once the claim is lost. */
class ClaimLost extends Error {}

function serialise(composed: ComposedSummary): string {
  return JSON.stringify({ summary: composed.summary, coveredUntil: composed.coveredUntil.toISOString(), documents: composed.documents });
}

function deserialise(text: string): ComposedSummary {
  const raw = JSON.parse(text) as { summary: Summary; coveredUntil: string; documents: DocumentVersion[] };
  return { summary: raw.summary, coveredUntil: new Date(raw.coveredUntil), documents: raw.documents };
}

/** The summary this send posts: the one stored by its first attempt, or a new one, stored now. */
async function prepared(deps: AttemptDeps, send: Send, subscription: Subscription, now: Date): Promise<ComposedSummary | undefined> {
  if (send.prepared !== undefined) {
    try {
      return deserialise(send.prepared);
    } catch {
      // Unreadable (should not happen): compose again rather than lose the day.
    }
  }
  const composed = await deps.compose(subscription, send.localDate, now);
  if (send.prepared === undefined && !(await deps.store.prepareSend(send, serialise(composed)))) return undefined;
  return composed;
}

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
    composed = await prepared(deps, send, subscription, now);
    if (composed === undefined) {
      logger.info(where, 'daily summary taken over by another instance');
      return 'lost';
    }
    const progress = {
      skipParts: send.partsSent,
      partSent: async (partsSent: number) => {
        if (!(await store.recordPartsSent(send, partsSent))) throw new ClaimLost('the send was taken over by another instance');
      },
    };
    result = await withTimeout(sink.deliver(subscription.chatId, composed.summary, progress), policy.deliveryTimeoutMs);
  } catch (error) {
    result = { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }

  if (result.kind === 'delivered' && composed !== undefined) {
    await store.markSent(send.id, now, composed.coveredUntil, composed.documents);
    logger.info(where, 'daily summary delivered');
    return 'delivered';
  }
  if (result.kind === 'gone') {
    await store.deactivate(subscription, `gone: ${result.detail}`, now);
    await store.markFailed(send, `gone: ${result.detail}`, undefined);
    logger.warn({ ...where, detail: result.detail }, 'bot was removed from the chat: subscription deactivated, no retry');
    return 'gone';
  }
  const detail = result.kind === 'failed' ? result.detail : 'delivered without a summary';
  const retryAfterMs = result.kind === 'failed' ? result.retryAfterMs : undefined;
  if (send.attempts >= policy.maxAttempts) {
    await store.markFailed(send, detail, undefined);
    logger.error({ ...where, detail }, `daily summary failed ${send.attempts} times: giving up for this day`);
  } else {
    const nextAttemptAt = new Date(now.getTime() + retryDelay(send.attempts, policy, retryAfterMs));
    await store.markFailed(send, detail, nextAttemptAt);
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
