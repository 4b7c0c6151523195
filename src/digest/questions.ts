/**
 * The question log behind daily summaries. Only the chat, the time, the
 * question and the cited paragraphs are kept — no user names, no user ids.
 *
 * Each logged question is asked of the core once more in the background and
 * the first sentence of its answer stored, because `DigestService.summaryFor`
 * is synchronous and the core's `ask` is not.
 */
import pLimit from 'p-limit';
import { type QuestionLog } from '../app/question-service.js';
import { type ReportCore } from '../core/core.js';
import { type AnswerReply, type QuotedSentence } from '../core/reply.js';
import { type Logger } from '../logger.js';
import { type DigestStore } from './store.js';

/** Questions that differ only in case, width, spacing or final punctuation count as one. */
export function questionKey(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?？!！。.,，;；:：~～…]+$/u, '');
}

/** Short answers stop growing at this length (characters). */
const shortAnswerChars = 60;

/**
 * The answer's first sentence, extended by the sentences that follow it
 * directly in the same paragraph while it is short — still one verbatim
 * substring of that paragraph.
 */
export function shortAnswer(reply: AnswerReply, paragraphText: (n: number) => string | undefined): QuotedSentence | undefined {
  const [first, ...rest] = reply.sentences;
  if (!first) return undefined;
  const text = paragraphText(first.paragraph);
  if (text === undefined || !text.includes(first.text)) return undefined;
  let answer = first.text;
  for (const next of rest) {
    if (answer.length >= shortAnswerChars || next.paragraph !== first.paragraph) break;
    const joined = answer + next.text;
    if (!text.includes(joined)) break;
    answer = joined;
  }
  return { text: answer, paragraph: first.paragraph };
}

export function paragraphTextOf(core: ReportCore): (n: number) => string | undefined {
  return (n) => {
    const found = core.source(n);
    return found.kind === 'paragraph' ? found.paragraph.text : undefined;
  };
}

export function createQuestionLog(deps: { core: ReportCore; store: DigestStore; logger: Logger; isClosed: () => boolean }): {
  log: QuestionLog;
  /** Resolves when every background answer has been stored (tests, shutdown). */
  settled(): Promise<void>;
} {
  const { core, store, logger } = deps;
  const pending = new Set<Promise<void>>();
  // One at a time: background work must not compete with people waiting for answers.
  const queue = pLimit(1);

  async function storeAnswer(id: number, question: string): Promise<void> {
    const reply = await core.ask(question);
    if (reply.kind !== 'answer' || deps.isClosed()) return;
    const answer = shortAnswer(reply, paragraphTextOf(core));
    if (answer) store.setAnswer(id, answer);
  }

  const log: QuestionLog = ({ asker, question, paragraphs, at }) => {
    const id = store.logQuestion({ platform: asker.platform, chatId: asker.chatId, askedAt: at, question, key: questionKey(question), paragraphs });
    const job = queue(() => storeAnswer(id, question))
      .catch((error: unknown) => logger.warn({ err: error, platform: asker.platform }, 'could not store the short answer of a logged question'))
      .finally(() => pending.delete(job));
    pending.add(job);
  };

  return {
    log,
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
