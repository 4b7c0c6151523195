/**
 * One end-to-end setup for the Telegram tests: the extended emulator on
 * 127.0.0.1, the real core (real model, real index) behind the real
 * QuestionService, the real digest over a temporary SQLite file, and the
 * adapter started with telegraf against the emulator. Logs are captured so
 * tests can check what was logged (and that the token never is).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type DigestService, type QuestionService } from '../../../src/app/contracts.js';
import { createQuestionService } from '../../../src/app/question-service.js';
import { type ReportCore } from '../../../src/core/core.js';
import { createDigest, type Digest } from '../../../src/digest/index.js';
import { type Metrics } from '../../../src/http/metrics.js';
import { createLogger } from '../../../src/logger.js';
import { startTelegram, type TelegramAdapter, type TelegramDeps } from '../../../src/adapters/telegram/index.js';
import { FakeTelegram, freePort, TOKEN } from '../../fakes/telegram-server.js';
import { loadTestCore } from '../../helpers/core.js';

export interface Harness {
  fake: FakeTelegram;
  core: ReportCore;
  adapter: TelegramAdapter;
  digest: Digest;
  /** Every log line so far, as parsed JSON. */
  logs(): Record<string, unknown>[];
  /** Raw log text (to check the token never appears). */
  logText(): string;
  /** The digest's clock (set it to force a scheduler tick's "now"). */
  clock: { now: Date };
  close(): Promise<void>;
}

export interface HarnessOptions {
  webhook?: boolean;
  /** Decorate the real QuestionService (slow answers, long answers…). */
  questions?: (real: QuestionService) => QuestionService;
  digest?: (real: DigestService) => DigestService;
  questionsPerWindow?: number;
  options?: TelegramDeps['options'];
  /** Wire question outcomes, platform errors and summary sends into these metrics, as main.ts does. */
  metrics?: Metrics;
  /** Runs on the emulator before the adapter starts (e.g. to make its start-up calls fail). */
  beforeStart?: (fake: FakeTelegram) => void;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const fake = await FakeTelegram.start();
  const core = await loadTestCore();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telegram-e2e-'));
  const clock = { now: new Date() };
  const digest = await createDigest({ core, config: { databasePath: path.join(dir, 'bot.db'), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 }, logger, clock: () => clock.now, onSendResult: options.metrics?.summarySends });
  const real = createQuestionService({ core, limits: { questionsPerWindow: options.questionsPerWindow ?? 1000, windowSeconds: 60, maxConcurrentAnswers: 4 }, logger, logQuestion: digest.logQuestion, recordVote: digest.recordVote, observer: options.metrics?.questions });
  const webhookPort = options.webhook === true ? await freePort() : 8443;
  options.beforeStart?.(fake);
  let adapter: TelegramAdapter;
  try {
    adapter = await startTelegram({
      questions: options.questions?.(real) ?? real,
      digest: options.digest?.(digest.service) ?? digest.service,
      logger,
      onPlatformError: options.metrics?.platformErrors('telegram'),
      config: {
        token: TOKEN,
        apiRoot: fake.apiRoot,
        webhookUrl: options.webhook === true ? `http://127.0.0.1:${webhookPort}/telegram-hook` : undefined,
        webhookSecret: options.webhook === true ? 'right-secret_123' : undefined,
        webhookPort,
      },
      options: { webhookHost: '127.0.0.1', pollTimeoutSeconds: 1, pollGraceMs: 1_500, stopTimeoutMs: 5_000, ...options.options },
    });
  } catch (error) {
    await fake.stop();
    await digest.close();
    throw error;
  }
  return {
    fake,
    core,
    adapter,
    digest,
    clock,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => lines.join('\n'),
    async close() {
      await adapter.stop();
      await fake.stop();
      await digest.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
