/**
 * End to end over 127.0.0.1: real telegraf (long polling) against the
 * extended telegram-test-api emulator, the real core and the real digest.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Outcome } from '../../../src/app/contracts.js';
import { messages, paragraphHeading } from '../../../src/adapters/shared/messages.js';
import { escapeHtml } from '../../../src/adapters/telegram/html.js';
import { BOT, TOKEN, botMessage, groupChat, privateChat, text, user } from '../../fakes/telegram-server.js';
import { type Harness, startHarness } from './harness.js';
import { checkTelegramHtml, visibleText } from './telegram-html.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';
/** Answers in this chat are padded with report paragraphs to over 5,000 characters (the real answers are short). */
const LONG_CHAT = 5000;

function assertTelegramHtml(html: string): void {
  assert.ok(html.length <= 4096, `part of ${html.length} characters`);
  assert.deepEqual(checkTelegramHtml(html).problems, [], html.slice(0, 300));
  for (const tag of checkTelegramHtml(html).tags) assert.ok(['b', 'i', 'blockquote'].includes(tag), `unexpected <${tag}>`);
}

describe('Telegram bot over long polling', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({
      questions: (real) => ({
        ...real,
        source: (n) => real.source(n),
        async ask(asker, question): Promise<Outcome> {
          const outcome = await real.ask(asker, question);
          if (asker.chatId !== String(LONG_CHAT) || outcome.kind !== 'answer') return outcome;
          const filler = h.core.paragraphs.map((p) => ({ text: p.text, document: p.document, title: p.title, paragraph: p.number }));
          const sentences = [...outcome.sentences, ...filler, ...filler].slice(0, 40);
          return { ...outcome, sentences, answer: sentences.map((s) => s.text).join('') };
        },
      }),
    });
  });
  after(() => h.close());

  it('registers its commands in Chinese and English', () => {
    const calls = h.fake.callsOf('setMyCommands');
    assert.equal(calls.length, 2);
    assert.equal(calls[0]?.body.language_code, 'zh');
    assert.equal(calls[1]?.body.language_code, undefined);
    assert.ok(JSON.stringify(calls[0]?.body.commands).includes('ask'));
  });

  it('answers a question in a private chat with quotes, ¶N citations and a button per citation, replying to it', async () => {
    const chat = privateChat(101);
    const asked = await h.fake.send(text(chat, user(101), QUESTION));
    const [reply] = await h.fake.waitForMessages(chat.id);
    assert.ok(reply);
    assert.equal(reply.parseMode, 'HTML');
    assert.equal(reply.replyTo, asked);
    assertTelegramHtml(reply.text);
    assert.match(reply.text, /1\.2万亿元/);
    assert.match(reply.text, /<b>[^<]+ ¶\d+( · [^<]+)?<\/b>\n<blockquote expandable>[^<]+<\/blockquote>/);
    // A button per citation, then 👍/👎 (the harness logs questions).
    assert.ok(reply.buttons.length > 2 && reply.buttons.slice(0, -2).every((b) => new RegExp(`^src:${h.core.documents[0]?.key}:\\d+$`).test(b.callback_data)));
    assert.deepEqual(reply.buttons.slice(-2).map((b) => b.text), ['👍', '👎']);
    assert.ok(h.fake.callsOf('sendChatAction').some((c) => c.body.chat_id === chat.id && c.body.action === 'typing'));
  });

  it('opens an answer to a counting question with the number asked, in bold, and bolds it inside the quote', async () => {
    const chat = privateChat(141);
    await h.fake.send(text(chat, user(141), '国内企业推出了多少款人形机器人？'));
    const [reply] = await h.fake.waitForMessages(chat.id);
    assertTelegramHtml(reply?.text ?? '');
    assert.ok(reply?.text.startsWith('<b>300多款</b>'), reply?.text.slice(0, 80));
    assert.match(reply?.text ?? '', /国内企业推出<b>300多款<\/b>人形机器人/);
  });

  it('shows the whole paragraph when a citation button is pressed', async () => {
    const chat = privateChat(102);
    const from = user(102);
    await h.fake.send(text(chat, from, QUESTION));
    const [reply] = await h.fake.waitForMessages(chat.id);
    const button = reply?.buttons[0];
    assert.ok(reply && button);
    const n = Number(button.callback_data.split(':').at(-1));
    const paragraph = h.core.paragraphs.find((p) => p.number === n);
    assert.ok(paragraph);
    const before = h.fake.callsOf('answerCallbackQuery').length;
    await h.fake.press(button.callback_data, from, reply, chat);
    await waitUntil(() => h.fake.callsOf('answerCallbackQuery').length > before);
    const answered = h.fake.callsOf('answerCallbackQuery').at(-1)?.body;
    if (answered?.show_alert === true) {
      assert.ok(String(answered.text).includes(paragraph.text), 'a short paragraph fits the alert');
    } else {
      const [shown] = await h.fake.waitForMessages(chat.id, 1, { after: 1 });
      assert.ok(shown);
      assertTelegramHtml(shown.text);
      assert.ok(visibleText(shown.text).includes(paragraph.text), 'a long paragraph comes as a message');
    }
  });

  it('in a group, ignores chatter, and answers a mention, /ask, /ask@bot and a reply to the bot', async () => {
    const chat = groupChat(-1001);
    const from = user(201);
    await h.fake.send(text(chat, from, `大家好，${QUESTION}`));
    const viaMention = await h.fake.send(text(chat, from, `@${BOT.username} ${QUESTION}`));
    const [first] = await h.fake.waitForMessages(chat.id, 1);
    assert.equal(first?.replyTo, viaMention, 'the chatter before it got nothing');
    assert.match(first?.text ?? '', /¶\d+/);

    const viaAsk = await h.fake.send(text(chat, from, `/ask ${QUESTION}`));
    const [second] = await h.fake.waitForMessages(chat.id, 1, { after: 1 });
    assert.equal(second?.replyTo, viaAsk);

    const viaAskAt = await h.fake.send(text(chat, from, `/ask@${BOT.username} ${QUESTION}`));
    const [third] = await h.fake.waitForMessages(chat.id, 1, { after: 2 });
    assert.equal(third?.replyTo, viaAskAt);

    assert.ok(third);
    const viaReply = await h.fake.send(text(chat, from, QUESTION, { reply_to_message: botMessage(third, chat) }));
    const [fourth] = await h.fake.waitForMessages(chat.id, 1, { after: 3 });
    assert.equal(fourth?.replyTo, viaReply);
    assert.match(fourth?.text ?? '', /¶\d+/);

    await h.fake.send(text(chat, from, '/ask@SomeOtherBot 你好'));
    await h.fake.send({ chat, from, sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } });
    const marker = await h.fake.send(text(chat, from, '/source@TestNameBot 1'));
    const rest = await h.fake.waitForMessages(chat.id, 1, { after: 4 });
    assert.deepEqual(rest.map((m) => m.replyTo), [marker], 'another bot’s command and an unaddressed sticker got nothing');
  });

  it('/source 3 shows paragraph 3 whole, under its heading', async () => {
    const chat = privateChat(103);
    await h.fake.send(text(chat, user(103), '/source 3'));
    const [reply] = await h.fake.waitForMessages(chat.id);
    const paragraph = h.core.paragraphs.find((p) => p.number === 3);
    assert.ok(reply && paragraph);
    assertTelegramHtml(reply.text);
    assert.ok(visibleText(reply.text).startsWith(paragraphHeading(paragraph)));
    assert.ok(visibleText(reply.text).includes(paragraph.text));
  });

  it('renders injection attempts as text', async () => {
    const chat = privateChat(104);
    const from = user(104);
    const evil = '<b>x</b></blockquote>&<a href="x">y</a>';
    await h.fake.send(text(chat, from, `${QUESTION}${evil}`));
    const [answer] = await h.fake.waitForMessages(chat.id);
    assert.ok(answer);
    assertTelegramHtml(answer.text);
    await h.fake.send(text(chat, from, `/subscribe 09:00 ${evil}`));
    const [refusal] = await h.fake.waitForMessages(chat.id, 1, { after: 1 });
    assert.ok(refusal);
    assertTelegramHtml(refusal.text);
    assert.ok(visibleText(refusal.text).includes(evil), refusal.text);
    assert.ok(refusal.text.includes(escapeHtml(evil)));
  });

  it('splits a 5,000-character reply into parts of at most 4096, each valid HTML, buttons under the last', async () => {
    const chat = privateChat(LONG_CHAT);
    await h.fake.send(text(chat, user(LONG_CHAT), QUESTION));
    const parts = await h.fake.waitForMessages(chat.id, 2);
    await waitUntil(() => h.fake.sent(chat.id).some((m) => m.buttons.length > 0));
    const all = h.fake.sent(chat.id);
    assert.ok(all.map((m) => visibleText(m.text)).join('').length > 5000);
    for (const part of all) assertTelegramHtml(part.text);
    assert.ok(parts.length >= 2);
    assert.ok(all.at(-1)?.buttons.length, 'buttons under the last part');
    assert.deepEqual(all.slice(0, -1).map((m) => m.buttons.length), all.slice(0, -1).map(() => 0));
  });

  it('waits out a 429 (retry_after) and still delivers the reply', async () => {
    const chat = privateChat(105);
    h.fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    await h.fake.send(text(chat, user(105), QUESTION));
    const [reply] = await h.fake.waitForMessages(chat.id, 1, { timeoutMs: 15_000 });
    assert.match(reply?.text ?? '', /¶\d+/);
    assert.ok(Date.now() - started >= 1000, 'waited retry_after');
    assert.ok(h.fake.callsOf('sendMessage').filter((c) => c.body.chat_id === chat.id).length >= 2);
  });

  it('answers bad input with a short clear message and keeps serving', async () => {
    const chat = privateChat(106);
    const from = user(106, 'en');
    const sticker = { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false };
    const inputs: [Record<string, unknown>, string][] = [
      [text(chat, from, '/ask'), messages.emptyQuestion('zh')],
      [text(chat, from, 'AI '.repeat(3400)), messages.tooLong('en', 1000)],
      [{ chat, from, sticker }, messages.notText('en')],
      [{ chat, from, photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] }, messages.notText('en')],
      [text(chat, from, '/frobnicate'), messages.unknownCommand('en')],
      [text(chat, from, '/source abc'), 'Please give a paragraph number, e.g. /source 3'],
      [text(chat, from, '/source 99999'), `No such paragraph: report.txt has ¶1–¶${h.core.paragraphs.length}.`],
      [text(chat, from, '/source nothing.pdf#2'), `No document is called "nothing.pdf". For example: /source report.txt#3\nDocuments:\n• report.txt#1–${h.core.paragraphs.length} — ${h.core.documents[0]?.title}`],
      [text(chat, from, '/source'), 'Please give a paragraph number, e.g. /source 3'],
      [text(chat, from, '*_`[x](http://e.com) @everyone'), ''],
    ];
    for (const [index, [message, expected]] of inputs.entries()) {
      await h.fake.send(message as never);
      const [reply] = await h.fake.waitForMessages(chat.id, 1, { after: index });
      assert.ok(reply);
      assertTelegramHtml(reply.text);
      if (expected !== '') assert.equal(visibleText(reply.text), expected);
    }
    await h.fake.send(text(chat, from, QUESTION));
    const [still] = await h.fake.waitForMessages(chat.id, 1, { after: inputs.length });
    assert.match(still?.text ?? '', /¶\d+/);
  });

  it('never logs the token, and logged no failure along the way', () => {
    assert.ok(h.logs().length > 0);
    assert.deepEqual(h.logs().filter((line) => Number(line.level) >= 50), []);
    assert.ok(!h.logText().includes(TOKEN));
    assert.ok(!h.logText().includes(TOKEN.split(':')[1] ?? TOKEN));
  });
});

describe('Telegram bot under a burst of questions', () => {
  it('answers a user over the rate limit with a friendly "please wait", in the question language', async () => {
    const h = await startHarness({ questionsPerWindow: 2 });
    try {
      const chat = privateChat(601);
      for (const question of [QUESTION, QUESTION, 'How big was the core AI industry in 2025?']) await h.fake.send(text(chat, user(601), question));
      const replies = await h.fake.waitForMessages(chat.id, 3);
      const waits = replies.filter((r) => /^You're asking a lot at once — please wait \d+ s and try again\.$/.test(visibleText(r.text)));
      assert.equal(waits.length, 1);
    } finally {
      await h.close();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
