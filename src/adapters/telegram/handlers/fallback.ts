/**
 * Last in the chain: what no feature took. Unknown commands get a pointer to
 * /help, and stickers, photos and other non-text messages a "text only"
 * answer — in groups only when addressed to the bot (`/x@bot`, a reply to
 * it, a caption mentioning it); other group chatter is ignored.
 */
import { type Context, Composer } from 'telegraf';
import { message } from 'telegraf/filters';
import { messages } from '../../shared/messages.js';
import { addressedToBot, isPrivate, startsWithCommand, userLanguage } from '../context.js';
import { packParts } from '../split.js';
import { sendParts } from '../send.js';

/** Message kinds a person sends on purpose (service messages such as "X joined" are not). */
const CONTENT = ['sticker', 'photo', 'video', 'animation', 'voice', 'video_note', 'audio', 'document', 'location', 'venue', 'contact', 'poll', 'dice', 'story'] as const;

export function fallbackFeature(): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on(message('text'), async (ctx) => {
    if (!startsWithCommand(ctx.message)) return;
    const first = ctx.message.entities?.[0];
    const command = ctx.message.text.slice(0, first?.length ?? 0);
    const to = command.split('@')[1];
    const forUs = to === undefined ? isPrivate(ctx) : to.toLowerCase() === ctx.me.toLowerCase();
    if (!forUs) return;
    await sendParts(ctx.telegram, ctx.chat.id, packParts([[{ text: messages.unknownCommand(userLanguage(ctx)) }]]), { replyTo: ctx.message.message_id });
  });

  composer.on('message', async (ctx) => {
    const msg = ctx.message;
    if (!CONTENT.some((kind) => kind in msg)) return;
    if (!addressedToBot(msg, ctx.chat.type, ctx.botInfo)) return;
    await sendParts(ctx.telegram, ctx.chat.id, packParts([[{ text: messages.notText(userLanguage(ctx)) }]]), { replyTo: msg.message_id });
  });

  return composer;
}
