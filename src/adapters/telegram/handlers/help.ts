/** `/start` and `/help`: what the bot does, with example questions the documents answer, in the user's language. */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Context, Composer } from 'telegraf';
import { type QuestionService } from '../../../app/contracts.js';
import { messages } from '../../shared/messages.js';
import { userLanguage } from '../context.js';
import { packParts } from '../split.js';
import { sendParts } from '../send.js';

/** Examples are computed once per index; if that is still running, help goes out without them rather than late. */
const EXAMPLES_WAIT_MS = 2_000;

export function helpFeature(deps: { questions: QuestionService }): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command(['start', 'help'], async (ctx) => {
    const language = userLanguage(ctx);
    const examples = await Promise.race([deps.questions.examples(language), sleep(EXAMPLES_WAIT_MS, [] as string[], { ref: false })]);
    await sendParts(ctx.telegram, ctx.chat.id, packParts([[{ text: messages.help(language, examples) }]]), { replyTo: ctx.message.message_id });
  });
  return composer;
}
