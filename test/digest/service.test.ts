import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type SubscribeResult } from '../../src/app/contracts.js';
import { createDigest, type Digest } from '../../src/digest/index.js';
import { loadTestCore } from '../helpers/core.js';
import { at, logger, recordingSink, tempDir } from './helpers.js';

const temp = tempDir();
let now = at('2026-01-10T00:30:00Z'); // 08:30 in Shanghai
let digest: Digest;
let n = 0;

before(async () => {
  const core = await loadTestCore();
  digest = await createDigest({ core, config: { databasePath: path.join(temp.dir, 'service.db'), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 }, logger, clock: () => now });
});
after(async () => {
  await digest.close();
  temp.remove();
});

const chat = (): string => `chat-${(n += 1)}`;
const subscribe = async (chatId: string, time: string, timezone?: string): Promise<SubscribeResult> =>
  await digest.service.subscribe({ platform: 'telegram', chatId, time, ...(timezone === undefined ? {} : { timezone }) });

describe('subscribe', () => {
  it('refuses times outside 00:00–23:59 with the value and an example', async () => {
    for (const bad of ['24:00', '9:60', 'nine', '', '12', '12:5', '-1:00', '12:00:00']) {
      assert.deepEqual(await subscribe(chat(), bad), { kind: 'invalid_time', value: bad, example: '09:00' });
    }
  });

  it('accepts H:MM and full-width digits, stored as HH:MM', async () => {
    assert.equal((await subscribe(chat(), '9:05') as { time: string }).time, '09:05');
    assert.equal((await subscribe(chat(), '２３：５９') as { time: string }).time, '23:59');
    assert.equal((await subscribe(chat(), '00:00') as { time: string }).time, '00:00');
  });

  it('refuses unknown zones, uses the configured default, and canonicalises names', async () => {
    for (const bad of ['Mars/Olympus', 'UTC+8', 'Beijing']) {
      assert.deepEqual(await subscribe(chat(), '09:00', bad), { kind: 'invalid_timezone', value: bad, example: 'Asia/Shanghai' });
    }
    assert.equal((await subscribe(chat(), '09:00') as { timezone: string }).timezone, 'Asia/Shanghai');
    assert.equal((await subscribe(chat(), '09:00', '  ') as { timezone: string }).timezone, 'Asia/Shanghai');
    assert.equal((await subscribe(chat(), '09:00', 'europe/berlin') as { timezone: string }).timezone, 'Europe/Berlin');
  });

  it('returns the next run time in the zone', async () => {
    now = at('2026-01-10T00:30:00Z');
    const result = await subscribe(chat(), '09:00', 'Asia/Shanghai');
    assert.equal(result.kind === 'subscribed' && result.nextRunAt.toISOString(), '2026-01-10T01:00:00.000Z');
    const later = await subscribe(chat(), '08:00', 'Asia/Shanghai'); // 08:00 has passed today
    assert.equal(later.kind === 'subscribed' && later.nextRunAt.toISOString(), '2026-01-11T00:00:00.000Z');
    const ny = await subscribe(chat(), '02:30', 'America/New_York');
    assert.equal(ny.kind === 'subscribed' && ny.nextRunAt.toISOString(), '2026-01-10T07:30:00.000Z');
  });

  it('updates the one subscription of a chat when called again', async () => {
    now = at('2026-01-10T00:30:00Z');
    const id = chat();
    assert.equal((await subscribe(id, '09:00')).kind, 'subscribed');
    const updated = await subscribe(id, '10:15', 'Asia/Tokyo');
    assert.deepEqual(updated.kind === 'updated' && [updated.time, updated.timezone, updated.nextRunAt.toISOString()], ['10:15', 'Asia/Tokyo', '2026-01-10T01:15:00.000Z']);

    const sink = recordingSink();
    await digest.scheduler([sink]).tick(at('2026-01-10T01:15:00Z'));
    assert.deepEqual(sink.deliveries.filter((d) => d.chatId === id), [{ chatId: id, date: '2026-01-10' }], 'one summary, at the new time');
  });

  it('gives tomorrow as the next run when today is already sent', async () => {
    now = at('2026-01-10T00:30:00Z');
    const id = chat();
    await subscribe(id, '09:00');
    await digest.scheduler([recordingSink()]).tick(at('2026-01-10T01:00:00Z'));
    now = at('2026-01-10T01:30:00Z');
    const moved = await subscribe(id, '11:00'); // later today, but today's summary is out
    assert.equal(moved.kind === 'updated' && moved.nextRunAt.toISOString(), '2026-01-11T03:00:00.000Z');
  });
});

describe('unsubscribe', () => {
  it('stops the summaries, says so once, and a new subscribe counts as new', async () => {
    now = at('2026-01-10T00:00:00Z');
    const id = chat();
    await subscribe(id, '09:00');
    assert.deepEqual(await digest.service.unsubscribe('telegram', id), { kind: 'unsubscribed' });
    assert.deepEqual(await digest.service.unsubscribe('telegram', id), { kind: 'not_subscribed' });
    assert.deepEqual(await digest.service.unsubscribe('discord', id), { kind: 'not_subscribed' });

    const sink = recordingSink();
    await digest.scheduler([sink]).tick(at('2026-01-10T01:00:00Z'));
    assert.equal(sink.deliveries.filter((d) => d.chatId === id).length, 0);
    assert.equal((await subscribe(id, '09:00')).kind, 'subscribed');
  });
});
