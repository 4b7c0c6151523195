/**
 * Questions by message: an @mention in a server channel (answered there, as a
 * reply) or any DM. Other server chatter is ignored. Without the privileged
 * Message Content intent Discord still sends the content of exactly these
 * messages, which is all the bot needs.
 */
import { type Message } from 'discord.js';
import { detectLanguage } from '../../core/query/language.js';
import { messages } from '../shared/messages.js';
import { guardMessage } from './boundary.js';
import { renderOutcome, textPayload } from './render.js';
import { type DiscordContext } from './types.js';

/** The question without the bot's own mention(s) `<@id>` / `<@!id>`. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

export async function handleMessage(message: Message, context: DiscordContext): Promise<void> {
  if (message.author.bot || message.system) return;
  const botId = message.client.user.id;
  if (message.inGuild() && !message.mentions.users.has(botId)) return;
  await guardMessage(message, context, async () => {
    const question = stripMention(message.content, botId);
    if (question === '' && (message.attachments.size > 0 || message.stickers.size > 0)) {
      await message.reply({ ...textPayload(messages.notText(detectLanguage(question))), failIfNotExists: false });
      return;
    }
    // Best effort: a missing typing indicator must not cost the answer.
    if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => undefined);
    const outcome = await context.questions.ask({ platform: 'discord', chatId: message.channelId, userId: message.author.id }, question);
    await message.reply({ ...renderOutcome(outcome), failIfNotExists: false });
  });
}
