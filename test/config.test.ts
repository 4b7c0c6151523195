import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has working defaults: no bots, the bundled data folder, the default model', () => {
    const config = loadConfig({}, '/srv/bot');
    assert.equal(config.discord, undefined);
    assert.equal(config.telegram, undefined);
    assert.equal(config.core.dataDir, '/srv/bot/data');
    assert.equal(config.core.indexDir, '/srv/bot/data/index');
    assert.equal(config.core.embeddingModel, 'Xenova/bge-small-zh-v1.5');
    assert.equal(config.core.embeddingModelDir, undefined);
    assert.equal(config.digest.defaultTimezone, 'Asia/Shanghai');
    assert.equal(config.digest.catchUpHours, 6);
    assert.deepEqual([config.digest.tickSeconds, config.digest.claimTimeoutSeconds], [60, 600], 'tick every minute, take a claim over after 10 min');
    assert.deepEqual(config.live, { watch: true, debounceMs: 500 });
    assert.equal(config.http, undefined, 'no HTTP endpoints unless HTTP_PORT is set');
    assert.ok(Object.isFrozen(config) && Object.isFrozen(config.core));
    assert.equal(config.core.answerThreshold, undefined, "the fitted model's own threshold");
  });

  it('reads ANSWER_THRESHOLD, the fitted decision’s threshold an operator may move along the decline curve', () => {
    assert.equal(loadConfig({ ANSWER_THRESHOLD: '0.3' }).core.answerThreshold, 0.3);
    assert.equal(loadConfig({ ANSWER_THRESHOLD: '0' }).core.answerThreshold, 0);
  });

  it('turns watching the data folder off and tunes its quiet time', () => {
    assert.deepEqual(loadConfig({ WATCH_DOCUMENTS: 'false', WATCH_DEBOUNCE_MS: '2000' }).live, { watch: false, debounceMs: 2000 });
  });

  it('reads every bot setting', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 'discord-token-123',
      DISCORD_CLIENT_ID: '42',
      DISCORD_API_URL: 'http://127.0.0.1:9000/api/',
      TELEGRAM_BOT_TOKEN: '1:abc',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook',
      TELEGRAM_WEBHOOK_SECRET: 's3cret_-',
      RATE_LIMIT_QUESTIONS: '3',
    });
    assert.equal(config.discord?.apiUrl, 'http://127.0.0.1:9000/api');
    assert.equal(config.telegram?.webhookSecret, 's3cret_-');
    assert.equal(config.limits.questionsPerWindow, 3);
    assert.equal(config.discord?.shards, 'auto', 'as many shards as Discord recommends unless told');
  });

  it('reads how often summaries are checked and when an unfinished claim is taken over', () => {
    const { digest } = loadConfig({ DIGEST_TICK_SECONDS: '5', DIGEST_CLAIM_TIMEOUT_SECONDS: '30' });
    assert.deepEqual([digest.tickSeconds, digest.claimTimeoutSeconds], [5, 30]);
  });

  it('reads HTTP_PORT and DISCORD_SHARDS', () => {
    const config = loadConfig({ HTTP_PORT: '9464', DISCORD_TOKEN: 'discord-token-123', DISCORD_CLIENT_ID: '42', DISCORD_SHARDS: '4' });
    assert.deepEqual(config.http, { port: 9464 });
    assert.equal(config.discord?.shards, 4);
    assert.equal(loadConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: '4', DISCORD_SHARDS: 'AUTO' }).discord?.shards, 'auto');
  });

  it('reads the shared-state URLs for several instances (PostgreSQL, Redis); unset = SQLite and memory', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://bot:pw@db.internal:5433/bot', REDIS_URL: 'redis://127.0.0.1:6379/0' });
    assert.equal(config.digest.databaseUrl, 'postgresql://bot:pw@db.internal:5433/bot');
    assert.equal(config.limits.redisUrl, 'redis://127.0.0.1:6379/0');
    const plain = loadConfig({});
    assert.deepEqual([plain.digest.databaseUrl, plain.limits.redisUrl], [undefined, undefined]);
  });

  const refusals: [Record<string, string>, RegExp][] = [
    [{ DISCORD_TOKEN: 'x' }, /DISCORD_CLIENT_ID is empty/],
    [{ DISCORD_CLIENT_ID: '1' }, /DISCORD_TOKEN is empty/],
    [{ TELEGRAM_BOT_TOKEN: '1:a', TELEGRAM_WEBHOOK_URL: 'https://x.org/h' }, /TELEGRAM_WEBHOOK_SECRET is empty/],
    [{ TELEGRAM_BOT_TOKEN: '1:a', TELEGRAM_WEBHOOK_SECRET: 'has space' }, /may hold only/],
    [{ TELEGRAM_API_ROOT: 'not a url', TELEGRAM_BOT_TOKEN: '1:a' }, /TELEGRAM_API_ROOT="not a url" is not a URL/],
    [{ WATCH_DOCUMENTS: 'sometimes' }, /WATCH_DOCUMENTS="sometimes" is neither true nor false/],
    [{ RATE_LIMIT_QUESTIONS: 'many' }, /RATE_LIMIT_QUESTIONS="many" is not a whole number from 1 to 10000/],
    [{ DIGEST_DEFAULT_TIMEZONE: 'Mars/Olympus' }, /not an IANA time zone/],
    [{ DIGEST_TICK_SECONDS: '90' }, /DIGEST_TICK_SECONDS="90" is not a whole number from 1 to 60/],
    [{ DIGEST_CLAIM_TIMEOUT_SECONDS: '1' }, /DIGEST_CLAIM_TIMEOUT_SECONDS="1" is not a whole number from 2 to 86400/],
    [{ HTTP_PORT: '70000' }, /HTTP_PORT="70000" is not a whole number from 1 to 65535/],
    [{ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: '4', DISCORD_SHARDS: 'two' }, /DISCORD_SHARDS="two" is neither auto nor a whole number/],
    [{ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: '4', DISCORD_SHARDS: '0' }, /DISCORD_SHARDS="0" is neither auto/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud" is not one of/],
    [{ ANSWER_THRESHOLD: '1.5' }, /ANSWER_THRESHOLD="1.5" is not a number from 0 to 1 — fix it in .env or unset it for the fitted model's own threshold/],
    [{ ANSWER_THRESHOLD: 'strict' }, /ANSWER_THRESHOLD="strict" is not a number from 0 to 1/],
    [{ DATABASE_URL: 'mysql://bot@127.0.0.1/bot' }, /DATABASE_URL starts with "mysql:\/\/" but must start with postgres:\/\/ or postgresql:\/\/ — write it like postgres:\/\//],
    [{ DATABASE_URL: 'bot.db' }, /DATABASE_URL is not a URL — write it like postgres:\/\//],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL starts with "http:\/\/" but must start with redis:\/\/ or rediss:\/\//],
  ];
  for (const [env, message] of refusals) {
    it(`refuses ${JSON.stringify(env)} with a sentence saying what to do`, () => {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
    });
  }
});
