/**
 * Daily summaries: `/subscribe HH:MM [IANA zone]` and `/unsubscribe` (group
 * admins only, checked with getChatMember; anyone in a private chat) and
 * `/summary` on demand (anyone). The DigestService validates time and zone.
 */
import { type Context, Composer } from 'telegraf';
import { type Message } from 'telegraf/types';
import { messages, subscribeResult } from '../../shared/messages.js';
import { type HandlerDeps, userLanguage } from '../context.js';
import { renderSummary } from '../render.js';
import { packParts } from '../split.js';
import { sendParts } from '../send.js';

export function subscribeFeature(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const say = (ctx: Context, chatId: number, messageId: number, text: string): Promise<void> =>
    sendParts(ctx.telegram, chatId, packParts([[{ text }]]), { replyTo: messageId });

  composer.command('subscribe', async (ctx) => {
    const language = userLanguage(ctx);
    if (!(await mayManage(ctx, ctx.chat.id, ctx.message))) return say(ctx, ctx.chat.id, ctx.message.message_id, messages.adminsOnly(language));
    // Zone names have no spaces: whatever follows the time is the zone, so a typo is quoted back whole.
    const [time = '', ...rest] = ctx.payload.trim().split(/\s+/);
    const timezone = rest.length > 0 ? rest.join(' ') : undefined;
    const result = deps.digest.subscribe({ platform: 'telegram', chatId: String(ctx.chat.id), time, ...(timezone === undefined ? {} : { timezone }) });
    return say(ctx, ctx.chat.id, ctx.message.message_id, subscribeResult(result, language));
  });

  composer.command('unsubscribe', async (ctx) => {
    const language = userLanguage(ctx);
    if (!(await mayManage(ctx, ctx.chat.id, ctx.message))) return say(ctx, ctx.chat.id, ctx.message.message_id, messages.adminsOnly(language));
    const result = deps.digest.unsubscribe('telegram', String(ctx.chat.id));
    return say(ctx, ctx.chat.id, ctx.message.message_id, result.kind === 'unsubscribed' ? messages.unsubscribed(language) : messages.notSubscribed(language));
  });

  composer.command('summary', async (ctx) => {
    const summary = await deps.digest.summaryFor('telegram', String(ctx.chat.id));
    await sendParts(ctx.telegram, ctx.chat.id, renderSummary(summary, userLanguage(ctx)), { replyTo: ctx.message.message_id });
  });

  return composer;
}

/** Private chats: the user. Groups: creators and administrators, including an anonymous admin posting as the group. */
async function mayManage(ctx: Context, chatId: number, message: Message): Promise<boolean> {
  if (ctx.chat?.type === 'private') return true;
  if (message.sender_chat?.id === chatId) return true;
  if (message.from === undefined) return false;
  const member = await ctx.telegram.getChatMember(chatId, message.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
