/**
 * Long polling starts even when Telegram is briefly unreachable at start-up:
 * a failed getMe or deleteWebhook (connection reset, 502) used to end polling
 * for good while the process stayed up. Now each failure is one log line and
 * the start is tried again with backoff; stop() still works while waiting.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { privateChat, text, user } from '../../fakes/telegram-server.js';
import { type Harness, startHarness } from './harness.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';
const couldNotStart = (h: Harness): Record<string, unknown>[] => h.logs().filter((l) => typeof l.msg === 'string' && l.msg.startsWith('Telegram polling could not start'));

async function answers(h: Harness, id: number): Promise<void> {
  const chat = privateChat(id);
  await h.fake.send(text(chat, user(id), QUESTION));
  const [reply] = await h.fake.waitForMessages(chat.id, 1, { timeoutMs: 30_000 });
  assert.match(reply?.text ?? '', /¶\d+/);
}

describe('Telegram polling start-up', () => {
  it('polls after deleteWebhook fails with connection resets (more than one call absorbs), with one clear log line', async () => {
    // Four resets: every attempt of the first deleteWebhook call (resets are sent again up to 4 times), so launch() itself fails.
    const h = await startHarness({ beforeStart: (fake) => fake.failNext('deleteWebhook', { reset: true }, 4), options: { launchRetryBaseMs: 200 } });
    try {
      await answers(h, 601);
      assert.equal(h.fake.callsOf('deleteWebhook').length, 5);
      const lines = couldNotStart(h);
      assert.equal(lines.length, 1, JSON.stringify(lines));
      assert.equal(lines[0]?.level, 40, 'a warning');
      assert.match(String(lines[0]?.msg), /^Telegram polling could not start \((ECONNRESET|.*socket hang up.*)\) — trying again in 0\.2 s$/);
      assert.ok(!h.logText().includes('Telegram polling stopped'));
    } finally {
      await h.close();
    }
  });

  it('starts after a 502 on getMe and on deleteWebhook, backing off between tries', async () => {
    const h = await startHarness({
      beforeStart: (fake) => {
        fake.failNext('getMe', { status: 502 });
        fake.failNext('deleteWebhook', { status: 502 }, 2);
      },
      options: { launchRetryBaseMs: 200 },
    });
    try {
      await answers(h, 602);
      assert.ok(h.logs().some((l) => l.msg === 'Telegram getMe failed at start (502 Bad Gateway) — trying again in 0.2 s'));
      const lines = couldNotStart(h).map((l) => [l.msg, l.retryInMs]);
      assert.deepEqual(lines, [
        ['Telegram polling could not start (502 Bad Gateway) — trying again in 0.2 s', 200],
        ['Telegram polling could not start (502 Bad Gateway) — trying again in 0.4 s', 400],
      ]);
      const [first, second, third] = h.fake.callsOf('deleteWebhook').map((c) => c.at);
      assert.ok((second as number) - (first as number) >= 180 && (third as number) - (second as number) >= 380, 'waits grow');
    } finally {
      await h.close();
    }
  });

  it('stop() ends the retrying at once', async () => {
    const h = await startHarness({ beforeStart: (fake) => fake.failNext('deleteWebhook', { status: 503 }, 1_000), options: { launchRetryBaseMs: 10_000 } });
    const stopping = Date.now();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(couldNotStart(h).length, 1);
    } finally {
      await h.close();
    }
    assert.ok(Date.now() - stopping < 5_000, `stopped after ${Date.now() - stopping} ms`);
    const calls = h.fake.callsOf('deleteWebhook').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(h.fake.callsOf('deleteWebhook').length, calls, 'no try after stop');
  });
});
