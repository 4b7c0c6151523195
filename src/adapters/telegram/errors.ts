/**
 * The Telegram adapter's one error boundary: logs the failure with its
 * update_id (never the token) and apologises in the chat; the bot keeps
 * serving. Used by bot.catch and by the detached answer tasks.
 */
import { type Context, TelegramError } from 'telegraf';
import { type PlatformErrorReporter } from '../../app/observer.js';
import { type Logger } from '../../logger.js';
import { messages } from '../shared/messages.js';
import { userLanguage } from './context.js';

/** What is safe to log about an error: the token is cut out of every string, whatever library wrote it. */
export function describeError(error: unknown, token: string): Record<string, unknown> {
  const scrub = (text: string): string => (token === '' ? text : text.split(token).join('[token]'));
  if (error instanceof TelegramError) return { name: 'TelegramError', code: error.code, description: scrub(error.description) };
  if (error instanceof Error) return { name: error.name, message: scrub(error.message), stack: error.stack === undefined ? undefined : scrub(error.stack) };
  return { message: scrub(String(error)) };
}

/**
 * The label a failed Telegram call is counted under: Telegram's error_code
 * (400, 403, 429…), or `network` when the Bot API could not be reached;
 * undefined for errors that are not Telegram's.
 */
export function platformErrorCode(error: unknown): string | undefined {
  if (error instanceof TelegramError) return String(error.code);
  if (error instanceof Error && (error.name === 'FetchError' || error.name === 'AbortError' || /ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|socket hang up/.test(error.message))) return 'network';
  return undefined;
}

/** Calls `report` with the error's code when it is a platform error. */
export function reportPlatformError(report: PlatformErrorReporter | undefined, error: unknown): void {
  const code = report === undefined ? undefined : platformErrorCode(error);
  if (code !== undefined) report?.(code);
}

export function createErrorBoundary(logger: Logger, token: string, onPlatformError?: PlatformErrorReporter): (error: unknown, ctx: Context) => Promise<void> {
  return async (error, ctx) => {
    reportPlatformError(onPlatformError, error);
    logger.error({ err: describeError(error, token), update_id: ctx.update.update_id, update_type: ctx.updateType, chat: ctx.chat?.id }, 'Telegram update failed');
    if (ctx.chat === undefined) return;
    try {
      if (ctx.callbackQuery !== undefined) await ctx.answerCbQuery().catch(() => undefined);
      await ctx.telegram.sendMessage(ctx.chat.id, messages.failed(userLanguage(ctx)));
    } catch (apology) {
      reportPlatformError(onPlatformError, apology);
      logger.warn({ err: describeError(apology, token), update_id: ctx.update.update_id }, 'could not apologise in the chat');
    }
  };
}
