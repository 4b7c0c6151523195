/**
 * The question log behind daily summaries. Only the chat, the time, the
 * question, the cited paragraphs and the short answer given are kept — no
 * user names, no user ids.
 */
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
  /** Resolves when every write started so far has finished (or failed and been logged). */
  settled(): Promise<void>;
} {
  const { core, store, logger } = deps;
  const pending = new Set<Promise<void>>();

  async function write(entry: Parameters<QuestionLog>[0]): Promise<void> {
    const { asker, question, paragraphs, at, reply } = entry;
    try {
      const id = await store.logQuestion({ platform: asker.platform, chatId: asker.chatId, askedAt: at, question, key: questionKey(question), paragraphs });
      const answer = shortAnswer(reply, paragraphTextOf(core));
      if (answer) await store.setAnswer(id, answer);
    } catch (error) {
      // The database may be restarting: the user already has the answer; only the summary misses this line.
      logger.warn({ err: error, platform: asker.platform }, 'could not log a question for the daily summary');
    }
  }

  /** Fire and forget: the answer never waits for the database. */
  const log: QuestionLog = (entry) => {
    if (deps.isClosed()) return;
    const done = write(entry);
    pending.add(done);
    void done.finally(() => pending.delete(done));
  };
  return {
    log,
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
