/**
 * `/source <N>` and the citation buttons (`src:N`): the whole paragraph ¶N.
 * A short paragraph fits a callback alert; a long one is posted as a message.
 */
import { type Context, Composer } from 'telegraf';
import { callbackQuery } from 'telegraf/filters';
import { messages } from '../../shared/messages.js';
import { type HandlerDeps, userLanguage } from '../context.js';
import { paragraphPlainText, parseSourceCallback, renderParagraph, renderSource } from '../render.js';
import { sendParts } from '../send.js';

/** Telegram truncates callback alerts at 200 characters. */
const ALERT_LIMIT = 200;

export function sourceFeature(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.command('source', async (ctx) => {
    const parts = renderSource(deps.questions.source(ctx.payload.trim()), userLanguage(ctx));
    await sendParts(ctx.telegram, ctx.chat.id, parts, { replyTo: ctx.message.message_id });
  });

  composer.on(callbackQuery('data'), async (ctx, next) => {
    const paragraph = parseSourceCallback(ctx.callbackQuery.data);
    if (paragraph === undefined) return next();
    const result = deps.questions.source(paragraph);
    if (result.kind !== 'paragraph') {
      await ctx.answerCbQuery(messages.sourceOutOfRange(userLanguage(ctx), result.max), { show_alert: true });
      return undefined;
    }
    const plain = paragraphPlainText(result.paragraph);
    if (plain.length <= ALERT_LIMIT) {
      await ctx.answerCbQuery(plain, { show_alert: true });
      return undefined;
    }
    await ctx.answerCbQuery(`¶${paragraph}`);
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return undefined;
    const replyTo = ctx.callbackQuery.message?.message_id;
    await sendParts(ctx.telegram, chatId, renderParagraph(result.paragraph), replyTo === undefined ? {} : { replyTo });
    return undefined;
  });

  return composer;
}
