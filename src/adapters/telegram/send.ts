/**
 * Outgoing messages: HTML parts in order, the first replying to the question,
 * the buttons under the last; and the typing indicator while an answer is
 * being computed. Flood control is handled underneath (retry.ts).
 */
import { type Telegram } from 'telegraf';
import { type InlineKeyboardButton } from 'telegraf/types';
import { type Logger } from '../../logger.js';

export interface SendOptions {
  /** message_id of the question; a deleted question does not stop the answer. */
  replyTo?: number;
  buttons?: InlineKeyboardButton[][];
}

export async function sendParts(telegram: Telegram, chatId: number | string, parts: readonly string[], options: SendOptions = {}): Promise<void> {
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    await telegram.sendMessage(chatId, part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(index === 0 && options.replyTo !== undefined ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
      ...(last && options.buttons !== undefined && options.buttons.length > 0 ? { reply_markup: { inline_keyboard: options.buttons } } : {}),
    });
  }
}

/** Telegram shows "typing…" for 5 s; repeat until `stop()` so a slow answer keeps showing it. */
export function keepTyping(telegram: Telegram, chatId: number, logger: Logger, everyMs = 4_000): () => void {
  const send = (): void => {
    telegram.sendChatAction(chatId, 'typing').catch((error: unknown) => {
      // Cosmetic: the answer matters, the indicator does not.
      logger.debug({ chat: chatId, err: error }, 'sendChatAction failed');
    });
  };
  send();
  const timer = setInterval(send, everyMs);
  return () => clearInterval(timer);
}
