/**
 * The Telegram adapter's one error boundary: logs the failure with its
 * update_id (never the token) and apologises in the chat; the bot keeps
 * serving. Used by bot.catch and by the detached answer tasks.
 */
import { type Context, TelegramError } from 'telegraf';
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

export function createErrorBoundary(logger: Logger, token: string): (error: unknown, ctx: Context) => Promise<void> {
  return async (error, ctx) => {
    logger.error({ err: describeError(error, token), update_id: ctx.update.update_id, update_type: ctx.updateType, chat: ctx.chat?.id }, 'Telegram update failed');
    if (ctx.chat === undefined) return;
    try {
      if (ctx.callbackQuery !== undefined) await ctx.answerCbQuery().catch(() => undefined);
      await ctx.telegram.sendMessage(ctx.chat.id, messages.failed(userLanguage(ctx)));
    } catch (apology) {
      logger.warn({ err: describeError(apology, token), update_id: ctx.update.update_id }, 'could not apologise in the chat');
    }
  };
}
