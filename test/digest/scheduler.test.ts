import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createScheduler } from '../../src/digest/scheduler.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { type DigestStore } from '../../src/digest/store.js';
import { at, logger, recordingSink, schedulerOver, stubCompose, tempDir, tickThrough } from './helpers.js';

const temp = tempDir();
after(() => temp.remove());
let n = 0;
/** A new database file per test, with one subscription made the day before. */
async function freshStore(time = '09:00', timezone = 'Asia/Shanghai', createdAt = '2026-01-09T00:00:00Z'): Promise<{ store: DigestStore; file: string }> {
  const file = path.join(temp.dir, `scheduler-${(n += 1)}.db`);
  const store = await openSqliteStore(file);
  await store.upsertSubscription({ platform: 'telegram', chatId: '-100', time, timezone }, at(createdAt));
  return { store, file };
}

describe('scheduler: a 09:00 Asia/Shanghai subscription', () => {
  it('fires at 01:00 UTC, once, for ticks at 00:59, 01:00, 01:01 and 01:30', async () => {
    const { store } = await freshStore();
    const sink = recordingSink();
    const scheduler = schedulerOver(store, [sink]);
    const reports = [];
    for (const t of ['00:59', '01:00', '01:01', '01:30']) reports.push(await scheduler.tick(at(`2026-01-10T${t}:00Z`)));
    assert.deepEqual(reports.map((r) => r.delivered), [0, 1, 0, 0]);
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-01-10' }]);
    assert.equal((await store.getSend(1, '2026-01-10'))?.status, 'sent');
    await store.close();
  });

  it('does not send again after a restart right after sending', async () => {
    const { store, file } = await freshStore();
    const first = recordingSink();
    await schedulerOver(store, [first]).tick(at('2026-01-10T01:00:00Z'));
    await store.close();

    const reopened = await openSqliteStore(file);
    const second = recordingSink();
    const restarted = schedulerOver(reopened, [second]);
    await restarted.tick(at('2026-01-10T01:00:05Z'));
    await restarted.tick(at('2026-01-10T01:01:00Z'));
    assert.equal(first.deliveries.length, 1);
    assert.equal(second.deliveries.length, 0);
    await reopened.close();
  });

  it('sends once at start-up when the bot was down from 08:00 to 10:00', async () => {
    const { store } = await freshStore();
    const sink = recordingSink();
    await schedulerOver(store, [sink]).tick(at('2026-01-10T00:00:00Z')); // 08:00, then down
    const restarted = schedulerOver(store, [sink]);
    await restarted.tick(at('2026-01-10T02:00:00Z')); // 10:00, start-up
    await restarted.tick(at('2026-01-10T02:01:00Z'));
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-01-10' }]);
    await store.close();
  });

  it('skips a day missed by more than the catch-up window, then fires the next day', async () => {
    const { store } = await freshStore();
    const sink = recordingSink();
    const scheduler = schedulerOver(store, [sink], { catchUpHours: 6 });
    await scheduler.tick(at('2026-01-10T08:00:00Z')); // 16:00, seven hours late
    await scheduler.tick(at('2026-01-11T01:00:00Z'));
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-01-11' }]);
    await store.close();
  });

  it('does not fire for a time that had passed when the chat subscribed', async () => {
    const { store } = await freshStore('09:00', 'Asia/Shanghai', '2026-01-10T01:30:00Z');
    const sink = recordingSink();
    await schedulerOver(store, [sink]).tick(at('2026-01-10T02:00:00Z'));
    assert.equal(sink.deliveries.length, 0);
    await store.close();
  });

  it('leaves subscriptions of a platform it has no sink for to another process', async () => {
    const { store } = await freshStore();
    const discord = recordingSink('discord');
    await schedulerOver(store, [discord]).tick(at('2026-01-10T01:00:00Z'));
    assert.equal(discord.deliveries.length, 0);
    assert.equal(await store.getSend(1, '2026-01-10'), undefined);
    await store.close();
  });
});

