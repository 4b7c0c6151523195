/**
 * Several bot processes over one store — a SQLite file, or one PostgreSQL
 * database as in a two-instance deployment: each chat's daily summary is
 * delivered exactly once, and a process killed with SIGKILL in the middle of a
 * multi-part send loses nothing — another finishes the send once the claim is
 * stale, and only the part that was in flight at the kill can appear twice.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { type DigestStore } from '../../src/digest/store.js';
import { at, killChildren, recordingSink, schedulerOver, spawnTickChild, tempDir } from './helpers.js';
import { storeKinds } from './stores.js';

const temp = tempDir('processes-');
const kinds = await storeKinds('processes');
after(async () => {
  killChildren();
  for (const kind of kinds) await kind.cleanup();
  temp.remove();
});

async function seed(store: DigestStore, chats: number): Promise<void> {
  for (let i = 1; i <= chats; i += 1) {
    await store.upsertSubscription({ platform: 'telegram', chatId: `chat-${i}`, time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-09T00:00:00Z'));
  }
}

async function statuses(store: DigestStore, chats: number): Promise<Array<[string, string | undefined, number | undefined]>> {
  const out: Array<[string, string | undefined, number | undefined]> = [];
  for (let i = 1; i <= chats; i += 1) {
    const subscription = await store.getSubscription({ platform: 'telegram', chatId: `chat-${i}` });
    const send = subscription && (await store.getSend(subscription.id, '2026-01-10'));
    out.push([`chat-${i}`, send?.status, send?.partsSent]);
  }
  return out;
}

for (const kind of kinds) {
  describe(`two scheduler processes on one ${kind.name} database`, { skip: kind.skip }, () => {
    it('send each summary exactly once between them', async () => {
      const { store, child } = await kind.fresh();
      await seed(store, 20);
      const children = [1, 2].map(() => spawnTickChild({ store: child, now: '2026-01-10T01:00:00Z', mode: 'append' }));
      await Promise.all(children.map((c) => c.waitFor(/^ready$/)));
      for (const c of children) c.go(); // both tick at the same moment
      await Promise.all(children.map((c) => c.waitFor(/^done /)));
      await Promise.all(children.map((c) => c.exited));

      const deliveries = children.flatMap((c) => c.lines.filter((l) => l.startsWith('delivered ')));
      const chats = deliveries.map((l) => l.split(' ')[1]).sort();
      assert.equal(deliveries.length, 20, deliveries.join('\n'));
      assert.equal(new Set(chats).size, 20, 'no chat got two summaries');
      assert.ok((await statuses(store, 20)).every(([, status]) => status === 'sent'));
    });

    it('SIGKILL in the middle of a multi-part send: the other process finishes it after the claim expires, repeating only the part in flight', async () => {
      const { store, child } = await kind.fresh();
      await seed(store, 6);
      const platformLog = path.join(temp.dir, `platform-${kind.name}.log`);
      fs.writeFileSync(platformLog, '');
      const now = '2026-01-10T01:00:00Z';
      // A posts one send at a time and dies right after the platform accepted part 2, before recording it.
      const a = spawnTickChild({ store: child, now, mode: 'parts', parts: 3, platformLog, hangAtPart: 2, concurrency: 1 });
      const b = spawnTickChild({ store: child, now, mode: 'parts', parts: 3, platformLog });
      await Promise.all([a.waitFor(/^ready$/), b.waitFor(/^ready$/)]);
      a.send(`tick ${now}`);
      const [, killedChat] = (await a.waitFor(/^inflight /)).split(' ');
      b.send(`tick ${now}`); // B claims and sends what A has not claimed
      await b.waitFor(/^done /);
      a.kill('SIGKILL');
      assert.equal((await a.exited).signal, 'SIGKILL');

      const interrupted = (await statuses(store, 6)).filter(([, status]) => status !== 'sent');
      assert.ok(interrupted.some(([chat, status, parts]) => chat === killedChat && status === 'claimed' && parts === 1), JSON.stringify(interrupted));

      b.send('tick 2026-01-10T01:05:00Z'); // A's claims might still be a live process's: B waits
      await b.waitFor(/^done /);
      assert.deepEqual((await statuses(store, 6)).filter(([, status]) => status !== 'sent'), interrupted);

      b.send('tick 2026-01-10T01:11:00Z'); // stale now: A is gone, B takes over
      await b.waitFor(/^done [1-9]/);
      b.send('tick 2026-01-10T01:12:00Z');
      await b.waitFor(/^done 0$/);
      b.go();
      await b.exited;

      // Every chat got parts 1, 2, 3, in order; the only repeat is the part in flight at the kill.
      const posted = fs.readFileSync(platformLog, 'utf8').trim().split('\n').map((l) => l.split(' '));
      const counts = new Map<string, number>();
      for (const [chat, , part] of posted) counts.set(`${chat} ${part}`, (counts.get(`${chat} ${part}`) ?? 0) + 1);
      for (let i = 1; i <= 6; i += 1) {
        const parts = posted.filter(([chat]) => chat === `chat-${i}`).map(([, , part]) => Number(part));
        const expected = `chat-${i}` === killedChat ? [1, 2, 2, 3] : [1, 2, 3];
        assert.deepEqual(parts, expected, `chat-${i}: ${JSON.stringify(posted)}`);
      }
      assert.deepEqual([...counts].filter(([, n]) => n > 1).map(([key]) => key), [`${killedChat} 2`]);
      assert.deepEqual(await statuses(store, 6), Array.from({ length: 6 }, (_, i) => [`chat-${i + 1}`, 'sent', 3]));
      const subscription = await store.getSubscription({ platform: 'telegram', chatId: killedChat as string });
      assert.equal((await store.getSend(subscription!.id, '2026-01-10'))?.attempts, 2);
    });

    it('SIGKILL while the platform has not answered: nothing is lost, and a restart still delivers that day', async () => {
      const { store, reopen, child } = await kind.fresh();
      await seed(store, 1);
      const c = spawnTickChild({ store: child, now: '2026-01-10T01:00:00Z', mode: 'block' });
      await c.waitFor(/^ready$/);
      c.go();
      await c.waitFor(/^claimed chat-1$/); // the claim is committed, the platform has not answered
      c.kill('SIGKILL');
      assert.equal((await c.exited).signal, 'SIGKILL');

      const restartedStore = await reopen();
      assert.equal((await restartedStore.getSubscription({ platform: 'telegram', chatId: 'chat-1' }))?.active, true);
      assert.equal((await restartedStore.getSend(1, '2026-01-10'))?.status, 'claimed');

      const sink = recordingSink();
      const restarted = schedulerOver(restartedStore, [sink], { staleClaimMinutes: 10 });
      await restarted.tick(at('2026-01-10T01:05:00Z')); // the claim may still be a live process's: wait
      assert.equal(sink.deliveries.length, 0);
      await restarted.tick(at('2026-01-10T01:11:00Z')); // stale: the process is gone
      await restarted.tick(at('2026-01-10T01:30:00Z'));
      assert.deepEqual(sink.deliveries, [{ chatId: 'chat-1', date: '2026-01-10' }]);
      const send = await restartedStore.getSend(1, '2026-01-10');
      assert.deepEqual([send?.status, send?.attempts], ['sent', 2]);
    });
  });
}
