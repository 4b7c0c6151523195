/**
 * The Telegram adapter: telegraf v4 over the shared QuestionService and
 * DigestService. Long polling by default, webhook mode when a webhook URL is
 * configured. Each feature is a Composer in handlers/; one error boundary.
 */
import type http from 'node:http';
import { type Context, Telegraf, TelegramError } from 'telegraf';
import { type DigestService, type QuestionService, type RunningAdapter } from '../../app/contracts.js';
import { type PlatformErrorReporter } from '../../app/observer.js';
import { type TelegramConfig } from '../../config.js';
import { type Logger } from '../../logger.js';
import { registerCommands } from './commands.js';
import { type HandlerDeps } from './context.js';
import { createErrorBoundary, describeError } from './errors.js';
import { askFeature } from './handlers/ask.js';
import { fallbackFeature } from './handlers/fallback.js';
import { helpFeature } from './handlers/help.js';
import { sourceFeature } from './handlers/source.js';
import { subscribeFeature } from './handlers/subscribe.js';
import { voteFeature } from './handlers/vote.js';
import { InFlight } from './in-flight.js';
import { type RetryOptions, withRetries } from './retry.js';
import { isTransientStartError, startErrorReason, startPolling } from './polling.js';
import { createTelegramSink } from './sink.js';
import { closeServer, startWebhookServer } from './webhook.js';

export interface TelegramDeps {
  questions: QuestionService;
  digest: DigestService;
  config: TelegramConfig;
  logger: Logger;
  /** Counts failed Telegram calls (metrics); optional. */
  onPlatformError?: PlatformErrorReporter;
  /** Knobs for tests and operators; the defaults suit production. */
  options?: {
    /** Interface the webhook server binds (default: all). */
    webhookHost?: string;
    /** getUpdates long-poll timeout in seconds (default 50) and grace before giving a stuck poll up. */
    pollTimeoutSeconds?: number;
    pollGraceMs?: number;
    /** How long stop() waits for answers in flight (default 8 s, inside the 10 s shutdown budget). */
    stopTimeoutMs?: number;
    /** First wait before trying a failed start (getMe, polling's launch) again; doubled per failure (default 1 s). */
    launchRetryBaseMs?: number;
  };
}

export interface TelegramAdapter extends RunningAdapter {
  /** The bot's @username without the @, from getMe. */
  username: string;
}

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export async function startTelegram(deps: TelegramDeps): Promise<TelegramAdapter> {
  const { config, logger } = deps;
  const options = deps.options ?? {};
  const log = logger.child({ adapter: 'telegram' });
  const bot = new Telegraf<Context>(config.token, {
    // webhookReply off: every call is a real API call with a real result (message ids, errors).
    // telegraf resolves `./bot<token>/<method>` against apiRoot: without the final slash a root with a path
    // (https://proxy.example/telegram) would lose its last segment.
    telegram: { webhookReply: false, ...(config.apiRoot === undefined ? {} : { apiRoot: `${config.apiRoot}/` }) },
  });
  const report = deps.onPlatformError;
  const retry: RetryOptions = {
    logger: log,
    ...(report === undefined ? {} : { onFloodWait: () => report('429') }),
    ...(options.pollTimeoutSeconds === undefined ? {} : { pollTimeoutSeconds: options.pollTimeoutSeconds }),
    ...(options.pollGraceMs === undefined ? {} : { pollGraceMs: options.pollGraceMs }),
  };
  withRetries(bot.telegram, retry);

  const inFlight = new InFlight();
  const onError = createErrorBoundary(log, config.token, report);
  const handlerDeps: HandlerDeps = { questions: deps.questions, digest: deps.digest, logger: log, inFlight, onError };
  // telegraf gives each update its own Telegram client: wrap it too, so replies also wait out 429s.
  bot.use((ctx, next) => {
    withRetries(ctx.telegram, retry);
    return next();
  });
  bot.use(helpFeature(handlerDeps), voteFeature(handlerDeps), sourceFeature(handlerDeps), subscribeFeature(handlerDeps), askFeature(handlerDeps), fallbackFeature());
  bot.catch(onError);

  try {
    bot.botInfo = await getMeWithRetries(bot, log, config.token, options.launchRetryBaseMs ?? 1_000);
  } catch (error) {
    const where = config.apiRoot === undefined ? '' : ` and TELEGRAM_API_ROOT (${config.apiRoot})`;
    const why = error instanceof TelegramError ? `${error.code} ${error.description}` : String(describeError(error, config.token).message);
    throw new Error(`Telegram: getMe failed (${why}) — check TELEGRAM_BOT_TOKEN${where}`, { cause: error });
  }
  await registerCommands(bot.telegram, log);
  const sink = createTelegramSink(bot.telegram, log, { token: config.token, ...(report === undefined ? {} : { onPlatformError: report }) });
  const username = bot.botInfo.username;

  let stopUpdates: () => Promise<void>;
  if (config.webhookUrl !== undefined) {
    stopUpdates = await startWebhook(bot, config, log, options.webhookHost);
  } else {
    stopUpdates = startPolling(bot, log, { allowedUpdates: ALLOWED_UPDATES, token: config.token, ...(options.launchRetryBaseMs === undefined ? {} : { retryBaseMs: options.launchRetryBaseMs }) });
  }
  log.info({ username, mode: config.webhookUrl === undefined ? 'polling' : 'webhook' }, 'Telegram bot started');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await stopUpdates();
      const finished = await inFlight.drain(options.stopTimeoutMs ?? 8_000);
      if (!finished) log.warn({ unfinished: inFlight.size }, 'Telegram stopped with answers still in flight');
      log.info('Telegram bot stopped');
    })();
    return stopping;
  };
  return { sink, stop, username };
}

async function startWebhook(bot: Telegraf<Context>, config: TelegramConfig, log: Logger, host: string | undefined): Promise<() => Promise<void>> {
  const url = config.webhookUrl ?? '';
  const secret = config.webhookSecret;
  if (secret === undefined) throw new Error('Telegram: webhook mode needs TELEGRAM_WEBHOOK_SECRET — set a random secret (A-Z a-z 0-9 _ -)');
  const server: http.Server = await startWebhookServer({ bot, path: new URL(url).pathname, secret, port: config.webhookPort, logger: log, ...(host === undefined ? {} : { host }) });
  try {
    await bot.telegram.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  // The webhook stays registered on stop: Telegram keeps updates for the next start.
  return () => closeServer(server);
}

/** getMe at start, tried again on a network error or a 5xx (a few times: a wrong token or API root should stop the start). */
async function getMeWithRetries(bot: Telegraf<Context>, log: Logger, token: string, baseMs: number, attempts = 5): Promise<Telegraf<Context>['botInfo'] & object> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await bot.telegram.getMe();
    } catch (error) {
      if (attempt >= attempts || !isTransientStartError(error) || (error instanceof TelegramError && error.code === 409)) throw error;
      const delay = baseMs * 2 ** (attempt - 1);
      const why = startErrorReason(error, token);
      log.warn({ err: why, attempt, retryInMs: delay }, `Telegram getMe failed at start (${why}) — trying again in ${delay / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
