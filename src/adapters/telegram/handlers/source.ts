/**
 * `/source <N | DOC#N>` and the citation buttons (`src:KEY:N`): a whole paragraph.
 * A short paragraph fits a callback alert; a long one is posted as a message.
 */
import { type Context, Composer } from 'telegraf';
import { callbackQuery } from 'telegraf/filters';
import { paragraphLabel, sourceInvalid } from '../../shared/messages.js';
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
    const ref = parseSourceCallback(ctx.callbackQuery.data);
    if (ref === undefined) return next();
    const result = deps.questions.source(ref);
    if (result.kind !== 'paragraph') {
      // The document changed or went away since the answer was sent.
      await ctx.answerCbQuery(sourceInvalid(userLanguage(ctx), result).slice(0, ALERT_LIMIT), { show_alert: true });
      return undefined;
    }
    const plain = paragraphPlainText(result.paragraph);
    if (plain.length <= ALERT_LIMIT) {
      await ctx.answerCbQuery(plain, { show_alert: true });
      return undefined;
    }
    await ctx.answerCbQuery(paragraphLabel({ title: result.paragraph.title, paragraph: result.paragraph.number }).slice(0, ALERT_LIMIT));
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return undefined;
    const replyTo = ctx.callbackQuery.message?.message_id;
    await sendParts(ctx.telegram, chatId, renderParagraph(result.paragraph), replyTo === undefined ? {} : { replyTo });
    return undefined;
  });

  return composer;
}
