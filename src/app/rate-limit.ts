/**
 * The per-user question limit. In memory (per process) by default; with
 * REDIS_URL, rate-limiter-flexible's RateLimiterRedis over ioredis, so every
 * instance counts against the same budget.
 *
 * If Redis is unreachable the limiter does not fail the question: its
 * `insuranceLimiter` (an in-memory limiter) takes over, per process, until
 * Redis is back. That switch is logged once per outage, not per question.
 *
 * ioredis rather than node-redis: rate-limiter-flexible documents it first,
 * it reconnects by itself with backoff, and its `status` lets the limiter
 * skip a dead connection at once (`rejectIfRedisNotReady`) instead of waiting.
 */
import { Redis } from 'ioredis';
import { type IRateLimiterOptions, RateLimiterMemory, type RateLimiterAbstract, RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import { type LimitsConfig } from '../config.js';
import { type Logger } from '../logger.js';

export interface UserLimiter {
  limiter: RateLimiterAbstract;
  close(): Promise<void>;
}

/** The in-memory limiter that stands in while Redis is down, reporting its first use. */
class FallbackLimiter extends RateLimiterMemory {
  constructor(options: IRateLimiterOptions, private readonly onUse: () => void) {
    super(options);
  }

  override consume(key: string | number, points?: number, options?: { [key: string]: unknown }): Promise<RateLimiterRes> {
    this.onUse();
    return super.consume(key, points, options);
  }
}

export function createUserLimiter(limits: LimitsConfig, logger: Logger, keyPrefix = 'report-bot:questions'): UserLimiter {
  const options = { points: limits.questionsPerWindow, duration: limits.windowSeconds };
  if (limits.redisUrl === undefined) return { limiter: new RateLimiterMemory(options), close: async () => {} };

  let degraded = false;
  let everReady = false;
  const fallBack = (reason: string): void => {
    if (degraded) return;
    degraded = true;
    logger.warn({ reason }, 'Redis unreachable: rate limits are per process until it is back');
  };
  const redis = new Redis(limits.redisUrl, {
    // Fail fast while disconnected so the question falls to the in-memory limiter instead of queueing.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  redis.on('error', (error: Error) => fallBack(error.message));
  redis.on('ready', () => {
    if (degraded) logger.info('Redis is back: rate limits are shared again');
    else if (!everReady) logger.info('Redis connected: rate limits are shared by every instance');
    everReady = true;
    degraded = false;
  });

  const limiter = new RateLimiterRedis({
    ...options,
    storeClient: redis,
    keyPrefix,
    rejectIfRedisNotReady: true,
    // The first moments before the connection is up are not an outage; a lost connection is.
    insuranceLimiter: new FallbackLimiter({ ...options, keyPrefix }, () => {
      if (everReady) fallBack(`connection ${redis.status}`);
    }),
  });
  return {
    limiter,
    async close() {
      redis.disconnect();
    },
  };
}
