/**
 * Delivers daily summaries into Telegram chats and tells the scheduler what
 * happened: the bot was removed (deactivate), Telegram asked us to wait
 * (retry later), or another failure (retry with backoff).
 */
import { type Telegram, TelegramError } from 'telegraf';
import { type DeliveryResult, type Summary, type SummarySink } from '../../app/contracts.js';
import { type Language } from '../../core/reply.js';
import { type Logger } from '../../logger.js';
import { type PlatformErrorReporter } from '../../app/observer.js';
import { describeError, reportPlatformError } from './errors.js';
import { floodWaitMs } from './retry.js';
import { renderSummary } from './render.js';
import { sendParts } from './send.js';

export function createTelegramSink(telegram: Telegram, logger: Logger, options: { token: string; language?: Language; onPlatformError?: PlatformErrorReporter }): SummarySink {
  return {
    platform: 'telegram',
    async deliver(chatId: string, summary: Summary): Promise<DeliveryResult> {
      try {
        await sendParts(telegram, chatId, renderSummary(summary, options.language ?? 'zh'));
        return { kind: 'delivered' };
      } catch (error) {
        reportPlatformError(options.onPlatformError, error);
        const result = classify(error);
        logger.warn({ chat: chatId, result: result.kind, err: describeError(error, options.token) }, 'Telegram summary not delivered');
        return result;
      }
    },
  };
}

/** 403 (kicked, blocked, deactivated) and 400 "chat not found" mean the chat is gone for us. */
export function classify(error: unknown): Exclude<DeliveryResult, { kind: 'delivered' }> {
  if (error instanceof TelegramError) {
    const detail = `${error.code}: ${error.description}`;
    if (error.code === 403 || (error.code === 400 && /chat not found/i.test(error.description))) return { kind: 'gone', detail };
    const retryAfterMs = floodWaitMs(error);
    if (retryAfterMs !== undefined) return { kind: 'failed', detail, retryAfterMs };
    return { kind: 'failed', detail };
  }
  return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
}
