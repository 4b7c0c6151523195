/**
 * The one module that reads the environment. `loadConfig` validates every
 * variable once at start-up and returns a frozen, typed object; everything
 * else receives values from it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own trained models ship in models/ beside src/. */
const SHIPPED_MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'models');

export interface CoreConfig {
  /** Folder (with subfolders) whose .txt/.md/.html/.pdf/.docx files are the documents the bot answers from. */
  dataDir: string;
  /** Where the dense index, its manifest and derived lexical data live. */
  indexDir: string;
  /** Model id, e.g. Xenova/bge-small-zh-v1.5. */
  embeddingModel: string;
  /** Local model folder (Transformers.js layout); unset = the library's hub download and cache. */
  embeddingModelDir: string | undefined;
  /** Questions longer than this are refused with a clear message. */
  maxQuestionChars: number;
  /** The answer reader (scripts/reader/train.py): reader.json, tokenizer.json, onnx/model_quantized.onnx. */
  readerModelDir: string;
  /** The fitted answer-or-decline model (scripts/fit-answerability.ts). */
  answerabilityModel: string;
  /**
   * Answer when the fitted probability reaches this, instead of the model's own threshold: higher declines more
   * questions the documents only touch on, and more they answer (README: the decline curve). Unset = the model's.
   */
  answerThreshold?: number;
  /** Documents larger than this (bytes) are skipped with a log line; unset = 50 MB. */
  maxDocumentBytes?: number;
}

export interface DiscordConfig {
  token: string;
  clientId: string;
  guildId: string | undefined;
  /** discord.js `rest.api`, e.g. http://127.0.0.1:PORT/api (tests, proxies). */
  apiUrl: string | undefined;
  /** Gateway shards run in this process: `auto` = as many as Discord recommends, or a fixed count. */
  shards: 'auto' | number;
}

export interface TelegramConfig {
  token: string;
  /** telegraf `telegram.apiRoot` (self-hosted Bot API server, tests). */
  apiRoot: string | undefined;
  /** Public HTTPS URL: webhook mode when set, long polling otherwise. */
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  webhookPort: number;
}

export interface LimitsConfig {
  /** Questions one user may ask per window. */
  questionsPerWindow: number;
  windowSeconds: number;
  /** Answers computed at once; the rest queue. */
  maxConcurrentAnswers: number;
  /** redis://host:port: per-user limits shared by every instance; unset = per process, in memory. */
  redisUrl?: string | undefined;
}

export interface DigestConfig {
  /** SQLite file, used when databaseUrl is unset. */
  databasePath: string;
  /** postgres://…: subscriptions, sends and the question log in PostgreSQL, shared by several instances. */
  databaseUrl?: string | undefined;
  defaultTimezone: string;
  /** A summary missed by downtime is still sent within this many hours. */
  catchUpHours: number;
  /** How often each instance asks the database which summaries are owed; unset = every minute. */
  tickSeconds?: number;
  /**
   * A send claimed this long ago and still unfinished is taken to be a dead
   * instance's and taken over (resumed at its first unconfirmed part); a send
   * gives up on a silent platform after half of it, at most 2 min. Unset = 600.
   */
  claimTimeoutSeconds?: number;
}

export interface LiveConfig {
  /** Watch the data folder and answer from documents added, changed or removed without a restart. */
  watch: boolean;
  /** Quiet time after the last file event before the index is rebuilt. */
  debounceMs: number;
}

/** The operator's HTTP endpoints (/healthz, /metrics). */
export interface HttpConfig {
  port: number;
}

export interface Config {
  core: CoreConfig;
  live: LiveConfig;
  discord: DiscordConfig | undefined;
  telegram: TelegramConfig | undefined;
  limits: LimitsConfig;
  digest: DigestConfig;
  /** Unset: no HTTP endpoints. */
  http: HttpConfig | undefined;
  /** pino level; unset = info for the bots, warn for the console chat (its stdout is the chat). */
  logLevel: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, key: string): string | undefined {
  const value = env[key]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = text(env, key);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`Config: ${key}=${JSON.stringify(raw)} is not a whole number from ${min} to ${max} — fix it in .env or unset it for the default ${fallback}`);
  }
  return value;
}

