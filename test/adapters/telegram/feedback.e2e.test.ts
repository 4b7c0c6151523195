/**
 * /help examples, decline suggestions and 👍/👎 end to end over 127.0.0.1:
 * real telegraf (long polling) against the extended telegram-test-api
 * emulator, the real core and the real digest (SQLite).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { messages } from '../../../src/adapters/shared/messages.js';
import { escapeHtml } from '../../../src/adapters/telegram/html.js';
import { privateChat, text, user } from '../../fakes/telegram-server.js';
import { loadTestCore } from '../../helpers/core.js';
import { type Harness, startHarness } from './harness.js';
import { visibleText } from './telegram-html.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Telegram: help examples, decline suggestions, 👍/👎', () => {
  let h: Harness;
  before(async () => {
    // As at start-up (main.ts): examples are computed once, before the bot takes updates.
    const core = await loadTestCore();
    await Promise.all([core.examples('zh'), core.examples('en')]);
    h = await startHarness();
  });
  after(() => h.close());

  for (const [language, code] of [['zh', 'zh-hans'], ['en', 'en']] as const) {
    it(`/help (${language}) lists the example questions the core answers, each as /ask`, async () => {
      const chat = privateChat(language === 'zh' ? 301 : 302);
      await h.fake.send(text(chat, user(chat.id, code), '/help'));
      const [reply] = await h.fake.waitForMessages(chat.id);
      const examples = (await h.core.examples(language)).map((e) => e.question);
      assert.ok(examples.length >= 2);
      assert.equal(visibleText(reply?.text ?? ''), messages.help(language, examples));
      for (const example of examples) assert.ok(reply?.text.includes(`/ask ${escapeHtml(example)}`));
    });
  }

  it('a decline says the documents do not say and names the nearest headlines; it has no vote buttons', async () => {
    const chat = privateChat(303);
    await h.fake.send(text(chat, user(303, 'zh-hans'), '今年的GDP增长目标是多少？'));
    const [reply] = await h.fake.waitForMessages(chat.id);
    const shown = visibleText(reply?.text ?? '');
    assert.match(shown, /^文件里没有说到这一点。/);
    const headlines = new Set(h.core.paragraphs.map((p) => p.headline));
    const named = [...shown.matchAll(/「([^」]+)」/g)].map((m) => m[1]);
    assert.ok(named.length > 0 && named.every((n) => n !== undefined && headlines.has(n)), JSON.stringify(named));
    assert.deepEqual(reply?.buttons, []);
  });

  it('👍/👎 under an answer: one vote per user (pressing again changes it), answered with a toast, shown as a gap', async () => {
    const chat = privateChat(304);
    const alice = user(304, 'zh-hans');
    await h.fake.send(text(chat, alice, QUESTION));
    const [answer] = await h.fake.waitForMessages(chat.id);
    assert.ok(answer);
    const up = answer.buttons.find((b) => b.text === '👍');
    const down = answer.buttons.find((b) => b.text === '👎');
    assert.ok(up && down, JSON.stringify(answer.buttons));
    assert.match(down.callback_data, /^vote:down:\d+$/);
    for (const button of answer.buttons) assert.ok(Buffer.byteLength(button.callback_data) <= 64);

    const toast = async (data: string, from = alice): Promise<Record<string, unknown> | undefined> => {
      const before = h.fake.callsOf('answerCallbackQuery').length;
      await h.fake.press(data, from, answer, chat);
      await waitUntil(() => h.fake.callsOf('answerCallbackQuery').length > before);
      return h.fake.callsOf('answerCallbackQuery').at(-1)?.body;
    };
    assert.equal((await toast(down.callback_data))?.text, messages.voted('zh', 'recorded', 'down'));
    assert.equal((await toast(down.callback_data))?.text, messages.voted('zh', 'unchanged', 'down'));
    assert.equal((await toast(up.callback_data))?.text, messages.voted('zh', 'changed', 'up'));
    assert.equal((await toast(down.callback_data))?.text, messages.voted('zh', 'changed', 'down'));
    assert.equal((await toast('vote:down:999999'))?.text, messages.voted('zh', 'unknown', 'down'), 'no such answer in this chat');
    assert.equal(h.fake.sent(chat.id).length, 1, 'votes post nothing in the chat');

    const gaps = await h.digest.gaps(new Date(0), new Date(Date.now() + 60_000));
    const wrong = gaps.wrong.find((w) => w.question === QUESTION);
    assert.deepEqual(wrong && [wrong.down, wrong.up], [1, 0]);
    h.clock.now = new Date();
    const summary = await h.digest.service.summaryFor('telegram', String(chat.id));
    assert.deepEqual(summary.sections.find((s) => s.kind === 'wrong')?.items.map((i) => [i.question, i.votesDown]), [[QUESTION, 1]]);
  });
});
