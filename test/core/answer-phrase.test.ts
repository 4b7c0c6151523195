import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedUnit, unitPhrase } from '../../src/core/answer-phrase.js';

const phrase = (question: string, sentence: string): string | undefined => {
  const span = unitPhrase(question, sentence);
  return span ? sentence.slice(span.start, span.end) : undefined;
};

describe('the answer phrase of a counting question', () => {
  it('reads the unit a question counts in, and not a list or an ordinal', () => {
    assert.equal(askedUnit('星河公司有多少家门店？'), '家');
    assert.equal(askedUnit('推出了几款产品？'), '款');
    assert.equal(askedUnit('这条铁路全长多少公里？'), '公里');
    assert.equal(askedUnit('面积有多少平方公里？'), '平方公里');
    assert.equal(askedUnit('要做好哪几个方面的工作？'), undefined);
    assert.equal(askedUnit('这是第几届大会？'), undefined);
    assert.equal(askedUnit('收入是多少？'), undefined);
  });

  it('marks the one number in that unit, verbatim', () => {
    assert.equal(phrase('企业有多少家？', '产业规模超过1.2万亿元，企业数量超过6200家，总体向好。'), '6200家');
    assert.equal(phrase('推出了多少款产品？', '国内企业推出300多款产品，超过全球半数。'), '300多款');
    assert.equal(phrase('迁移了多少张表？', '共迁移数据表46张，耗时3小时20分钟。'), '46张');
    assert.equal(phrase('全长多少公里？', '线路全长364.6公里，设站12座。'), '364.6公里');
    assert.equal(phrase('申请了几台虚拟机？', '已申请增加八台虚拟机。'), '八台');
    // A range whole, not its upper end.
    assert.equal(phrase('体长是吸盘的多少倍？', '体长为吸盘的2.6至3.5倍。'), '2.6至3.5倍');
    assert.equal(phrase('颏部有多少条长须？', '颏部有2~3条长须。'), '2~3条');
  });

  it('marks nothing when the sentence holds no such number, or more than one', () => {
    assert.equal(phrase('企业有多少家？', '企业数量持续增长。'), undefined);
    assert.equal(phrase('企业有多少家？', '去年有5000家，今年超过6200家。'), undefined);
    // 平方公里 is not an answer in 公里.
    assert.equal(phrase('全长多少公里？', '面积为30平方公里。'), undefined);
  });
});
