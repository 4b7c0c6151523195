/**
 * Questions: `/ask <question>` anywhere; in a private chat any text; in a
 * group a message that mentions the bot or replies to it. Everything else in
 * a group falls through (and is ignored). The answer runs detached so the
 * update loop keeps going; rate limit and concurrency live in QuestionService.
 */
import { type Context, Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import { type HandlerDeps, questionIn, startsWithCommand } from '../context.js';
import { renderOutcome } from '../render.js';
import { keepTyping, sendParts } from '../send.js';

export function askFeature(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.command('ask', (ctx) => {
    answer(deps, ctx, { chatId: ctx.chat.id, userId: ctx.from.id, messageId: ctx.message.message_id }, ctx.payload);
  });

  composer.on(message('text'), (ctx, next) => {
    if (startsWithCommand(ctx.message)) return next();
    const question = questionIn(ctx.message, ctx.chat.type, ctx.botInfo);
    if (question === undefined) return next();
    answer(deps, ctx, { chatId: ctx.chat.id, userId: ctx.from.id, messageId: ctx.message.message_id }, question);
    return undefined;
  });

  return composer;
}

interface Where {
  chatId: number;
  userId: number;
  messageId: number;
}

function answer(deps: HandlerDeps, ctx: Context, where: Where, question: string): void {
  deps.inFlight.run(
    async () => {
      const stopTyping = keepTyping(ctx.telegram, where.chatId, deps.logger);
      try {
        const outcome = await deps.questions.ask({ platform: 'telegram', chatId: String(where.chatId), userId: String(where.userId) }, question);
        const reply = renderOutcome(outcome);
        await sendParts(ctx.telegram, where.chatId, reply.parts, { replyTo: where.messageId, buttons: reply.buttons });
      } finally {
        stopTyping();
      }
    },
    (error) => deps.onError(error, ctx),
  );
}
