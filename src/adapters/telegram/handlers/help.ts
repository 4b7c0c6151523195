/** `/start` and `/help`: what the bot does and how to ask, in the user's language. */
import { type Context, Composer } from 'telegraf';
import { messages } from '../../shared/messages.js';
import { userLanguage } from '../context.js';
import { packParts } from '../split.js';
import { sendParts } from '../send.js';

export function helpFeature(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command(['start', 'help'], async (ctx) => {
    await sendParts(ctx.telegram, ctx.chat.id, packParts([[{ text: messages.help(userLanguage(ctx)) }]]), { replyTo: ctx.message.message_id });
  });
  return composer;
}
