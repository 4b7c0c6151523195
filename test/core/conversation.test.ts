/**
 * What people say first: greetings and thanks, and requests for the gist of
 * the whole report — told apart from real questions that merely start alike.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type LoadedCore } from '../../src/core/bot.js';
import { tag } from '../../src/core/index/segmenter.js';
import { detectConversation, salutationOf } from '../../src/core/query/intent.js';
import { type OverviewReply } from '../../src/core/reply.js';
import { loadTestCore } from '../helpers/core.js';

const detect = (text: string): ReturnType<typeof detectConversation> => detectConversation(text, tag(text).map((t) => t.word));

describe('detecting greetings and overview requests', () => {
  for (const text of ['你好', '您好！', '谢谢😊', '谢谢你！！', '早上好~', 'hi', 'Hello!', 'hey there', 'thanks', 'Thank you so much!', 'good morning 👋', 'cheers', '再见', '拜拜~', 'bye', 'see you later', '好的', '收到', 'ok', 'got it', '你好机器人']) {
    it(`greeting: ${text}`, () => assert.equal(detect(text), 'greeting'));
  }
  for (const [text, salutation] of [['你好', 'hello'], ['谢谢😊', 'thanks'], ['ok thanks, bye', 'thanks'], ['再见', 'goodbye'], ['see you later', 'goodbye'], ['好的', 'ok'], ['got it', 'ok'], ['hey there', 'hello']] as const) {
    it(`answered in kind: ${text} → ${salutation}`, () => assert.equal(salutationOf(text), salutation));
  }
  // 机器人 may follow a greeting (你好机器人, "hello bot"), but alone it asks about robots.
  for (const text of ['机器人', '机器人？', '😀😀😀 机器人？', '啊']) {
    it(`not small talk: ${text}`, () => assert.notEqual(detect(text), 'greeting'));
  }
  for (const text of ['这份报告讲了什么？', '主要内容是什么', '总结一下', '要点', '给我讲讲这篇文章的要点', '报告的重点有哪些？', '这篇报道主要说了什么', 'What is this report about?', 'what is this about?', 'Summarize the report', 'summarise it please', 'Key points?', 'Give me an overview', 'TL;DR', 'What are the highlights?']) {
    it(`overview: ${text}`, () => assert.equal(detect(text), 'overview'));
  }
  for (const text of ['总结一下李乐成提到的三大亮点', '政府工作报告讲了什么', '这份报告是谁写的？', '介绍一下李乐成', '你好，李乐成是谁？', 'hi, who is the minister?', 'What are the key points of the government work report?', 'What does the report say about robots?', 'What did Li Lecheng say?', 'thanks, and how many robots were launched?']) {
    it(`a real question: ${text}`, () => assert.equal(detect(text), undefined));
  }
});

describe('answering greetings and overview requests with the real core', () => {
  let core: LoadedCore;
  before(async () => {
    core = (await loadTestCore()) as LoadedCore;
  });

  for (const question of ['这份报告讲了什么？', '总结一下', 'summarize the report', 'What is this report about?']) {
    it(`an overview, quoted verbatim and cited, spanning the articles: ${question}`, async () => {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'overview');
      const overview = reply as OverviewReply;
      assert.equal(overview.found, true);
      assert.equal(overview.language, /[a-z]/i.test(question) ? 'en' : 'zh');
      assert.ok(overview.citations.length >= 3, `${overview.citations.length} citations`);
      const headlines = new Set(overview.sections.map((s) => s.headline).filter((h) => h !== ''));
      assert.ok(headlines.size >= 2, `${headlines.size} headlines`);
      for (const section of overview.sections) {
        for (const sentence of section.sentences) {
          const paragraph = core.paragraphs[sentence.paragraph - 1];
          assert.ok(paragraph?.text.includes(sentence.text), `¶${sentence.paragraph} holds “${sentence.text}”`);
          assert.equal(paragraph?.headline, section.headline, 'each sentence sits under its own headline');
          assert.ok(overview.citations.some((c) => c.paragraph === sentence.paragraph), `¶${sentence.paragraph} is cited`);
        }
      }
      for (const citation of overview.citations) assert.equal(citation.text, core.paragraphs[citation.paragraph - 1]?.text);
    });
  }

  it('a request about one topic is answered as a question, not with an overview', async () => {
    const reply = await core.ask('总结一下李乐成提到的三大亮点');
    assert.equal(reply.kind, 'answer');
    assert.ok(reply.kind === 'answer' && reply.answer.includes('三大亮点'));
  });

  for (const [text, language, salutation] of [['你好', 'zh', 'hello'], ['谢谢！', 'zh', 'thanks'], ['hi 👋', 'en', 'hello'], ['thanks', 'en', 'thanks'], ['再见', 'zh', 'goodbye'], ['ok', 'en', 'ok']] as const) {
    it(`greets back, not “the report doesn’t answer that”: ${text}`, async () => {
      const reply = await core.ask(text);
      assert.equal(reply.kind, 'greeting');
      assert.equal(reply.found, false);
      assert.equal(reply.language, language);
      assert.equal(reply.kind === 'greeting' && reply.salutation, salutation);
      assert.deepEqual(reply.citations, []);
    });
  }
});