describe('scheduler: the bot was removed from the chat', () => {
  it('deactivates the subscription on `gone`, records why, and never retries', async () => {
    const { store } = await freshStore();
    const sink = recordingSink('telegram', [{ kind: 'gone', detail: '403: Forbidden: bot was kicked from the group chat' }]);
    const scheduler = schedulerOver(store, [sink]);
    const report = await scheduler.tick(at('2026-01-10T01:00:00Z'));
    await tickThrough(scheduler, '2026-01-10T01:01:00Z', '2026-01-10T03:00:00Z', 5);
    await scheduler.tick(at('2026-01-11T01:00:00Z'));

    assert.equal(report.gone, 1);
    assert.equal(sink.deliveries.length, 0);
    const subscription = await store.getSubscription({ platform: 'telegram', chatId: '-100' });
    assert.equal(subscription?.active, false);
    assert.match(subscription?.deactivatedReason ?? '', /^gone: 403/);
    const send = await store.getSend(1, '2026-01-10');
    assert.equal(send?.status, 'failed');
    assert.equal(send?.nextAttemptAt, undefined);
    assert.equal(send?.attempts, 1);
    await store.close();
  });
});

describe('scheduler: failed deliveries', () => {
  it('retries with exponential backoff and records the failure', async () => {
    const { store } = await freshStore();
    const sink = recordingSink('telegram', [
      { kind: 'failed', detail: '502 Bad Gateway' },
      { kind: 'failed', detail: 'ETIMEDOUT' },
    ]);
    const scheduler = schedulerOver(store, [sink], { retryBaseMs: 60_000 });

    await scheduler.tick(at('2026-01-10T01:00:00Z'));
    let send = await store.getSend(1, '2026-01-10');
    assert.deepEqual([send?.status, send?.attempts, send?.lastError], ['failed', 1, '502 Bad Gateway']);
    assert.equal(send?.nextAttemptAt?.toISOString(), '2026-01-10T01:01:00.000Z');

    await scheduler.tick(at('2026-01-10T01:00:30Z')); // too early
    assert.equal((await store.getSend(1, '2026-01-10'))?.attempts, 1);

    await scheduler.tick(at('2026-01-10T01:01:00Z')); // second attempt fails: wait two minutes
    send = await store.getSend(1, '2026-01-10');
    assert.deepEqual([send?.status, send?.attempts, send?.lastError], ['failed', 2, 'ETIMEDOUT']);
    assert.equal(send?.nextAttemptAt?.toISOString(), '2026-01-10T01:03:00.000Z');

    await scheduler.tick(at('2026-01-10T01:02:00Z'));
    assert.equal(sink.deliveries.length, 0);
    await scheduler.tick(at('2026-01-10T01:03:00Z'));
    send = await store.getSend(1, '2026-01-10');
    assert.deepEqual([send?.status, send?.attempts], ['sent', 3]);
    assert.equal(sink.deliveries.length, 1);
    await store.close();
  });

  it('waits at least as long as the platform asked (retry after)', async () => {
    const { store } = await freshStore();
    const sink = recordingSink('telegram', [{ kind: 'failed', detail: '429 Too Many Requests', retryAfterMs: 300_000 }]);
    await schedulerOver(store, [sink]).tick(at('2026-01-10T01:00:00Z'));
    assert.equal((await store.getSend(1, '2026-01-10'))?.nextAttemptAt?.toISOString(), '2026-01-10T01:05:00.000Z');
    await store.close();
  });

  it('gives up after the bounded number of attempts, keeping the last error', async () => {
    const { store } = await freshStore();
    const failures = Array.from({ length: 10 }, (_, i) => ({ kind: 'failed' as const, detail: `failure ${i + 1}` }));
    const sink = recordingSink('telegram', failures);
    const scheduler = schedulerOver(store, [sink], { maxAttempts: 3, retryBaseMs: 60_000 });
    await tickThrough(scheduler, '2026-01-10T01:00:00Z', '2026-01-10T03:00:00Z');
    const send = await store.getSend(1, '2026-01-10');
    assert.deepEqual([send?.status, send?.attempts, send?.lastError, send?.nextAttemptAt], ['failed', 3, 'failure 3', undefined]);
    assert.equal(sink.deliveries.length, 0);
    assert.equal((await store.getSubscription({ platform: 'telegram', chatId: '-100' }))?.active, true, 'still subscribed for tomorrow');
    await store.close();
  });

  it('treats a sink that throws as a failed attempt', async () => {
    const { store } = await freshStore();
    const sink = { platform: 'telegram' as const, deliver: async () => { throw new Error('socket hang up'); } };
    const report = await schedulerOver(store, [sink]).tick(at('2026-01-10T01:00:00Z'));
    assert.equal(report.failed, 1);
    assert.equal((await store.getSend(1, '2026-01-10'))?.lastError, 'socket hang up');
    await store.close();
  });
});