/** A number from 0 to 1, or undefined when unset. */
function fraction(env: Env, key: string, unsetMeans: string): number | undefined {
  const raw = text(env, key);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new ConfigError(`Config: ${key}=${JSON.stringify(raw)} is not a number from 0 to 1 — fix it in .env or unset it for ${unsetMeans}`);
  }
  return value;
}

function url(env: Env, key: string): string | undefined {
  const raw = text(env, key);
  if (raw === undefined) return undefined;
  try {
    new URL(raw);
  } catch {
    throw new ConfigError(`Config: ${key}=${JSON.stringify(raw)} is not a URL — write it like http://127.0.0.1:8081 or unset it`);
  }
  return raw.replace(/\/+$/, '');
}

function timezone(env: Env, key: string, fallback: string): string {
  const zone = text(env, key) ?? fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigError(`Config: ${key}=${JSON.stringify(zone)} is not an IANA time zone — use a name like Asia/Shanghai or Europe/Berlin`);
  }
  return zone;
}

/** Both or neither: a half-configured bot is a mistake worth stopping for. */
function discord(env: Env): DiscordConfig | undefined {
  const token = text(env, 'DISCORD_TOKEN');
  const clientId = text(env, 'DISCORD_CLIENT_ID');
  if (token === undefined && clientId === undefined) return undefined;
  if (token === undefined) throw new ConfigError('Config: DISCORD_CLIENT_ID is set but DISCORD_TOKEN is empty — set the bot token from the Developer Portal (Bot → Reset Token), or unset both to run without Discord');
  if (clientId === undefined) throw new ConfigError('Config: DISCORD_TOKEN is set but DISCORD_CLIENT_ID is empty — copy the Application ID from the Developer Portal (General Information), or unset both');
  return { token, clientId, guildId: text(env, 'DISCORD_GUILD_ID'), apiUrl: url(env, 'DISCORD_API_URL'), shards: shards(env) };
}

function shards(env: Env): 'auto' | number {
  const raw = text(env, 'DISCORD_SHARDS');
  if (raw === undefined || raw.toLowerCase() === 'auto') return 'auto';
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 4096) {
    throw new ConfigError(`Config: DISCORD_SHARDS=${JSON.stringify(raw)} is neither auto nor a whole number from 1 to 4096 — use auto (Discord's recommendation) or a shard count`);
  }
  return count;
}

function http(env: Env): HttpConfig | undefined {
  if (text(env, 'HTTP_PORT') === undefined) return undefined;
  return { port: integer(env, 'HTTP_PORT', 9464, 1, 65535) };
}

function telegram(env: Env): TelegramConfig | undefined {
  const token = text(env, 'TELEGRAM_BOT_TOKEN');
  if (token === undefined) return undefined;
  const webhookUrl = url(env, 'TELEGRAM_WEBHOOK_URL');
  const webhookSecret = text(env, 'TELEGRAM_WEBHOOK_SECRET');
  if (webhookUrl !== undefined && webhookSecret === undefined) {
    throw new ConfigError('Config: TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is empty — set a random secret (1-256 characters A-Z a-z 0-9 _ -) so forged updates are refused');
  }
  if (webhookSecret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(webhookSecret)) {
    throw new ConfigError('Config: TELEGRAM_WEBHOOK_SECRET may hold only A-Z a-z 0-9 _ - (1-256 characters), as Telegram requires');
  }
  return {
    token,
    apiRoot: url(env, 'TELEGRAM_API_ROOT'),
    webhookUrl,
    webhookSecret,
    webhookPort: integer(env, 'TELEGRAM_WEBHOOK_PORT', 8443, 1, 65535),
  };
}

/** A URL of one of `schemes`; the sentence names the variable and shows the expected form. */
function serviceUrl(env: Env, key: string, schemes: readonly string[], example: string): string | undefined {
  const raw = text(env, key);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`Config: ${key} is not a URL — write it like ${example}, or unset it`);
  }
  if (!schemes.includes(parsed.protocol)) {
    throw new ConfigError(`Config: ${key} starts with "${parsed.protocol}//" but must start with ${schemes.map((s) => `${s}//`).join(' or ')} — write it like ${example}, or unset it`);
  }
  if (parsed.hostname === '') throw new ConfigError(`Config: ${key} names no host — write it like ${example}`);
  return raw;
}

