/**
 * Webhook mode scaled out: two bot instances (two telegraf bots, each its own
 * webhook server and question service, over one core and one database)
 * behind one public URL. The test plays the reverse proxy, handing updates of
 * one chat alternately to either instance, concurrently: every question is
 * answered exactly once, a citation button pressed on one instance's answer
 * works on the other, and a wrong secret gets 401 from both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createQuestionService } from '../../../src/app/question-service.js';
import { startTelegram, type TelegramAdapter } from '../../../src/adapters/telegram/index.js';
import { paragraphPlainText } from '../../../src/adapters/telegram/render.js';
import { paragraphLabel } from '../../../src/adapters/shared/messages.js';
import { type ReportCore } from '../../../src/core/core.js';
import { createDigest, type Digest } from '../../../src/digest/index.js';
import { silentLogger } from '../../../src/logger.js';
import { FakeTelegram, freePort, privateChat, text, TOKEN, user } from '../../fakes/telegram-server.js';
import { loadTestCore } from '../../helpers/core.js';

const PUBLIC_URL = 'https://bot.example.org/telegram-hook';
const SECRET = 'shared-secret_42';

const QUESTIONS = [
  '2025年人工智能核心产业规模有多大？',
  '“人工智能+制造”被怎样形容？',
  'What is the best pizza topping in Naples?',
  '抓载体要建设什么样的园区？',
  '/source 3',
  'How big was the core AI industry in 2025?',
  '优必选计划在2026年实现多少人形机器人产能？',
  '/ask 2025年人工智能核心产业规模有多大？',
];

describe('Telegram webhook: two stateless instances behind one URL', () => {
  let fake: FakeTelegram;
  let core: ReportCore;
  let dir: string;
  const digests: Digest[] = [];
  const instances: { adapter: TelegramAdapter; url: string }[] = [];

  before(async () => {
    fake = await FakeTelegram.start();
    core = await loadTestCore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telegram-instances-'));
    for (let i = 0; i < 2; i++) {
      // What each process would build for itself: its own services over the same documents and database.
      const logger = silentLogger();
      const digest = await createDigest({ core, config: { databasePath: path.join(dir, 'bot.db'), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 }, logger });
      digests.push(digest);
      const questions = createQuestionService({ core, limits: { questionsPerWindow: 1000, windowSeconds: 60, maxConcurrentAnswers: 4 }, logger, logQuestion: digest.logQuestion });
      const port = await freePort();
      const adapter = await startTelegram({
        questions,
        digest: digest.service,
        logger,
        config: { token: TOKEN, apiRoot: fake.apiRoot, webhookUrl: PUBLIC_URL, webhookSecret: SECRET, webhookPort: port },
        options: { webhookHost: '127.0.0.1', stopTimeoutMs: 5_000 },
      });
      instances.push({ adapter, url: `http://127.0.0.1:${port}/telegram-hook` });
    }
  });
  after(async () => {
    await Promise.all(instances.map((i) => i.adapter.stop()));
    await fake.stop();
    for (const digest of digests) {
      await digest.settled();
      await digest.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('both instances register the same public URL and secret', () => {
    const registrations = fake.callsOf('setWebhook').map((call) => [call.body.url, call.body.secret_token]);
    assert.deepEqual(registrations, [
      [PUBLIC_URL, SECRET],
      [PUBLIC_URL, SECRET],
    ]);
  });

  it('answers every update of one chat exactly once, whichever instance gets it', async () => {
    const chat = privateChat(8801);
    const from = user(8801);
    const deliveries: Promise<number>[] = [];
    const ids: number[] = [];
    QUESTIONS.forEach((question, n) => {
      // Round robin, all at once: consecutive updates of the chat land on different instances.
      deliveries.push(fake.deliverToWebhook(text(chat, from, question), SECRET, instances[n % 2]?.url));
      ids.push(fake.lastWebhookMessageId);
    });
    assert.deepEqual(await Promise.all(deliveries), QUESTIONS.map(() => 200));

    const deadline = Date.now() + 60_000;
    const answersTo = (id: number): number => fake.sent(chat.id).filter((m) => m.replyTo === id).length;
    while (ids.some((id) => answersTo(id) === 0)) {
      if (Date.now() > deadline) throw new Error(`unanswered: ${ids.filter((id) => answersTo(id) === 0).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Give a duplicate time to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(ids.map(answersTo), ids.map(() => 1), 'one answer per question');
    assert.equal(fake.sent(chat.id).filter((m) => m.replyTo === undefined).length, 0, 'no stray messages');
  });

  it("a citation button on one instance's answer is served by the other", async () => {
    const chat = privateChat(8802);
    const from = user(8802);
    assert.equal(await fake.deliverToWebhook(text(chat, from, '2025年人工智能核心产业规模有多大？'), SECRET, instances[0]?.url), 200);
    const [answer] = await fake.waitForMessages(chat.id, 1, { timeoutMs: 30_000 });
    const button = answer?.buttons[0];
    assert.ok(answer && button, 'the answer has citation buttons');
    const answered = fake.callsOf('answerCallbackQuery').length;
    assert.equal(await fake.deliverPressToWebhook(button.callback_data, from, answer, chat, SECRET, instances[1]?.url), 200);
    const deadline = Date.now() + 10_000;
    while (fake.callsOf('answerCallbackQuery').length === answered) {
      if (Date.now() > deadline) throw new Error('the press was not answered');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const call = fake.callsOf('answerCallbackQuery').at(-1);
    // The button names its paragraph as src:<document key>:<N>, labelled `title ¶N`.
    const paragraph = Number(/:(\d+)$/.exec(button.callback_data)?.[1]);
    const documentName = core.paragraphs.find((p) => p.number === paragraph)?.document ?? '';
    const source = core.source(`${documentName}#${paragraph}`);
    assert.equal(source.kind, 'paragraph');
    if (source.kind !== 'paragraph') return;
    const plain = paragraphPlainText(source.paragraph);
    // A short paragraph comes as an alert; a long one as its `title ¶N` plus a message.
    assert.equal(call?.body.text, plain.length <= 200 ? plain : paragraphLabel({ title: source.paragraph.title, paragraph }).slice(0, 200));
  });

  it('refuses a wrong or missing secret with 401 on both instances, and nothing is sent', async () => {
    const chat = privateChat(8803);
    for (const instance of instances) {
      assert.equal(await fake.deliverToWebhook(text(chat, user(8803), '/source 3'), 'wrong-secret', instance.url), 401);
      assert.equal(await fake.deliverToWebhook(text(chat, user(8803), '/source 3'), null, instance.url), 401);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(fake.sent(chat.id).length, 0);
  });
});
