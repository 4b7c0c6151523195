/**
 * Prometheus metrics (prom-client) on a registry of our own, plus the default
 * process metrics (CPU, RSS, heap, event-loop lag, GC). The rest of the
 * program never sees prom-client: it gets the plain callbacks of
 * src/app/observer.ts, and this module turns them into series.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { type Platform } from '../app/contracts.js';
import { type PlatformErrorReporter, type QuestionObserver, type SummarySendReporter } from '../app/observer.js';

export interface Metrics {
  registry: Registry;
  questions: QuestionObserver;
  /** The reporter to inject into one platform's adapter. */
  platformErrors(platform: Platform): PlatformErrorReporter;
  summarySends: SummarySendReporter;
  /** Where the passage gauge reads its value at scrape time (unset: the gauge reads 0). */
  indexPassages(read: () => number): void;
}

/** Answers take tens of milliseconds to a few seconds; the buckets resolve both ends. */
const ANSWER_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(options: { prefix?: string } = {}): Metrics {
  const prefix = options.prefix ?? 'reportbot_';
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const questions = new Counter({
    name: `${prefix}questions_total`,
    help: 'Questions asked, by platform and outcome (answer, declined, invalid, rate_limited, failed).',
    labelNames: ['platform', 'kind'] as const,
    registers,
  });
  const answerSeconds = new Histogram({
    name: `${prefix}answer_seconds`,
    help: 'Seconds from a question reaching the question service to its outcome (queue wait included; rate-limited questions excluded).',
    labelNames: ['platform'] as const,
    buckets: ANSWER_BUCKETS,
    registers,
  });
  const platformErrors = new Counter({
    name: `${prefix}platform_errors_total`,
    help: "Failed platform API calls, by platform and the platform's error code.",
    labelNames: ['platform', 'code'] as const,
    registers,
  });
  const summarySends = new Counter({
    name: `${prefix}summary_sends_total`,
    help: 'Daily summary delivery attempts, by result (delivered, failed = will retry or gave up, gone = bot removed).',
    labelNames: ['result'] as const,
    registers,
  });
  let readPassages: () => number = () => 0;
  new Gauge({
    name: `${prefix}index_passages`,
    help: 'Passages (paragraphs and their sentences) in the loaded index.',
    registers,
    collect() {
      this.set(readPassages());
    },
  });

  return {
    registry,
    questions: {
      questionAnswered({ platform, kind, seconds }) {
        questions.inc({ platform, kind });
        if (kind !== 'rate_limited') answerSeconds.observe({ platform }, seconds);
      },
    },
    platformErrors: (platform) => (code) => platformErrors.inc({ platform, code }),
    summarySends: (result) => summarySends.inc({ result }),
    indexPassages(read) {
      readPassages = read;
    },
  };
}
