/**
 * What every Telegram handler needs, and small facts read off an update:
 * the language to answer in and whether a group message is meant for us.
 */
import { type Context } from 'telegraf';
import { type Message, type MessageEntity, type UserFromGetMe } from 'telegraf/types';
import { type DigestService, type QuestionService } from '../../app/contracts.js';
import { type Language } from '../../core/reply.js';
import { type Logger } from '../../logger.js';
import { type InFlight } from './in-flight.js';

export interface HandlerDeps {
  questions: QuestionService;
  digest: DigestService;
  logger: Logger;
  inFlight: InFlight;
  /** The one error boundary (also given to bot.catch). */
  onError: (error: unknown, ctx: Context) => Promise<void>;
}

/** The user's Telegram language when no question text tells us: Chinese unless the client says otherwise. */
export function userLanguage(ctx: Context): Language {
  const code = ctx.from?.language_code;
  return code === undefined || code.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function isPrivate(ctx: Context): boolean {
  return ctx.chat?.type === 'private';
}

/** A reply to one of the bot's own messages. */
export function repliesToBot(message: Message, me: UserFromGetMe): boolean {
  return 'reply_to_message' in message && message.reply_to_message?.from?.id === me.id;
}

/** Entities that name the bot: `@username` (case-insensitive) or a text mention of its user. */
function botMentions(text: string, entities: readonly MessageEntity[] | undefined, me: UserFromGetMe): MessageEntity[] {
  const handle = `@${me.username}`.toLowerCase();
  return (entities ?? []).filter(
    (entity) =>
      (entity.type === 'mention' && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === handle) ||
      (entity.type === 'text_mention' && entity.user.id === me.id),
  );
}

/** The text with every mention of the bot cut out (offsets are UTF-16, like JS strings). */
function stripMentions(text: string, mentions: readonly MessageEntity[]): string {
  let out = text;
  for (const entity of [...mentions].sort((a, b) => b.offset - a.offset)) {
    out = `${out.slice(0, entity.offset)} ${out.slice(entity.offset + entity.length)}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The question in a text message, or undefined when the message is not for us:
 * in a private chat every text is a question; in a group only a mention of the
 * bot (stripped from the question) or a reply to one of its messages.
 */
export function questionIn(message: Message.TextMessage, chatType: string, me: UserFromGetMe): string | undefined {
  const mentions = botMentions(message.text, message.entities, me);
  if (chatType === 'private') return stripMentions(message.text, mentions);
  if (mentions.length > 0 || repliesToBot(message, me)) return stripMentions(message.text, mentions);
  return undefined;
}

/** Whether a non-text message (sticker, photo…) is addressed to the bot and deserves an answer. */
export function addressedToBot(message: Message, chatType: string, me: UserFromGetMe): boolean {
  if (chatType === 'private') return true;
  if (repliesToBot(message, me)) return true;
  if ('caption' in message && message.caption !== undefined) return botMentions(message.caption, message.caption_entities, me).length > 0;
  return false;
}

/** A message starting with a command (`/x` or `/x@bot`), as Telegram marks it. */
export function startsWithCommand(message: Message.TextMessage): boolean {
  const first = message.entities?.[0];
  return first?.type === 'bot_command' && first.offset === 0;
}
