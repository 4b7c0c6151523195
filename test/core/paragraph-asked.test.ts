/**
 * Asking for a paragraph by its number, as people do once answers cite ¶N: looked up and quoted whole, in the
 * chat as /source does — not searched for and declined.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { renderOutcome as renderConsole } from '../../src/adapters/console/render.js';
import { messages, notAnswered } from '../../src/adapters/shared/messages.js';
import { type LoadedCore } from '../../src/core/bot.js';
import { paragraphAsked, paragraphNumber } from '../../src/core/query/paragraph-asked.js';
import { coreOverFixture, loadTestCore } from '../helpers/core.js';

describe('reading a paragraph asked by number', () => {
  for (const [text, paragraph] of [['第3段', 3], ['第三段讲了什么？', 3], ['请给我看看第二段原文', 2], ['这份报告的第二十一段', 21], ['¶3', 3], ['¶3说了什么', 3], ['What does paragraph 3 say?', 3], ['show me para 12', 12], ['paragraph 3 of the report', 3], ['#1', 1]] as const) {
    it(`${text} → ¶${paragraph}`, () => assert.deepEqual(paragraphAsked(text), { paragraph }));
  }
  it('keeps the document a message names', () => {
    assert.deepEqual(paragraphAsked('report.txt#3'), { document: 'report.txt', paragraph: 3 });
    assert.deepEqual(paragraphAsked('paragraph 2 of weekly.md'), { document: 'weekly.md', paragraph: 2 });
    assert.deepEqual(paragraphAsked('report.txt 第3段'), { document: 'report.txt', paragraph: 3 });
  });
  for (const text of ['第三段里李乐成说了什么', '第3', '3', 'What is this paragraph about?', '李乐成说了什么？', '第3季度的销售额是多少？']) {
    it(`not a paragraph asked for: ${text}`, () => assert.equal(paragraphAsked(text), undefined));
  }
  it('reads numbers as people write them', () => {
    assert.deepEqual(['3', '３', '三', '十', '十二', '二十', '二十一', '一百零五', '两'].map(paragraphNumber), [3, 3, 3, 10, 12, 20, 21, 105, 2]);
    assert.equal(paragraphNumber('零'), undefined);
  });
});

describe('answering a paragraph asked by number, with the real core', () => {
  let core: LoadedCore;
  before(async () => {
    core = (await loadTestCore()) as LoadedCore;
  });

  for (const question of ['第三段讲了什么？', 'What does paragraph 3 say?', '¶3']) {
    it(`quotes ¶3 whole, cited once: ${question}`, async () => {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'answer');
      if (reply.kind !== 'answer') return;
      const third = core.paragraphs[2];
      assert.equal(reply.answer, third?.text);
      assert.deepEqual(reply.citations.map((c) => c.paragraph), [3]);
      assert.ok(reply.sentences.every((s) => s.paragraph === 3));
    });
  }

  it('says how many paragraphs there are when the number is past the last', async () => {
    const reply = await core.ask('第999段');
    assert.equal(reply.kind, 'invalid');
    assert.ok(reply.kind === 'invalid' && reply.reason === 'no_such_paragraph' && reply.limit === core.paragraphs.length);
    assert.equal(renderConsole(reply), notAnswered(reply as Parameters<typeof notAnswered>[0]));
    assert.equal(renderConsole(reply), messages.noSuchParagraph('zh', core.paragraphs.length));
  });
});

describe('a paragraph asked by number over several documents', () => {
  let core: LoadedCore;
  before(async () => {
    core = await coreOverFixture('test/fixtures/formats');
  });

  it('is asked as a question when no document is named, and looked up when one is', async () => {
    const unnamed = await core.ask('第2段');
    assert.notEqual(unnamed.kind, 'invalid', 'not an error: which document cannot be told, so it is a question');
    const document = core.documents[0];
    assert.ok(document);
    const named = await core.ask(`${document.name}#2`);
    assert.equal(named.kind, 'answer');
    assert.deepEqual(named.citations.map((c) => [c.document, c.paragraph]), [[document.name, 2]]);
  });
});
