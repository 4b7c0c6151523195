/**
 * A weekly report of tables and lists (test/fixtures/ops): a row is quoted with its column headers, and a plan
 * asked with a light verb (下周计划做什么) is answered from the list under its heading.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type LoadedCore } from '../../src/core/bot.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverFixture } from '../helpers/core.js';

describe('a report of tables and lists, with the real core', () => {
  let core: LoadedCore;
  before(async () => {
    core = await coreOverFixture('test/fixtures/ops');
  });

  it('quotes a table row with each figure under its column header, so last week’s figure can be told from this week’s', async () => {
    const reply = await core.ask('上周的退货率是多少？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /^退货率 · 本周：2\.1% · 上周：2\.6%/);
    const orders = await core.ask('本周的订单量是多少？');
    assert.match(orders.kind === 'answer' ? orders.answer : '', /本周：18,420/, 'the row that gives the count, not the sentence that only praises it');
  });

  it('answers what is planned, asked with a light verb (做什么), from the list under the plan’s heading', async () => {
    const reply = await core.ask('下周计划做什么？');
    assert.equal(reply.kind, 'answer');
    assert.ok(reply.citations.every((c) => c.headline === '三、下周计划'));
  });

  it('answers the rows of a table asked by its heading, and one row asked by its own words', async () => {
    const all = await core.ask('本周的核心指标有哪些？');
    assert.ok(all.kind === 'answer', JSON.stringify(all));
    assert.deepEqual(all.citations.map((c) => c.paragraph), [1, 2, 3, 4]);
    const one = await core.ask('上周的退货率是多少？');
    assert.equal(one.kind === 'answer' ? one.sentences.length : 0, 1);
  });

  it('answers a plan with every item of its list, in order, each cited, not the one item that scored best', async () => {
    for (const question of ['下周计划做什么？', '下周有哪些计划？', 'What are the plans for next week?']) {
      const reply = await core.ask(question);
      assert.ok(reply.kind === 'answer', `${question}: ${JSON.stringify(reply)}`);
      assert.deepEqual(reply.sentences.map((s) => s.text), ['上线新的退货自助流程', '启动华北仓选址调研'], question);
      assert.deepEqual(reply.citations.map((c) => c.paragraph).sort(), [7, 8], question);
    }
  });
});

describe('a light verb before the asking word asks "what"', () => {
  it('leaves 做 out of 做什么 and 做了哪些, and keeps it where it is the content', () => {
    const words = (q: string): string[] => analyseQuestion(q, undefined).words.map((w) => w.word);
    assert.deepEqual(words('下周计划做什么？'), ['下周', '计划']);
    assert.ok(!words('设计组针对图标问题做了什么？').includes('做'));
    assert.ok(words('谁负责做年度预算？').includes('做'));
  });
});

describe('a numbered list in a plain-text report, with the real core', () => {
  it('answers the week ahead with every numbered item under its heading', async () => {
    const core = await coreOverFixture('test/fixtures/hr');
    for (const question of ['下周重点有哪些？', '下周的重点工作是什么？']) {
      const reply = await core.ask(question);
      assert.ok(reply.kind === 'answer', `${question}: ${JSON.stringify(reply)}`);
      assert.deepEqual(reply.sentences.map((s) => s.text.slice(0, 2)), ['1.', '2.', '3.'], question);
    }
  });
});

describe('a mobile team’s weekly report of lists, with the real core', () => {
  let core: LoadedCore;
  before(async () => {
    core = await coreOverFixture('test/fixtures/app');
  });

  it('answers a section asked by its heading with its list, cited in the list’s order, though one item also writes a word of the question', async () => {
    const reply = await core.ask('本周完成了哪些工作？');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.deepEqual(reply.citations.map((c) => c.paragraph), [1, 2, 3, 4]);
    assert.match(reply.sentences[0]?.text ?? '', /^安卓端4\.3版本/);
  });

  it('answers an item asked by its own words with that item alone', async () => {
    const reply = await core.ask('深色模式什么时候提测？');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.deepEqual(reply.sentences.map((s) => s.text), ['深色模式适配，预计下周五提测']);
  });

  it('answers "What are the risks?" from the list its heading names, though the items’ embeddings are under the English floor', async () => {
    const reply = await core.ask('What are the risks?');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.deepEqual(reply.citations.map((c) => c.headline), ['风险与求助', '风险与求助']);
    assert.equal((await core.ask('What are the benefits?')).kind, 'declined', 'a heading the documents do not have is no list');
  });
});

describe('lists in a web page and a plain-text monthly report, with the real core', () => {
  it('answers next month’s plan with the page’s <ol>, not the sign-off date under it', async () => {
    const core = await coreOverFixture('test/fixtures/plant');
    const reply = await core.ask('下月有哪些安排？');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.equal(reply.sentences.length, 3);
    assert.ok(reply.sentences.every((s) => !/^\d{4}年/.test(s.text)), JSON.stringify(reply.sentences));
  });

  it('answers a list asked by its heading alone with every item, though the first item also writes the heading’s word', async () => {
    const core = await coreOverFixture('test/fixtures/rnd');
    const reply = await core.ask('What are the risks?');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.deepEqual(reply.sentences.map((s) => s.text.slice(0, 2)), ['1.', '2.', '3.']);
  });
});
