/**
 * The Discord adapter: a discord.js v14 client that turns slash commands,
 * citation buttons, @mentions and DMs into calls on the question and digest
 * services, and posts daily summaries.
 *
 * Intents are Guilds, GuildMessages and DirectMessages only (+ Partials.Channel,
 * without which discord.js drops DMs from uncached channels). No privileged
 * intent: Discord includes message content for messages that mention the bot
 * and for DMs, which are the only messages the bot reads.
 *
 * @example
 * const discord = await startDiscord({ questions, digest, config: config.discord, logger });
 * scheduler.addSink(discord.sink);
 * process.once('SIGTERM', () => void discord.stop());
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Events, GatewayIntentBits, Partials, RESTEvents } from 'discord.js';
import { type DigestService, type QuestionService, type RunningAdapter } from '../../app/contracts.js';
import { type PlatformErrorReporter } from '../../app/observer.js';
import { type DiscordConfig } from '../../config.js';
import { type Logger } from '../../logger.js';
import { describeError } from './errors.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './mentions.js';
import { registerCommands } from './register.js';
import { NO_PINGS } from './render.js';
import { createDiscordSink } from './sink.js';
import { type DiscordContext } from './types.js';

export interface DiscordDeps {
  questions: QuestionService;
  digest: DigestService;
  config: DiscordConfig;
  logger: Logger;
  /** Counts failed Discord calls (metrics); optional. */
  onPlatformError?: PlatformErrorReporter;
}

/** How long `stop()` waits for answers in flight (the process must exit within 10 s). */
const DRAIN_MS = 7_000;

/**
 * discord.js runs the shards itself (@discordjs/ws: one WebSocket each, all in
 * this process, so one core and one question queue serve every guild):
 * `auto` takes the count GET /gateway/bot recommends; N runs shards 0…N-1 of N.
 */
function shardOptions(shards: DiscordConfig['shards']): { shards: 'auto' } | { shards: number[]; shardCount: number } {
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}

export async function startDiscord(deps: DiscordDeps): Promise<RunningAdapter> {
  const { config } = deps;
  const logger = deps.logger.child({ adapter: 'discord' });
  const context: DiscordContext = { questions: deps.questions, digest: deps.digest, logger, ...(deps.onPlatformError ? { onPlatformError: deps.onPlatformError } : {}) };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    ...shardOptions(config.shards),
    ...(config.apiUrl === undefined ? {} : { rest: { api: config.apiUrl } }),
  });

  let accepting = true;
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    // Handlers catch their own failures (boundary.ts); this catch is the last guard against a crash.
    const tracked = work.catch((error: unknown) => logger.error({ err: describeError(error) }, 'discord: unhandled failure in a handler'));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) track(handleInteraction(interaction, context));
  });
  client.on(Events.MessageCreate, (message) => {
    if (accepting) track(handleMessage(message, context));
  });
  // discord.js reconnects and resumes by itself; these only keep the operator informed.
  client.on(Events.Error, (error) => logger.error({ err: describeError(error) }, 'discord: client error'));
  client.on(Events.ShardReady, (shard) => logger.info({ shard, of: client.options.shardCount }, 'discord: shard ready'));
  client.on(Events.ShardError, (error, shard) => logger.warn({ err: describeError(error), shard }, 'discord: gateway connection error'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'discord: gateway disconnected, reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'discord: gateway session resumed'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.error({ code: event.code, shard }, 'discord: gateway closed for good — check the token and intents'));
  client.rest.on(RESTEvents.RateLimited, (info) => {
    deps.onPlatformError?.('rate_limited');
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'discord: rate limited, waiting');
  });

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw new Error(`Discord: could not connect (${describeError(error).message}) — check DISCORD_TOKEN (Developer Portal → Bot → Reset Token) and the network`, { cause: error });
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shardCount }, 'discord: connected');

  try {
    const { count, scope } = await registerCommands(client.rest, config);
    logger.info({ count, scope }, 'discord: slash commands registered');
  } catch (error) {
    // Commands registered earlier keep working; `npm run discord:commands` retries by hand.
    logger.error({ err: describeError(error) }, 'discord: could not register slash commands — run `npm run discord:commands`');
  }

  return {
    sink: createDiscordSink(client.rest, deps.onPlatformError),
    async stop(): Promise<void> {
      accepting = false;
      await Promise.race([Promise.allSettled([...inFlight]), sleep(DRAIN_MS, undefined, { ref: false })]);
      await client.destroy();
      logger.info('discord: stopped');
    },
  };
}
