import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { schemaVersion } from '../../src/digest/migrations.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { at, tempDir } from './helpers.js';

const temp = tempDir();
after(() => temp.remove());
let n = 0;
const file = (): string => path.join(temp.dir, `store-${(n += 1)}.db`);
const chat = { platform: 'telegram' as const, chatId: '-100' };

describe('store: schema', () => {
  it('migrates a new file to the current version, in WAL mode, and reopens without re-running', () => {
    const db = file();
    openSqliteStore(db).close();
    const reopened = openSqliteStore(db);
    reopened.upsertSubscription({ ...chat, time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-01T00:00:00Z'));
    reopened.close();
    const raw = new Database(db, { readonly: true });
    assert.equal(raw.pragma('user_version', { simple: true }), schemaVersion);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
  });

  it('refuses a database written by a newer bot, saying what to do', () => {
    const db = file();
    const raw = new Database(db);
    raw.pragma('user_version = 99');
    raw.close();
    assert.throws(() => openSqliteStore(db), /schema version 99 is newer than this bot knows .* upgrade the bot, or point DATABASE_PATH at another file/);
  });
});

describe('store: subscriptions', () => {
  it('keeps one row per chat: subscribing again updates it', () => {
    const store = openSqliteStore(file());
    const first = store.upsertSubscription({ ...chat, time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-01T00:00:00Z'));
    const second = store.upsertSubscription({ ...chat, time: '10:00', timezone: 'Europe/Berlin' }, at('2026-01-02T00:00:00Z'));
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(second.subscription.id, first.subscription.id);
    assert.deepEqual(store.activeSubscriptions().map((s) => [s.time, s.timezone]), [['10:00', 'Europe/Berlin']]);
    assert.equal(store.deactivate(chat, 'unsubscribed', at('2026-01-03T00:00:00Z')), true);
    assert.equal(store.activeSubscriptions().length, 0);
    assert.equal(store.getSubscription(chat)?.deactivatedReason, 'unsubscribed');
    store.close();
  });
});

describe('store: the day’s send claim', () => {
  it('lets exactly one caller claim a subscription’s day', () => {
    const store = openSqliteStore(file());
    const { subscription } = store.upsertSubscription({ ...chat, time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-01T00:00:00Z'));
    const claim = store.claimSend(subscription.id, '2026-01-10', at('2026-01-10T01:00:00Z'), at('2026-01-10T01:00:00Z'));
    assert.equal(claim?.status, 'claimed');
    assert.equal(store.claimSend(subscription.id, '2026-01-10', at('2026-01-10T01:00:00Z'), at('2026-01-10T01:00:01Z')), undefined);
    assert.ok(store.claimSend(subscription.id, '2026-01-11', at('2026-01-11T01:00:00Z'), at('2026-01-11T01:00:00Z')), 'the next day is its own claim');
    store.close();
  });

  it('lets exactly one caller re-claim a failed send, and ignores a superseded attempt’s failure', () => {
    const store = openSqliteStore(file());
    const { subscription } = store.upsertSubscription({ ...chat, time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-01T00:00:00Z'));
    const first = store.claimSend(subscription.id, '2026-01-10', at('2026-01-10T01:00:00Z'), at('2026-01-10T01:00:00Z'));
    assert.ok(first);
    store.markFailed(first, 'timeout', at('2026-01-10T01:01:00Z'));
    const [pending] = store.resumableSends(at('2026-01-10T01:01:00Z'), at('2026-01-10T00:50:00Z'), 5);
    assert.ok(pending);
    const winner = store.reclaimSend(pending, at('2026-01-10T01:01:00Z'));
    assert.equal(winner?.attempts, 2);
    assert.equal(store.reclaimSend(pending, at('2026-01-10T01:01:00Z')), undefined, 'the second re-claim loses');

    store.markSent(winner!.id, at('2026-01-10T01:01:05Z'), at('2026-01-10T01:01:00Z'), [{ name: 'report.txt', hash: 'abc' }]);
    store.markFailed(first, 'late answer from attempt 1', undefined);
    const send = store.getSend(subscription.id, '2026-01-10');
    assert.deepEqual([send?.status, send?.attempts], ['sent', 2]);
    assert.deepEqual(store.seenDocuments(subscription.id), [{ name: 'report.txt', hash: 'abc' }]);
    assert.equal(store.lastSummary(subscription.id)?.coveredUntil.toISOString(), '2026-01-10T01:01:00.000Z');
    store.close();
  });
});
