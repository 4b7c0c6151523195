/**
 * npm start: the composition root. Loads configuration, the core (model and
 * index once, shared by every adapter), the digest, then starts the Discord
 * bot, the Telegram bot, both, or — with no tokens — the console chat.
 * SIGINT/SIGTERM: stop taking updates, finish answers in flight, exit within 10 s.
 */
import 'dotenv/config';
import { type RunningAdapter } from './app/contracts.js';
import { createQuestionService } from './app/question-service.js';
import { startConsoleChat } from './adapters/console/chat.js';
import { startDiscord } from './adapters/discord/index.js';
import { startTelegram } from './adapters/telegram/index.js';
import { type HttpConfig, loadConfigOrExit } from './config.js';
import { createCore } from './core/bot.js';
import { createDigest, openDigestStore, PostgresConfigError } from './digest/index.js';
import { startOperations, type Operations } from './http/index.js';
import { createLogger, type Logger } from './logger.js';

const SHUTDOWN_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const secrets = [config.discord?.token, config.telegram?.token, config.telegram?.webhookSecret, passwordOf(config.digest.databaseUrl), passwordOf(config.limits.redisUrl)]
    .filter((s): s is string => s !== undefined);
  const consoleOnly = config.discord === undefined && config.telegram === undefined;
  // The console chat owns stdout; its logs go to stderr at warn unless LOG_LEVEL says otherwise.
  const logger = createLogger({ level: config.logLevel ?? (consoleOnly ? 'warn' : 'info'), secrets });
  // The database first: a wrong DATABASE_URL stops start-up at once with one sentence, before the model loads.
  const store = await openDigestStore(config.digest, logger).catch((error: unknown) => {
    if (!(error instanceof PostgresConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  });
  // Health and metrics come up next, so probes see 503 "loading" while the index is built.
  const ops = config.http === undefined ? undefined : await startOperationsOrExit(config.http, logger);
  const core = await createCore(config.core, { logger });
  ops?.metrics.indexPassages(() => core.status.passages ?? core.paragraphs.length);
  ops?.health.loading('connecting to the chat platforms');
  // Documents added, changed or removed are answered from (or forgotten) without a restart.
  if (config.live.watch) await core.watch({ debounceMs: config.live.debounceMs });
  const digest = await createDigest({ core, config: config.digest, logger, store, onSendResult: ops?.metrics.summarySends });
  if (consoleOnly) {
    const consoleQuestions = createQuestionService({ core, limits: { ...config.limits, questionsPerWindow: 1_000_000, redisUrl: undefined }, logger, logQuestion: digest.logQuestion, recordVote: digest.recordVote, observer: ops?.metrics.questions });
    const banner = core.status.warning ? `⚠ ${core.status.warning}` : `(${core.paragraphs.length} paragraphs, ${core.status.mode} search)`;
    const chat = startConsoleChat({ questions: consoleQuestions, digest: digest.service, banner });
    ops?.health.ready();
    process.once('SIGINT', () => chat.close());
    process.once('SIGTERM', () => chat.close());
    await chat.done;
    await core.close();
    await digest.close();
    await ops?.close();
    process.exit(0); // stdin and the model's worker threads would otherwise keep the process alive
  }

  const questions = createQuestionService({ core, limits: config.limits, logger, logQuestion: digest.logQuestion, recordVote: digest.recordVote, observer: ops?.metrics.questions });
  // /help's examples are asked through the core once per index: do it now, before updates arrive, not on the first /help.
  await Promise.all([questions.examples('zh'), questions.examples('en')]);
  const adapters: RunningAdapter[] = [];
  if (config.discord) adapters.push(await startDiscord({ questions, digest: digest.service, config: config.discord, logger, onPlatformError: ops?.metrics.platformErrors('discord') }));
  if (config.telegram) adapters.push(await startTelegram({ questions, digest: digest.service, config: config.telegram, logger, onPlatformError: ops?.metrics.platformErrors('telegram') }));
  const scheduler = digest.scheduler(adapters.map((a) => a.sink));
  scheduler.start();
  ops?.health.ready();
  logger.info({ adapters: adapters.map((a) => a.sink.platform), mode: core.status.mode, paragraphs: core.paragraphs.length }, 'bot started');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    ops?.health.stopping();
    logger.info({ signal }, 'shutting down: finishing answers in flight');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s — exiting anyway');
      process.exit(1);
    }, SHUTDOWN_MS);
    force.unref();
    await scheduler.stop();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await core.close();
    await digest.close();
    await questions.close();
    await ops?.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The password in a service URL, so no log line can show it. */
function passwordOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const password = decodeURIComponent(new URL(url).password);
  return password === '' ? undefined : password;
}

/** A port that cannot be bound stops the start with a sentence, like a config error. */
async function startOperationsOrExit(config: HttpConfig, logger: Logger): Promise<Operations> {
  try {
    return await startOperations(config, logger);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}

// A start that cannot go on (a refused token, an unreachable platform) ends with its sentence, not a stack trace.
await main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
