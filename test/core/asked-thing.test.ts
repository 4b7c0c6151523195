/**
 * A question is held to the thing it asks, over a made-up warehouse report: the kind of thing counted (退货订单), a
 * count answered by a count rather than a share, and the attribute an English question ends on (load factor).
 * Each sentence here is the nearest the documents have, and was quoted before these rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishAmountOf, englishHeadAsked } from '../../src/core/query/intent.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

const REPORT = `# 西南仓配中心周报

## 出入库

本周共完成出库订单3.2万单，比上周增长8%。当日达订单履约率为97.1%，未达标的订单集中在周五大雾当天。

## 运输

本周干线运输发车92车次，满载率为88%。

## 人员

本周临时增加货车装卸工30人，以应对促销高峰。

## 下周计划

与客户美居家具完成年度合同续签。
`;

describe('a question held to the thing it asks (real core)', () => {
  const core = coreOverDocumentsInSuite({ 'warehouse-weekly.md': REPORT }, 'asked-thing-');

  it('declines a count of a kind of thing never written (退货订单), and answers the kind the report counts', async () => {
    const returned = await core().ask('本周退货订单有多少单？');
    assert.equal(returned.kind, 'declined', JSON.stringify(returned));
    const shipped = await core().ask('本周出库订单有多少单？');
    assert.ok(shipped.kind === 'answer' && shipped.answer.includes('3.2万单'), JSON.stringify(shipped));
  });

  it('declines a count of a thing answered only by a share, and answers the share asked as one', async () => {
    const count = await core().ask('周五大雾影响了多少订单？');
    assert.equal(count.kind, 'declined', JSON.stringify(count));
    const share = await core().ask('当日达订单履约率是多少？');
    assert.ok(share.kind === 'answer' && share.answer.includes('97.1%'), JSON.stringify(share));
  });

  it('declines an English "What is the … X?" whose X the report never writes', async () => {
    for (const question of ['What is the truck load factor?', 'What is the value of the contract with the customer?']) {
      const reply = await core().ask(question);
      assert.equal(reply.kind, 'declined', `${question} ${JSON.stringify(reply)}`);
    }
  });
});

const TEAM = `# 移动端小组周报

## 人员

本周新增两名测试工程师。

## 指标

| 指标 | 本周 | 上周 |
| --- | --- | --- |
| 来客数 | 21.5万人次 | 20.9万人次 |
`;

describe('a question jieba cuts across a word and its verb, over a made-up team report (real core)', () => {
  const core = coreOverDocumentsInSuite({ 'team-weekly.md': TEAM }, 'asked-kind-');

  it('reads 来客数是多少 as 来客|数|是, so the row giving it answers', async () => {
    const reply = await core().ask('上周的来客数是多少？');
    assert.ok(reply.kind === 'answer' && reply.answer.includes('20.9万人次'), JSON.stringify(reply));
  });
});

describe('the noun an English "What is the … X?" asks', () => {
  it('is the noun before a preposition or the end, unless it only frames the question', () => {
    assert.equal(englishHeadAsked('What is the truck load factor?'), 'factor');
    assert.equal(englishHeadAsked('What is the delivery lead of the new route?'), 'lead');
    assert.equal(englishHeadAsked('What was the crash rate on the first day?'), undefined, 'a measure heads a Chinese compound (崩溃率): left to omitsEnglishAttribute');
    assert.equal(englishAmountOf('What is the value of the contract with the furniture customer?'), 'value', 'a value is money asked');
    assert.equal(englishHeadAsked('What was the reason for the delay?'), undefined, 'reason frames the question');
    assert.equal(englishHeadAsked('What is the name of the new route?'), undefined);
    assert.equal(englishHeadAsked('Who leads the team?'), undefined);
  });

  it('is the post a who-question asks the holder of ("Who is the team lead?")', () => {
    assert.equal(englishHeadAsked('Who is the team lead?'), 'lead');
    assert.equal(englishHeadAsked('Who is the supplier of the welding robots?'), 'supplier');
    assert.equal(englishHeadAsked('Who is Li Lecheng?'), undefined, 'a name, no post');
    assert.equal(englishHeadAsked('Who is the head of the finance department?'), 'head');
    assert.equal(englishHeadAsked('Who was in the meeting?'), undefined);
  });
});
