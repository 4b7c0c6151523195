/**
 * Wraps a Telegram client's `callApi` so every outgoing call survives
 * Telegram's flood control: on 429 it waits `parameters.retry_after` and
 * sends again. Only 429 is retried for sends — Telegram guarantees the call
 * was not executed — because retrying a 5xx could post a message twice.
 * The one exception is a connection reset before any answer ("socket hang
 * up"), sent again: it is what a keep-alive socket closed by the server
 * while idle looks like, and then the request was never read (the next
 * pooled socket may be just as stale, hence more than once). The load test
 * lost 25 of 1,622 answers to exactly this before; a duplicate needs the
 * server to execute the call and then drop the connection, which is rarer.
 *
 * Polling gets a client-side deadline too: telegraf waits up to 500 s for a
 * stuck getUpdates; past our deadline the call fails as a FetchError, which
 * telegraf's polling loop treats as transient (it waits and polls again).
 */
import { type Telegram, TelegramError } from 'telegraf';
import { type Logger } from '../../logger.js';

export interface RetryOptions {
  logger: Logger;
  /** Told each 429 that is waited out (the final failure is reported by whoever catches it). */
  onFloodWait?: () => void;
  /** Attempts per call, first included. */
  maxAttempts?: number;
  /** A flood wait longer than this is not waited out: the call fails instead of hanging a shutdown. */
  maxWaitMs?: number;
  /** getUpdates long-poll timeout sent to Telegram (telegraf's default is 50). */
  pollTimeoutSeconds?: number;
  /** How long past the poll timeout an unanswered getUpdates is given up. */
  pollGraceMs?: number;
}

type CallApi = Telegram['callApi'];
type CallOptions = NonNullable<Parameters<CallApi>[2]>;

const wrapped = new WeakSet<Telegram>();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes `telegram` retry on 429 (idempotent: wrapping twice does nothing). Returns the same instance. */
export function withRetries(telegram: Telegram, options: RetryOptions): Telegram {
  if (wrapped.has(telegram)) return telegram;
  wrapped.add(telegram);
  const { logger, maxAttempts = 4, maxWaitMs = 60_000 } = options;
  const original = telegram.callApi.bind(telegram) as (method: string, payload: object, extra?: CallOptions) => Promise<unknown>;

  async function callApi(method: string, payload: object, extra?: CallOptions): Promise<unknown> {
    if (method === 'getUpdates') return poll(original, payload, extra, options);
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(method, payload, extra);
      } catch (error) {
        if (attempt < maxAttempts && isConnectionReset(error)) {
          logger.warn({ method }, 'Telegram connection reset before any answer: sending once more');
          continue;
        }
        const waitMs = floodWaitMs(error);
        if (waitMs === undefined || attempt >= maxAttempts || waitMs > maxWaitMs) throw error;
        options.onFloodWait?.();
        logger.warn({ method, retryAfterMs: waitMs, attempt }, 'Telegram flood control (429): waiting, then sending again');
        await sleep(waitMs);
      }
    }
  }

  telegram.callApi = callApi as unknown as CallApi;
  return telegram;
}

/** node-fetch's error for a socket closed before any response arrived. */
export function isConnectionReset(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'FetchError') return false;
  return (error as { code?: unknown }).code === 'ECONNRESET' || /socket hang up/.test(error.message);
}

/** How long Telegram asked us to wait, when the error is a 429. */
export function floodWaitMs(error: unknown): number | undefined {
  if (!(error instanceof TelegramError) || error.code !== 429) return undefined;
  return Math.max(0, error.parameters?.retry_after ?? 1) * 1000;
}

async function poll(
  original: (method: string, payload: object, extra?: CallOptions) => Promise<unknown>,
  payload: object,
  extra: CallOptions | undefined,
  options: RetryOptions,
): Promise<unknown> {
  const requested = (payload as { timeout?: number }).timeout;
  // Offset syncs (no timeout) and our own un-configured polls pass through untouched.
  if (requested === undefined || requested === 0) return original('getUpdates', payload, extra);
  const timeout = options.pollTimeoutSeconds ?? requested;
  const deadlineMs = timeout * 1000 + (options.pollGraceMs ?? 10_000);
  const controller = new AbortController();
  const outer = extra?.signal;
  const forward = (): void => controller.abort();
  outer?.addEventListener('abort', forward);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deadlineMs);
  try {
    return await original('getUpdates', { ...payload, timeout }, { ...extra, signal: controller.signal as CallOptions['signal'] });
  } catch (error) {
    if (!timedOut) throw error;
    options.logger.warn({ deadlineMs }, 'Telegram getUpdates got no answer in time: polling again');
    // telegraf's polling loop retries FetchErrors; an AbortError would end it.
    throw Object.assign(new Error(`getUpdates got no answer within ${deadlineMs} ms`), { name: 'FetchError' });
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}
