/**
 * The core behind the protections every chat platform needs: a per-user rate
 * limit (rate-limiter-flexible; in Redis when REDIS_URL is set, see
 * rate-limit.ts), a concurrency limit so a burst queues instead
 * of exhausting memory (p-limit), the question log for daily summaries, and
 * one error boundary that turns a failure into `{ kind: 'failed' }`.
 */
import pLimit from 'p-limit';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { type ReportCore } from '../core/core.js';
import { type AnswerReply } from '../core/reply.js';
import { detectLanguage } from '../core/query/language.js';
import { type LimitsConfig } from '../config.js';
import { type Logger } from '../logger.js';
import { type Asker, type Outcome, type QuestionService } from './contracts.js';
import { createUserLimiter } from './rate-limit.js';

/** Called after each answered question (the digest's question log), with the answer given. */
export type QuestionLog = (entry: { asker: Asker; question: string; paragraphs: number[]; at: Date; reply: AnswerReply }) => void;

export function createQuestionService(deps: {
  core: ReportCore;
  limits: LimitsConfig;
  logger: Logger;
  logQuestion?: QuestionLog;
  now?: () => Date;
  /** Redis key prefix (tests isolate themselves with it); instances that share limits share the prefix. */
  rateLimitPrefix?: string;
}): QuestionService & { close(): Promise<void> } {
  const { core, limits, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const { limiter, close } = createUserLimiter(limits, logger, deps.rateLimitPrefix);
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
      if (reply.kind === 'answer' && deps.logQuestion) {
        try {
          deps.logQuestion({ asker, question: reply.question, paragraphs: reply.citations.map((c) => c.paragraph), at: now(), reply });
        } catch (error) {
          // Losing one log line must not cost the user the answer.
          logger.error({ err: error }, 'could not log the question');
        }
      }
      return reply;
    } catch (error) {
      logger.error({ err: error, platform: asker.platform, chat: asker.chatId }, 'answering failed');
      return { kind: 'failed', question, language };
    }
  }

  return { ask, source: (n) => core.source(n), close };
}

/** Seconds, rounded up, for "please wait N s" messages. */
export function secondsToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

