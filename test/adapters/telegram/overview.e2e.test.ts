/**
 * What people ask first, end to end over the Telegram emulator: an overview
 * request gets the headlines with their key sentences quoted and citation
 * buttons; a greeting gets one friendly line.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { messages } from '../../../src/adapters/shared/messages.js';
import { privateChat, text, user } from '../../fakes/telegram-server.js';
import { type Harness, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

describe('Telegram: overview and greeting (real core, emulator)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('“这份报告讲了什么？” gets each headline with its key sentences quoted, ¶N and a button per cited paragraph', async () => {
    const chat = privateChat(601);
    const asked = await h.fake.send(text(chat, user(601), '这份报告讲了什么？'));
    const [reply] = await h.fake.waitForMessages(chat.id);
    assert.ok(reply);
    assert.equal(reply.replyTo, asked);
    assert.equal(reply.parseMode, 'HTML');
    assert.deepEqual(checkTelegramHtml(reply.text).problems, []);
    assert.ok(reply.text.startsWith(`<b>${messages.overviewIntro('zh')}</b>`));
    const quotes = [...reply.text.matchAll(/<blockquote>([^<]+) ¶(\d+)<\/blockquote>/g)];
    assert.ok(quotes.length >= 3, `${quotes.length} quoted sentences`);
    for (const [, sentence, n] of quotes) assert.ok(h.core.paragraphs[Number(n) - 1]?.text.includes(sentence ?? '—'), `¶${n} holds it verbatim`);
    const headlines = new Set(quotes.map(([, , n]) => h.core.paragraphs[Number(n) - 1]?.headline));
    assert.ok(headlines.size >= 2);
    for (const headline of headlines) assert.ok(visibleText(reply.text).includes(headline ?? '—'), 'each headline is shown');
    const cited = new Set(quotes.map(([, , n]) => `src:${h.core.documents[0]?.key}:${n}`));
    assert.deepEqual(new Set(reply.buttons.map((b) => b.callback_data)), cited);
  });

  it('“thanks!” gets one friendly line in English, no buttons', async () => {
    const chat = privateChat(602);
    await h.fake.send(text(chat, user(602, 'en'), 'thanks!'));
    const [reply] = await h.fake.waitForMessages(chat.id);
    assert.equal(visibleText(reply?.text ?? ''), messages.greeting('en', 'thanks'));
    assert.deepEqual(reply?.buttons, []);
  });
});