describe('scheduler: daylight saving time in America/New_York', () => {
  it('fires a 02:30 subscription once on spring-forward day (2026-03-08), when 02:30 does not exist', async () => {
    const { store } = await freshStore('02:30', 'America/New_York', '2026-03-01T00:00:00Z');
    const sink = recordingSink();
    const scheduler = schedulerOver(store, [sink]);
    await tickThrough(scheduler, '2026-03-08T05:00:00Z', '2026-03-08T12:00:00Z'); // 00:00 EST … 08:00 EDT, every minute
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-03-08' }]);
    assert.equal((await store.getSend(1, '2026-03-08'))?.dueAt.toISOString(), '2026-03-08T07:00:00.000Z', '03:00 EDT, right after the gap');
    await store.close();
  });

  it('fires a 01:30 subscription once on fall-back day (2026-11-01), when 01:30 happens twice', async () => {
    const { store } = await freshStore('01:30', 'America/New_York', '2026-10-25T00:00:00Z');
    const sink = recordingSink();
    const scheduler = schedulerOver(store, [sink]);
    await tickThrough(scheduler, '2026-11-01T04:00:00Z', '2026-11-01T09:00:00Z'); // 00:00 EDT … 04:00 EST, every minute
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-11-01' }]);
    assert.equal((await store.getSend(1, '2026-11-01'))?.dueAt.toISOString(), '2026-11-01T05:30:00.000Z', 'the first 01:30 (EDT)');
    await store.close();
  });

  it('fires once a day on the days around both changes', async () => {
    for (const [time, from, to, dates] of [
      ['02:30', '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z', ['2026-03-07', '2026-03-08', '2026-03-09']],
      ['01:30', '2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z', ['2026-10-31', '2026-11-01', '2026-11-02']],
    ] as const) {
      const { store } = await freshStore(time, 'America/New_York', '2026-03-01T00:00:00Z');
      const sink = recordingSink();
      await tickThrough(schedulerOver(store, [sink]), from, to, 5);
      assert.deepEqual(sink.deliveries.map((d) => d.date), dates);
      await store.close();
    }
  });
});

describe('scheduler: start and stop', () => {
  it('catches up at start-up, and stop waits for the tick in flight', async () => {
    const { store } = await freshStore();
    const sink = recordingSink();
    const scheduler = createScheduler({ store, compose: stubCompose, sinks: [sink], logger, clock: () => at('2026-01-10T02:00:00Z'), options: { catchUpHours: 6 } });
    scheduler.start();
    await scheduler.stop();
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-01-10' }]);
    await store.close();
  });
});

describe('scheduler: a bad row', () => {
  it('does not stop the other subscriptions', async () => {
    const { store, file } = await freshStore();
    const raw = new Database(file);
    raw.prepare(`INSERT INTO subscriptions (platform, chat_id, time, timezone, created_at, updated_at) VALUES ('telegram', 'broken', '09:00', 'Nowhere/Atlantis', 0, 0)`).run();
    raw.close();
    const sink = recordingSink();
    await schedulerOver(store, [sink]).tick(at('2026-01-10T01:00:00Z'));
    assert.deepEqual(sink.deliveries, [{ chatId: '-100', date: '2026-01-10' }]);
    await store.close();
  });
});
