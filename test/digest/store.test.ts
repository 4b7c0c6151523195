import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrations, schemaVersion } from '../../src/digest/migrations.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { type Chat } from '../../src/digest/store.js';
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

describe('store: declined questions and votes', () => {
  const ask = (store: ReturnType<typeof openSqliteStore>, where: Chat, question: string, iso: string, declined: boolean): number =>
    store.logQuestion({ ...where, askedAt: at(iso), question, key: question, paragraphs: declined ? [] : [2], declined });

  it('keeps declined questions apart from answered ones, per chat or over all chats', async () => {
    const store = openSqliteStore(file());
    const other = { platform: 'discord' as const, chatId: '42' };
    ask(store, chat, '答得上', '2026-03-01T01:00:00Z', false);
    ask(store, chat, '答不上', '2026-03-01T02:00:00Z', true);
    ask(store, other, '也答不上', '2026-03-01T03:00:00Z', true);
    const since = at('2026-03-01T00:00:00Z');
    const until = at('2026-03-02T00:00:00Z');
    assert.deepEqual(store.questionsSince(chat, since, until).map((q) => q.question), ['答得上']);
    assert.deepEqual((await store.declinedSince(chat, since, until)).map((q) => q.question), ['答不上']);
    assert.deepEqual((await store.declinedSince(undefined, since, until)).map((q) => [q.platform, q.chatId, q.question]), [
      ['telegram', '-100', '答不上'],
      ['discord', '42', '也答不上'],
    ]);
    assert.deepEqual(await store.declinedSince(undefined, at('2026-03-01T02:30:00Z'), until).then((rows) => rows.length), 1, 'window (since, until]');
    store.close();
  });

  it('stores one vote per voter and answer (a second vote replaces the first) and only on answers of the same chat', async () => {
    const store = openSqliteStore(file());
    const answered = ask(store, chat, '答得上', '2026-03-01T01:00:00Z', false);
    const declined = ask(store, chat, '答不上', '2026-03-01T02:00:00Z', true);
    const vote = (voter: string, value: 1 | -1, where: Chat = chat, questionId = answered, iso = '2026-03-01T05:00:00Z') =>
      store.recordVote({ ...where, questionId, voter, vote: value, at: at(iso) });
    assert.equal(await vote('v1', -1), 'recorded');
    assert.equal(await vote('v1', -1), 'unchanged');
    assert.equal(await vote('v1', 1), 'changed');
    assert.equal(await vote('v2', -1, chat, answered, '2026-03-01T06:00:00Z'), 'recorded');
    assert.equal(await vote('v3', -1, { platform: 'telegram', chatId: 'elsewhere' }), 'unknown', "another chat's answer");
    assert.equal(await vote('v3', -1, chat, declined), 'unknown', 'a decline has no answer to vote on');
    assert.equal(await vote('v3', -1, chat, 12345), 'unknown');

    const down = await store.votedDownSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
    assert.deepEqual(down.map((d) => [d.question, d.up, d.down]), [['答得上', 1, 1]]);
    assert.deepEqual(await store.votedDownSince(undefined, at('2026-03-01T06:00:00Z'), at('2026-03-02T00:00:00Z')), [], '👎 cast before the window');
    store.close();
  });

  it('migrates a version-1 database, keeping its logged questions as answered', () => {
    const db = file();
    const raw = new Database(db);
    raw.exec(migrations[0] as string);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO questions (platform, chat_id, asked_at, question, question_key) VALUES ('telegram', '-100', ?, '旧问题', '旧问题')").run(at('2026-03-01T01:00:00Z').getTime());
    raw.close();
    const store = openSqliteStore(db);
    assert.deepEqual(store.questionsSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z')).map((q) => q.question), ['旧问题']);
    store.close();
  });
});