function flag(env: Env, key: string, fallback: boolean): boolean {
  const raw = text(env, key)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`Config: ${key}=${JSON.stringify(raw)} is neither true nor false — write true or false, or unset it for the default ${fallback}`);
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(env: Env): string | undefined {
  const level = text(env, 'LOG_LEVEL')?.toLowerCase();
  if (level !== undefined && !LEVELS.includes(level)) {
    throw new ConfigError(`Config: LOG_LEVEL=${JSON.stringify(level)} is not one of ${LEVELS.join(', ')} — fix it in .env or unset it`);
  }
  return level;
}

/** Reads and validates the environment once; throws ConfigError with a sentence the operator can act on. */
export function loadConfig(env: Env, cwd: string = process.cwd()): Readonly<Config> {
  const dataDir = path.resolve(cwd, text(env, 'DATA_DIR') ?? 'data');
  const modelDir = text(env, 'EMBEDDING_MODEL_DIR');
  const config: Config = {
    core: {
      dataDir,
      indexDir: path.resolve(cwd, text(env, 'INDEX_DIR') ?? path.join(dataDir, 'index')),
      embeddingModel: text(env, 'EMBEDDING_MODEL') ?? 'Xenova/bge-small-zh-v1.5',
      embeddingModelDir: modelDir === undefined ? undefined : path.resolve(cwd, modelDir),
      maxQuestionChars: integer(env, 'MAX_QUESTION_CHARS', 1000, 10, 100_000),
      readerModelDir: path.resolve(cwd, text(env, 'READER_MODEL_DIR') ?? path.join(SHIPPED_MODELS, 'reader')),
      answerabilityModel: path.resolve(cwd, text(env, 'ANSWERABILITY_MODEL') ?? path.join(SHIPPED_MODELS, 'answerability.json')),
      answerThreshold: fraction(env, 'ANSWER_THRESHOLD', "the fitted model's own threshold"),
      maxDocumentBytes: integer(env, 'MAX_DOCUMENT_MB', 50, 1, 2048) * 1024 * 1024,
    },
    live: {
      watch: flag(env, 'WATCH_DOCUMENTS', true),
      debounceMs: integer(env, 'WATCH_DEBOUNCE_MS', 500, 0, 60_000),
    },
    discord: discord(env),
    telegram: telegram(env),
    limits: {
      questionsPerWindow: integer(env, 'RATE_LIMIT_QUESTIONS', 6, 1, 10_000),
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
      maxConcurrentAnswers: integer(env, 'MAX_CONCURRENT_ANSWERS', 4, 1, 256),
      redisUrl: serviceUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    },
    digest: {
      databasePath: path.resolve(cwd, text(env, 'DATABASE_PATH') ?? path.join(dataDir, 'bot.db')),
      databaseUrl: serviceUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://bot:PASSWORD@127.0.0.1:5432/bot'),
      defaultTimezone: timezone(env, 'DIGEST_DEFAULT_TIMEZONE', 'Asia/Shanghai'),
      catchUpHours: integer(env, 'DIGEST_CATCH_UP_HOURS', 6, 0, 23),
      tickSeconds: integer(env, 'DIGEST_TICK_SECONDS', 60, 1, 60),
      claimTimeoutSeconds: integer(env, 'DIGEST_CLAIM_TIMEOUT_SECONDS', 600, 2, 86_400),
    },
    http: http(env),
    logLevel: logLevel(env),
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) {
    if (inner !== null && typeof inner === 'object') deepFreeze(inner as object);
  }
  return Object.freeze(value);
}

/**
 * loadConfig for entry points: on a ConfigError, print its sentence (no stack
 * trace) and exit with status 2; anything else is a bug and propagates.
 */
export function loadConfigOrExit(env: Env): Readonly<Config> {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
