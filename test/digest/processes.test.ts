import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { at, killChildren, recordingSink, schedulerOver, spawnTickChild, tempDir } from './helpers.js';

const temp = tempDir();
after(async () => {
  killChildren();
  temp.remove();
});

async function seed(file: string, chats: number): Promise<void> {
  const store = await openSqliteStore(file);
  for (let i = 1; i <= chats; i += 1) {
    await store.upsertSubscription({ platform: 'telegram', chatId: `chat-${i}`, time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-09T00:00:00Z'));
  }
  await store.close();
}

describe('two scheduler processes on one database file', () => {
  it('send each summary exactly once between them', async () => {
    const db = path.join(temp.dir, 'two-processes.db');
    await seed(db, 20);
    const children = [1, 2].map(() => spawnTickChild({ db, now: '2026-01-10T01:00:00Z', mode: 'append' }));
    await Promise.all(children.map((c) => c.waitFor(/^ready$/)));
    for (const child of children) child.go(); // both tick at the same moment
    await Promise.all(children.map((c) => c.waitFor(/^done /)));
    await Promise.all(children.map((c) => c.exited));

    const deliveries = children.flatMap((c) => c.lines.filter((l) => l.startsWith('delivered ')));
    const chats = deliveries.map((l) => l.split(' ')[1]).sort();
    assert.equal(deliveries.length, 20, deliveries.join('\n'));
    assert.equal(new Set(chats).size, 20, 'no chat got two summaries');
    const check = new Database(db, { readonly: true });
    assert.deepEqual(check.prepare(`SELECT status, COUNT(*) AS n FROM sends GROUP BY status`).all(), [{ status: 'sent', n: 20 }]);
    check.close();
  });
});

describe('data safety: SIGKILL in the middle of a send', () => {
  it('loses no subscription, and a restart still delivers that day', async () => {
    const db = path.join(temp.dir, 'killed.db');
    await seed(db, 1);
    const child = spawnTickChild({ db, now: '2026-01-10T01:00:00Z', mode: 'block' });
    await child.waitFor(/^ready$/);
    child.go();
    await child.waitFor(/^claimed chat-1$/); // the claim is committed, the platform has not answered
    child.kill('SIGKILL');
    assert.equal((await child.exited).signal, 'SIGKILL');

    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    check.close();
    const store = await openSqliteStore(db);
    assert.equal((await store.getSubscription({ platform: 'telegram', chatId: 'chat-1' }))?.active, true);
    assert.equal((await store.getSend(1, '2026-01-10'))?.status, 'claimed');

    const sink = recordingSink();
    const restarted = schedulerOver(store, [sink], { staleClaimMinutes: 10 });
    await restarted.tick(at('2026-01-10T01:05:00Z')); // the claim may still be a live process's: wait
    assert.equal(sink.deliveries.length, 0);
    await restarted.tick(at('2026-01-10T01:11:00Z')); // stale: the process is gone
    await restarted.tick(at('2026-01-10T01:30:00Z'));
    assert.deepEqual(sink.deliveries, [{ chatId: 'chat-1', date: '2026-01-10' }]);
    const send = await store.getSend(1, '2026-01-10');
    assert.deepEqual([send?.status, send?.attempts], ['sent', 2]);
    await store.close();
  });
});
