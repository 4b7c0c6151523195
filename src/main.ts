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
import { loadConfigOrExit } from './config.js';
import { createCore } from './core/bot.js';
import { createDigest } from './digest/index.js';
import { createLogger } from './logger.js';

const SHUTDOWN_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const secrets = [config.discord?.token, config.telegram?.token, config.telegram?.webhookSecret].filter((s): s is string => s !== undefined);
  const consoleOnly = config.discord === undefined && config.telegram === undefined;
  // The console chat owns stdout; its logs go to stderr at warn unless LOG_LEVEL says otherwise.
  const logger = createLogger({ level: config.logLevel ?? (consoleOnly ? 'warn' : 'info'), secrets });
  const core = await createCore(config.core, { logger });
  const digest = createDigest({ core, config: config.digest, logger });
  if (consoleOnly) {
    const consoleQuestions = createQuestionService({ core, limits: { ...config.limits, questionsPerWindow: 1_000_000 }, logger, logQuestion: digest.logQuestion, recordVote: digest.recordVote });
    const banner = core.status.warning ? `⚠ ${core.status.warning}` : `(${core.paragraphs.length} paragraphs, ${core.status.mode} search)`;
    const chat = startConsoleChat({ questions: consoleQuestions, digest: digest.service, banner });
    process.once('SIGINT', () => chat.close());
    process.once('SIGTERM', () => chat.close());
    await chat.done;
    await digest.settled();
    digest.close();
    process.exit(0); // stdin and the model's worker threads would otherwise keep the process alive
  }

  const questions = createQuestionService({ core, limits: config.limits, logger, logQuestion: digest.logQuestion, recordVote: digest.recordVote });
  // /help's examples are asked through the core once per index: do it now, before updates arrive, not on the first /help.
  await Promise.all([questions.examples('zh'), questions.examples('en')]);
  const adapters: RunningAdapter[] = [];
  if (config.discord) adapters.push(await startDiscord({ questions, digest: digest.service, config: config.discord, logger }));
  if (config.telegram) adapters.push(await startTelegram({ questions, digest: digest.service, config: config.telegram, logger }));
  const scheduler = digest.scheduler(adapters.map((a) => a.sink));
  scheduler.start();
  logger.info({ adapters: adapters.map((a) => a.sink.platform), mode: core.status.mode, paragraphs: core.paragraphs.length }, 'bot started');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing answers in flight');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s — exiting anyway');
      process.exit(1);
    }, SHUTDOWN_MS);
    force.unref();
    await scheduler.stop();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await digest.settled();
    digest.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

await main();
