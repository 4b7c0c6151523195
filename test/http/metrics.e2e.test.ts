/**
 * /healthz and /metrics over real HTTP on a random port, with the counters
 * fed by the real Telegram adapter (telegraf against the extended emulator),
 * the real question service over the real core, and the real digest.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Health, createMetrics, startHttpServer, type HttpServer, type Metrics } from '../../src/http/index.js';
import { silentLogger } from '../../src/logger.js';
import { privateChat, text, user } from '../fakes/telegram-server.js';
import { type Harness, startHarness } from '../adapters/telegram/harness.js';
import { scrape, valueOf } from './exposition.js';

describe('/healthz', () => {
  let server: HttpServer;
  const health = new Health('building the index');
  before(async () => {
    server = await startHttpServer({ port: 0, host: '127.0.0.1', health, metrics: createMetrics(), logger: silentLogger() });
  });
  after(() => server.close());
  const get = (path: string, method = 'GET'): Promise<Response> => fetch(`http://127.0.0.1:${server.port}${path}`, { method });

  it('answers 503 with the reason while loading, 200 when ready, 503 again while stopping', async () => {
    const loading = await get('/healthz');
    assert.equal(loading.status, 503);
    assert.match(loading.headers.get('content-type') ?? '', /application\/json/);
    assert.deepEqual(await loading.json(), { status: 'loading', reason: 'building the index' });
    health.ready();
    const ready = await get('/healthz');
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready' });
    health.stopping();
    const stopping = await get('/healthz');
    assert.equal(stopping.status, 503);
    assert.deepEqual(await stopping.json(), { status: 'stopping', reason: 'shutting down' });
  });

  it('serves only GET/HEAD on its two paths', async () => {
    assert.equal((await get('/nothing')).status, 404);
    assert.equal((await get('/metrics', 'POST')).status, 405);
    assert.equal((await get('/healthz', 'HEAD')).status, 503);
  });

  it('/metrics is Prometheus text with the default process metrics and every reportbot series declared', async () => {
    const { types, samples, contentType } = await scrape(server.port);
    assert.match(contentType, /^text\/plain; version=0\.0\.4/);
    assert.ok(valueOf(samples, 'process_resident_memory_bytes') > 0, 'RSS');
    assert.ok(types.has('nodejs_eventloop_lag_seconds'));
    assert.equal(types.get('reportbot_questions_total'), 'counter');
    assert.equal(types.get('reportbot_answer_seconds'), 'histogram');
    assert.equal(types.get('reportbot_platform_errors_total'), 'counter');
    assert.equal(types.get('reportbot_summary_sends_total'), 'counter');
    assert.equal(types.get('reportbot_index_passages'), 'gauge');
  });
});

describe('/metrics counts what the bot does (real Telegram adapter, real core, real digest)', () => {
  let h: Harness;
  let metrics: Metrics;
  let server: HttpServer;
  before(async () => {
    metrics = createMetrics();
    h = await startHarness({ metrics });
    metrics.indexPassages(() => h.core.status.passages ?? 0);
    server = await startHttpServer({ port: 0, host: '127.0.0.1', health: new Health(), metrics, logger: silentLogger() });
  });
  after(async () => {
    await server.close();
    await h.close();
  });

  it('reports the passages of the loaded index', async () => {
    const { samples } = await scrape(server.port);
    const passages = valueOf(samples, 'reportbot_index_passages');
    assert.ok(passages > h.core.paragraphs.length, `paragraphs and their sentences: ${passages}`);
    assert.equal(passages, h.core.status.passages);
  });

  it('an answered and a declined question move questions_total by kind and the answer-time histogram', async () => {
    const chat = privateChat(7101);
    await h.fake.send(text(chat, user(7101), '2025年人工智能核心产业规模有多大？'));
    await h.fake.send(text(chat, user(7101), 'What is the best pizza topping in Naples?'));
    await h.fake.waitForMessages(chat.id, 2, { timeoutMs: 30_000 });
    const { samples } = await scrape(server.port);
    assert.equal(valueOf(samples, 'reportbot_questions_total', { platform: 'telegram', kind: 'answer' }), 1);
    assert.equal(valueOf(samples, 'reportbot_questions_total', { platform: 'telegram', kind: 'declined' }), 1);
    assert.equal(valueOf(samples, 'reportbot_answer_seconds_count', { platform: 'telegram' }), 2);
    const sum = valueOf(samples, 'reportbot_answer_seconds_sum', { platform: 'telegram' });
    assert.ok(sum > 0 && sum < 60, `${sum} s`);
    assert.equal(valueOf(samples, 'reportbot_answer_seconds_bucket', { platform: 'telegram', le: '+Inf' }), 2);
  });

  it("a 429 from Telegram is counted under Telegram's code, and the answer still arrives", async () => {
    const chat = privateChat(7102);
    h.fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    await h.fake.send(text(chat, user(7102), '2025年人工智能核心产业规模有多大？'));
    await h.fake.waitForMessages(chat.id, 1, { timeoutMs: 30_000 });
    const { samples } = await scrape(server.port);
    assert.equal(valueOf(samples, 'reportbot_platform_errors_total', { platform: 'telegram', code: '429' }), 1);
  });

  it('summary sends are counted by result: delivered, and gone when Telegram says the bot was blocked (403)', async () => {
    h.clock.now = new Date('2026-03-04T12:00:00Z');
    const delivered = privateChat(7103);
    const blocked = privateChat(7104);
    for (const chat of [delivered, blocked]) {
      assert.equal(h.digest.service.subscribe({ platform: 'telegram', chatId: String(chat.id), time: '09:00', timezone: 'Asia/Shanghai' }).kind, 'subscribed');
    }
    const scheduler = h.digest.scheduler([h.adapter.sink]);
    // Sends run in parallel: the 403 goes to whichever chat's first message comes first, so only the totals are fixed.
    h.fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    const report = await scheduler.tick(new Date('2026-03-05T01:00:20Z'));
    await scheduler.stop();
    assert.deepEqual(report, { delivered: 1, failed: 0, gone: 1 });
    const { samples } = await scrape(server.port);
    assert.equal(valueOf(samples, 'reportbot_summary_sends_total', { result: 'delivered' }), 1);
    assert.equal(valueOf(samples, 'reportbot_summary_sends_total', { result: 'gone' }), 1);
    assert.equal(valueOf(samples, 'reportbot_platform_errors_total', { platform: 'telegram', code: '403' }), 1);
  });
});
