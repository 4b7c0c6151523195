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
});

describe('a light verb before the asking word asks "what"', () => {
  it('leaves 做 out of 做什么 and 做了哪些, and keeps it where it is the content', () => {
    const words = (q: string): string[] => analyseQuestion(q, undefined).words.map((w) => w.word);
    assert.deepEqual(words('下周计划做什么？'), ['下周', '计划']);
    assert.ok(!words('设计组针对图标问题做了什么？').includes('做'));
    assert.ok(words('谁负责做年度预算？').includes('做'));
  });
});
