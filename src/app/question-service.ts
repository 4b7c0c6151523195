/**
 * The core behind the protections every chat platform needs: a per-user rate
 * limit (rate-limiter-flexible), a concurrency limit so a burst queues instead
 * of exhausting memory (p-limit), the question log for daily summaries, and
 * one error boundary that turns a failure into `{ kind: 'failed' }`.
 */
import pLimit from 'p-limit';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type ReportCore } from '../core/core.js';
import { type AnswerReply, type DeclinedReply } from '../core/reply.js';
import { detectLanguage } from '../core/query/language.js';
import { type Language } from '../core/reply.js';
import { type LimitsConfig } from '../config.js';
import { type Logger } from '../logger.js';
import { type Asker, type Outcome, type QuestionService, type Vote, type VoteResult } from './contracts.js';

/**
 * Called after each answered or declined question (the digest's question
 * log), with the reply given; returns the logged row's id, which votes on the
 * answer refer to.
 */
export type QuestionLog = (entry: {
  asker: Asker;
  question: string;
  paragraphs: number[];
  at: Date;
  reply: AnswerReply | DeclinedReply;
}) => Promise<number | undefined> | number | undefined | void;

/** Stores a 👍/👎 on a logged answer. */
export type VoteLog = (entry: { voter: Asker; questionId: number; vote: Vote; at: Date }) => Promise<VoteResult>;

export function createQuestionService(deps: {
  core: ReportCore;
  limits: LimitsConfig;
  logger: Logger;
  logQuestion?: QuestionLog;
  recordVote?: VoteLog;
  now?: () => Date;
}): QuestionService {
  const { core, limits, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const limiter = new RateLimiterMemory({ points: limits.questionsPerWindow, duration: limits.windowSeconds });
  const queue = pLimit(limits.maxConcurrentAnswers);

  async function ask(asker: Asker, question: string): Promise<Outcome> {
    const language = detectLanguage(question);
    try {
      await limiter.consume(`${asker.platform}:${asker.userId}`);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { kind: 'rate_limited', question, language, retryAfterMs: rejection.msBeforeNext };
      }
      logger.error({ err: rejection, platform: asker.platform }, 'rate limiter failed');
    }
    try {
      const reply = await queue(() => core.ask(question));
      // Greetings and overview requests are not questions about the documents: they stay out of the log and the summaries.
      if ((reply.kind !== 'answer' && reply.kind !== 'declined') || !deps.logQuestion) return reply;
      try {
        const id = await deps.logQuestion({ asker, question: reply.question, paragraphs: reply.citations.map((c) => c.paragraph), at: now(), reply });
        return reply.kind === 'answer' && typeof id === 'number' ? { ...reply, questionId: id } : reply;
      } catch (error) {
        // Losing one log line must not cost the user the answer.
        logger.error({ err: error }, 'could not log the question');
        return reply;
      }
    } catch (error) {
      logger.error({ err: error, platform: asker.platform, chat: asker.chatId }, 'answering failed');
      return { kind: 'failed', question, language };
    }
  }

  async function examples(language: Language): Promise<string[]> {
    try {
      return (await core.examples(language)).map((example) => example.question);
    } catch (error) {
      // /help still helps without examples.
      logger.error({ err: error }, 'could not find example questions');
      return [];
    }
  }

  async function vote(voter: Asker, questionId: number, value: Vote): Promise<VoteResult> {
    if (!deps.recordVote) return 'unknown';
    try {
      return await deps.recordVote({ voter, questionId, vote: value, at: now() });
    } catch (error) {
      logger.error({ err: error, platform: voter.platform }, 'could not store a vote');
      return 'failed';
    }
  }

  return { ask, source: (n) => core.source(n), examples, vote };
}

/** Seconds, rounded up, for "please wait N s" messages. */
export function secondsToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

