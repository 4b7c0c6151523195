/**
 * 👍/👎 under answers (`vote:up:N` / `vote:down:N`): stored against the
 * logged answer N, one vote per user (a second press changes it), confirmed
 * with a short toast (answerCallbackQuery) that only the voter sees.
 */
import { type Context, Composer } from 'telegraf';
import { callbackQuery } from 'telegraf/filters';
import { messages } from '../../shared/messages.js';
import { type HandlerDeps, userLanguage } from '../context.js';
import { parseVoteCallback } from '../render.js';

export function voteFeature(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on(callbackQuery('data'), async (ctx, next) => {
    const pressed = parseVoteCallback(ctx.callbackQuery.data);
    const chatId = ctx.chat?.id;
    if (pressed === undefined || chatId === undefined) return next();
    const voter = { platform: 'telegram' as const, chatId: String(chatId), userId: String(ctx.callbackQuery.from.id) };
    const result = await deps.questions.vote(voter, pressed.questionId, pressed.vote);
    await ctx.answerCbQuery(messages.voted(userLanguage(ctx), result, pressed.vote));
    return undefined;
  });
  return composer;
}
