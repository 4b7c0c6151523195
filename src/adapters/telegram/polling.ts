/**
 * Long polling that survives a bad start. telegraf's launch() calls getMe and
 * deleteWebhook before it polls; if either fails — a connection reset, a
 * refused connection, a 5xx from a proxy — launch() rejects and nothing ever
 * polls again, while the process looks alive. Here launch() is tried again
 * with exponential backoff until it polls or the adapter stops; each failed
 * attempt is one log line saying what failed and when the next try is. Once
 * polling runs, telegraf's loop rides out network errors and 5xx by itself.
 */
import { type Context, type Telegraf, TelegramError } from 'telegraf';
import { type Logger } from '../../logger.js';
import { describeError } from './errors.js';

export interface PollingOptions {
  allowedUpdates: readonly ('message' | 'callback_query')[];
  token: string;
  /** First wait after a failed start (default 1 s), doubled per failure up to `retryMaxMs` (default 60 s). */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** Worth trying again: the network, Telegram's (or a proxy's) 5xx, flood control, or a 409 that ends when the other poller stops. */
export function isTransientStartError(error: unknown): boolean {
  if (error instanceof TelegramError) return error.code >= 500 || error.code === 429 || error.code === 409;
  return error instanceof Error && error.name === 'FetchError';
}

/** A short reason for a log line: `502 Bad Gateway`, `ECONNRESET`; never the token. */
export function startErrorReason(error: unknown, token: string): string {
  if (error instanceof TelegramError) return `${error.code} ${error.description}`;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : String(describeError(error, token).message);
}

/** Starts polling in the background; returns the function that stops it (and any retrying). */
export function startPolling(bot: Telegraf<Context>, log: Logger, options: PollingOptions): () => Promise<void> {
  const base = options.retryBaseMs ?? 1_000;
  const max = options.retryMaxMs ?? 60_000;
  let stopping = false;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    for (let failures = 1; !stopping; failures += 1) {
      try {
        await bot.launch({ allowedUpdates: [...options.allowedUpdates] });
        return; // polling ended: stop() was called
      } catch (error) {
        if (stopping) return;
        const why = startErrorReason(error, options.token);
        const hint = error instanceof TelegramError && error.code === 409 ? ' (another process is polling with this token, or a webhook is set — stop the other one)' : '';
        if (!isTransientStartError(error)) {
          const fix = error instanceof TelegramError && error.code === 401 ? 'check TELEGRAM_BOT_TOKEN' : 'see the error';
          log.error({ err: why }, `Telegram polling stopped: ${why} — ${fix}, then restart the bot`);
          return;
        }
        const delay = Math.min(base * 2 ** (failures - 1), max);
        log.warn({ err: why, attempt: failures, retryInMs: delay }, `Telegram polling could not start (${why})${hint} — trying again in ${Math.round(delay / 100) / 10} s`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  })();
  let settled = false;
  void loop.finally(() => (settled = true));

  return async () => {
    stopping = true;
    wake?.();
    // launch() sets polling up only after getMe/deleteWebhook answer; until then bot.stop() throws "not running".
    for (let tries = 0; !settled && tries < 250; tries++) {
      try {
        bot.stop('shutdown');
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    // After polling ends telegraf confirms the offset with one more getUpdates; an unreachable
    // Telegram must not hold the shutdown (10 s budget), so that call gets 2 s.
    await Promise.race([loop, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  };
}
