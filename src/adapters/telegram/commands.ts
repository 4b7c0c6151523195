/** The command menu, registered with setMyCommands in Chinese (language_code zh) and English (the default). */
import { type Telegram } from 'telegraf';
import { type BotCommand } from 'telegraf/types';
import { type Logger } from '../../logger.js';

export const COMMANDS: Record<'zh' | 'en', BotCommand[]> = {
  zh: [
    { command: 'ask', description: '向文件提问，回答逐字引用原文（/help 有例子）' },
    { command: 'source', description: '查看第 N 段全文，例如：/source 3' },
    { command: 'summary', description: '现在发送报告摘要' },
    { command: 'subscribe', description: '每天定时发送摘要：/subscribe 09:00 [时区]' },
    { command: 'unsubscribe', description: '取消每日摘要' },
    { command: 'help', description: '使用说明' },
    { command: 'start', description: '开始' },
  ],
  en: [
    { command: 'ask', description: 'Ask the documents; answers quote them verbatim (/help has examples)' },
    { command: 'source', description: 'The whole paragraph N, e.g. /source 3' },
    { command: 'summary', description: 'A summary of the report now' },
    { command: 'subscribe', description: 'A daily summary: /subscribe 09:00 [time zone]' },
    { command: 'unsubscribe', description: 'Stop the daily summary' },
    { command: 'help', description: 'How to use this bot' },
    { command: 'start', description: 'Start' },
  ],
};

/** A failure here costs only the menu, not the bot: logged, not thrown. */
export async function registerCommands(telegram: Telegram, logger: Logger): Promise<void> {
  try {
    await telegram.setMyCommands(COMMANDS.zh, { language_code: 'zh' });
    await telegram.setMyCommands(COMMANDS.en);
  } catch (error) {
    logger.warn({ description: error instanceof Error ? error.message : String(error) }, 'Telegram setMyCommands failed: the command menu may be out of date');
  }
}
