/**
 * Daily summaries through Telegram end to end: /subscribe, /unsubscribe and
 * /summary against the real digest (SQLite in a temp folder), a forced
 * scheduler tick delivering through the adapter's sink, and the sink's
 * reading of Telegram's errors.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { messages } from '../../../src/adapters/shared/messages.js';
import { groupChat, privateChat, text, user } from '../../fakes/telegram-server.js';
import { type Harness, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

function assertTelegramHtml(html: string): void {
  assert.ok(html.length <= 4096);
  assert.deepEqual(checkTelegramHtml(html).problems, [], html.slice(0, 300));
}

describe('Telegram daily summaries', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
    h.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  after(() => h.close());

  it('refuses /subscribe and /unsubscribe from a group member who is not an admin, politely', async () => {
    const chat = groupChat(-2001);
    await h.fake.send(text(chat, user(401), '/subscribe 09:00'));
    await h.fake.send(text(chat, user(401), '/unsubscribe'));
    const replies = await h.fake.waitForMessages(chat.id, 2);
    assert.deepEqual(replies.map((r) => visibleText(r.text)), [messages.adminsOnly('zh'), messages.adminsOnly('zh')]);
    assert.ok(h.fake.callsOf('getChatMember').some((c) => c.body.chat_id === chat.id && c.body.user_id === 401));
  });

  it('lets a group admin subscribe (then update the time) and a forced tick posts the summary there', async () => {
    const chat = groupChat(-2002);
    h.fake.members.set(`${chat.id}:402`, 'administrator');
    await h.fake.send(text(chat, user(402), '/subscribe 09:00'));
    await h.fake.send(text(chat, user(402), '/subscribe 09:00 Asia/Shanghai'));
    const replies = await h.fake.waitForMessages(chat.id, 2);
    assert.deepEqual(replies.map((r) => visibleText(r.text)), [messages.subscribed('zh', '09:00', 'Asia/Shanghai'), messages.subscriptionUpdated('zh', '09:00', 'Asia/Shanghai')]);

    const scheduler = h.digest.scheduler([h.adapter.sink]);
    const report = await scheduler.tick(new Date('2026-03-05T01:00:20Z'));
    assert.equal(report.delivered, 1);
    const summary = h.fake.sent(chat.id).slice(2);
    assert.ok(summary.length >= 1);
    summary.forEach((part) => assertTelegramHtml(part.text));
    assert.match(summary[0]?.text ?? '', /^<b>报告摘要 · 2026-03-05<\/b>/);
    assert.match(visibleText(summary.map((p) => p.text).join('\n')), /¶\d+/);
    assert.equal((await scheduler.tick(new Date('2026-03-05T01:05:00Z'))).delivered, 0, 'once a day');
    await scheduler.stop();
  });

  it('lets anyone subscribe a private chat, and explains a bad time or zone with an example', async () => {
    const chat = privateChat(403);
    const from = user(403, 'en');
    await h.fake.send(text(chat, from, '/subscribe 25:99'));
    await h.fake.send(text(chat, from, '/subscribe 08:30 Mars/Olympus'));
    await h.fake.send(text(chat, from, '/subscribe 08:30 Europe/Berlin'));
    await h.fake.send(text(chat, from, '/unsubscribe'));
    await h.fake.send(text(chat, from, '/unsubscribe'));
    const replies = (await h.fake.waitForMessages(chat.id, 5)).map((r) => visibleText(r.text));
    assert.match(replies[0] ?? '', /^"25:99" is not a valid time\. Use 24-hour HH:MM, e\.g\. \S+/);
    assert.match(replies[1] ?? '', /^"Mars\/Olympus" is not a time zone I know\. Use an IANA name, e\.g\. \S+/);
    assert.deepEqual(replies.slice(2), [messages.subscribed('en', '08:30', 'Europe/Berlin'), messages.unsubscribed('en'), messages.notSubscribed('en')]);
    assert.ok(!h.fake.callsOf('getChatMember').some((c) => c.body.chat_id === chat.id), 'no admin check in a private chat');
  });

  it('/summary posts the summary on demand, for anyone, in valid HTML', async () => {
    const chat = groupChat(-2003);
    await h.fake.send(text(chat, user(404), '/summary'));
    const parts = await h.fake.waitForMessages(chat.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const all = h.fake.sent(chat.id);
    assert.ok(all.length >= parts.length);
    all.forEach((part) => assertTelegramHtml(part.text));
    assert.match(all[0]?.text ?? '', /^<b>报告摘要 · /);
  });

  it('apologises when the digest fails, logs the update_id, and keeps serving', async () => {
    const broken = await startHarness({
      digest: (real) => ({ ...real, summaryFor: () => { throw new Error('database is locked'); } }),
    });
    try {
      const chat = privateChat(405);
      await broken.fake.send(text(chat, user(405), '/summary'));
      const [apology] = await broken.fake.waitForMessages(chat.id);
      assert.equal(visibleText(apology?.text ?? ''), messages.failed('zh'));
      const logged = broken.logs().find((line) => line.msg === 'Telegram update failed');
      assert.equal(typeof logged?.update_id, 'number');
      await broken.fake.send(text(chat, user(405), '/source 3'));
      const [next] = await broken.fake.waitForMessages(chat.id, 1, { after: 1 });
      assert.match(next?.text ?? '', /^<b>[^<]* ¶3( · |<)/);
    } finally {
      await broken.close();
    }
  });
});

describe('Telegram summary sink', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());
  const summary = { date: '2026-03-05', sections: [{ kind: 'keypoints' as const, title: '要点', items: [{ text: '推动人工智能产业发展。', document: 'report.txt', title: '', paragraph: 3 }] }] };

  it('delivers a summary as HTML parts', async () => {
    assert.deepEqual(await h.adapter.sink.deliver('-3001', summary), { kind: 'delivered' });
    const [part] = await h.fake.waitForMessages(-3001);
    assertTelegramHtml(part?.text ?? '');
  });

  it('reports a chat that kicked or blocked the bot (403) or no longer exists (400 chat not found) as gone', async () => {
    h.fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was kicked from the supergroup chat' });
    assert.equal((await h.adapter.sink.deliver('-3002', summary)).kind, 'gone');
    h.fake.failNext('sendMessage', { status: 400, description: 'Bad Request: chat not found' });
    assert.equal((await h.adapter.sink.deliver('-3003', summary)).kind, 'gone');
  });

  it('reports a long flood wait (429) as failed with retryAfterMs, and a 5xx as failed', async () => {
    h.fake.failNext('sendMessage', { status: 429, retryAfter: 120 });
    assert.deepEqual(await h.adapter.sink.deliver('-3004', summary), { kind: 'failed', detail: '429: Too Many Requests: retry after 120', retryAfterMs: 120_000 });
    h.fake.failNext('sendMessage', { status: 502 });
    assert.equal((await h.adapter.sink.deliver('-3005', summary)).kind, 'failed');
  });
});
