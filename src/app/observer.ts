/**
 * What the application reports to whoever watches it (Prometheus metrics in
 * src/http/metrics.ts). Plain callbacks, so the core, the adapters and the
 * digest never import a metrics library and work unchanged without one.
 */
import { type Outcome, type Platform } from './contracts.js';

export interface QuestionObserver {
  /** One question answered (whatever the outcome), with the time from asking to the outcome. */
  questionAnswered(event: { platform: Platform; kind: Outcome['kind']; seconds: number }): void;
}

/**
 * A platform API call failed. `code` is the platform's own code where it has
 * one (Telegram's HTTP-like error_code, Discord's JSON error code), else a
 * short word such as `network` or `rate_limited`.
 */
export type PlatformErrorReporter = (code: string) => void;

/** How one attempt to deliver a daily summary ended. */
export type SummarySendReporter = (result: 'delivered' | 'failed' | 'gone') => void;
