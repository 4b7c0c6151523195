/**
 * The question log behind daily summaries. Only the chat, the time, the
 * question, the cited paragraphs and the short answer given are kept — no
 * user names, no user ids.
 */
import { createHash } from 'node:crypto';
import { type Asker } from '../app/contracts.js';
import { type QuestionLog, type VoteLog } from '../app/question-service.js';
import { type ReportCore } from '../core/core.js';
import { type ParagraphRef } from '../core/refs.js';
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
export function shortAnswer(reply: AnswerReply, paragraphText: (ref: ParagraphRef) => string | undefined): QuotedSentence | undefined {
  const [first, ...rest] = reply.sentences;
  if (!first) return undefined;
  const text = paragraphText(first);
  if (text === undefined || !text.includes(first.text)) return undefined;
  let answer = first.text;
  for (const next of rest) {
    if (answer.length >= shortAnswerChars || next.paragraph !== first.paragraph || next.document !== first.document) break;
    const joined = answer + next.text;
    if (!text.includes(joined)) break;
    answer = joined;
  }
  return { ...first, text: answer };
}

export function paragraphTextOf(core: ReportCore): (ref: ParagraphRef) => string | undefined {
  return (ref) => {
    const found = core.source({ document: ref.document, paragraph: ref.paragraph });
    return found.kind === 'paragraph' ? found.paragraph.text : undefined;
  };
}

/**
 * The key a voter's one vote per answer is kept under: a hash of platform and
 * user id, so the log holds no user ids (the same person still counts once).
 */
export function voterKey(voter: Pick<Asker, 'platform' | 'userId'>): string {
  return createHash('sha256').update(`${voter.platform}:${voter.userId}`).digest('base64url').slice(0, 22);
}

/**
 * How long an answer waits for its log row's id (which its 👍/👎 refer to).
 * Past this — a database restarting — the answer goes out without votes; the
 * row is still written in the background.
 */
const idWaitMs = 1_500;

export function createQuestionLog(deps: { core: ReportCore; store: DigestStore; logger: Logger; isClosed: () => boolean }): {
  log: QuestionLog;
  vote: VoteLog;
  /** Resolves when every write started so far has finished (or failed and been logged). */
  settled(): Promise<void>;
} {
  const { core, store, logger } = deps;
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>): void => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };
  const warn = (error: unknown, platform: string): undefined => {
    // The database may be restarting: the user already has the answer; only the summary misses this line.
    logger.warn({ err: error, platform }, 'could not log a question for the daily summary');
    return undefined;
  };

  /** Writes in the background; answers wait for the row id at most `idWaitMs`, declines not at all. */
  const log: QuestionLog = ({ asker, question, paragraphs, at, reply }) => {
    if (deps.isClosed()) return undefined;
    const declined = reply.kind === 'declined';
    const answer = reply.kind === 'answer' ? shortAnswer(reply, paragraphTextOf(core)) : undefined;
    const id = store
      .logQuestion({ platform: asker.platform, chatId: asker.chatId, askedAt: at, question, key: questionKey(question), paragraphs, declined })
      .catch((error: unknown) => warn(error, asker.platform));
    track(id.then(async (rowId) => {
      if (answer && rowId !== undefined) await store.setAnswer(rowId, { text: answer.text, paragraph: answer.paragraph, document: answer.document, title: answer.title });
    }).catch((error: unknown) => warn(error, asker.platform)));
    if (declined) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), idWaitMs);
      timer.unref();
    });
    return Promise.race([id, late]).finally(() => clearTimeout(timer));
  };

  const vote: VoteLog = async ({ voter, questionId, vote: value, at }) => {
    if (deps.isClosed()) return 'unknown';
    return store.recordVote({ platform: voter.platform, chatId: voter.chatId, questionId, voter: voterKey(voter), vote: value === 'up' ? 1 : -1, at });
  };

  return {
    log,
    vote,
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
