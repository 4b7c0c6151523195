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

export function createQuestionLog(deps: { core: ReportCore; store: DigestStore; logger: Logger; isClosed: () => boolean }): {
  log: QuestionLog;
  vote: VoteLog;
  /** Kept for callers that wait for the log to be written; writes are synchronous. */
  settled(): Promise<void>;
} {
  const { core, store, logger } = deps;
  const log: QuestionLog = ({ asker, question, paragraphs, at, reply }) => {
    if (deps.isClosed()) return undefined;
    try {
      const declined = reply.kind === 'declined';
      const id = store.logQuestion({ platform: asker.platform, chatId: asker.chatId, askedAt: at, question, key: questionKey(question), paragraphs, declined });
      const answer = reply.kind === 'answer' ? shortAnswer(reply, paragraphTextOf(core)) : undefined;
      if (answer) store.setAnswer(id, answer);
      return id;
    } catch (error) {
      logger.warn({ err: error, platform: asker.platform }, 'could not log a question for the daily summary');
      return undefined;
    }
  };
  const vote: VoteLog = async ({ voter, questionId, vote: value, at }) => {
    if (deps.isClosed()) return 'unknown';
    return store.recordVote({ platform: voter.platform, chatId: voter.chatId, questionId, voter: voterKey(voter), vote: value === 'up' ? 1 : -1, at });
  };
  return { log, vote, settled: async () => {} };
}
