/** Webhook mode end to end: the secret token is checked before any update reaches the bot. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { privateChat, text, user } from '../../fakes/telegram-server.js';
import { type Harness, startHarness } from './harness.js';
import { checkTelegramHtml } from './telegram-html.js';

describe('Telegram bot in webhook mode', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ webhook: true });
  });
  after(() => h.close());

  it('registers the webhook with its secret and does not poll', () => {
    assert.match(h.fake.webhook?.url ?? '', /^http:\/\/127\.0\.0\.1:\d+\/telegram-hook$/);
    assert.equal(h.fake.webhook?.secret, 'right-secret_123');
    assert.equal(h.fake.callsOf('getUpdates').length, 0);
  });

  it('rejects an update without the secret or with a wrong one (401), and the bot sends nothing', async () => {
    const chat = privateChat(301);
    assert.equal(await h.fake.deliverToWebhook(text(chat, user(301), '/source 3'), null), 401);
    assert.equal(await h.fake.deliverToWebhook(text(chat, user(301), '/source 3'), 'wrong-secret'), 401);
    assert.equal(await h.fake.deliverToWebhook(text(chat, user(301), '/source 3'), 'right-secret_1234'), 401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(h.fake.sent(chat.id).length, 0);
  });

  it('accepts an update with the right secret and answers it', async () => {
    const chat = privateChat(302);
    assert.equal(await h.fake.deliverToWebhook(text(chat, user(302), '2025年人工智能核心产业规模有多大？')), 200);
    const [reply] = await h.fake.waitForMessages(chat.id);
    assert.match(reply?.text ?? '', /¶\d+/);
    assert.deepEqual(checkTelegramHtml(reply?.text ?? '').problems, []);
  });

  it('answers only POSTs on the webhook path', async () => {
    const url = new URL(h.fake.webhook?.url ?? '');
    const other = await fetch(new URL('/elsewhere', url), { method: 'POST', body: '{}' });
    assert.equal(other.status, 404);
    const get = await fetch(url);
    assert.equal(get.status, 404);
  });
});
