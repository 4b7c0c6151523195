/**
 * Polling survives Telegram's failures (5xx, 429, a getUpdates that never
 * answers), and stop() finishes the answers in flight before resolving.
 * telegraf waits 5 s after a failed poll, so this file takes ~15 s.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Outcome } from '../../../src/app/contracts.js';
import { privateChat, text, user } from '../../fakes/telegram-server.js';
import { startHarness } from './harness.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';

describe('Telegram polling under failure', () => {
  it('keeps polling through a 502, a 429 and a getUpdates that never answers, then answers the next question', async () => {
    const h = await startHarness();
    try {
      const chat = privateChat(501);
      const polls = (): number => h.fake.callsOf('getUpdates').length;
      const start = polls();
      h.fake.failNext('getUpdates', { status: 502 });
      h.fake.failNext('getUpdates', { status: 429, retryAfter: 1 });
      // Longer than the poll deadline (1 s timeout + 1.5 s grace): the bot gives up on it and polls again.
      h.fake.failNext('getUpdates', { stallMs: 30_000 });
      await waitUntil(() => polls() >= start + 4, 20_000);
      await h.fake.send(text(chat, user(501), QUESTION));
      const [reply] = await h.fake.waitForMessages(chat.id, 1, { timeoutMs: 15_000 });
      assert.match(reply?.text ?? '', /¶\d+/);
      assert.ok(h.logs().some((line) => line.msg === 'Telegram getUpdates got no answer in time: polling again'));
    } finally {
      await h.close();
    }
  });

  it('stop() stops taking updates and finishes the answer in flight before resolving', async () => {
    let started!: () => void;
    const asked = new Promise<void>((resolve) => (started = resolve));
    const h = await startHarness({
      questions: (real) => ({
        ...real,
        source: (n) => real.source(n),
        async ask(asker, question): Promise<Outcome> {
          started();
          await new Promise((resolve) => setTimeout(resolve, 700));
          return real.ask(asker, question);
        },
      }),
    });
    const chat = privateChat(502);
    try {
      await h.fake.send(text(chat, user(502), QUESTION));
      await asked;
      const pollsBefore = h.fake.callsOf('getUpdates').length;
      await h.adapter.stop();
      assert.equal(h.fake.sent(chat.id).length, 1, 'the answer in flight was delivered before stop() resolved');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // One more getUpdates at most: telegraf confirms the offset when polling ends.
      assert.ok(h.fake.callsOf('getUpdates').length <= pollsBefore + 1);
    } finally {
      await h.close();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
