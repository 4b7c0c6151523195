/** Which candidate sentences speak of another time than the one asked: a plan's aim, or another period's figure. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { asksPlan, inPlanSection, keepsQuestionWords, misfitOf, plansRatherThanTells } from '../../src/core/time-fit.js';

const ask = (text: string) => analyseQuestion(text, undefined);
const place = (headline: string, text: string, title = '仓储部2026年第一季度报告') => ({ headline, title, text: () => `${headline}\n${text}` });

describe('a question asking a plan', () => {
  it('names a plan, an aim or a time to come; a figure asked alone is the measured one', () => {
    assert.equal(asksPlan(ask('准时发货率是多少？')), false);
    assert.equal(asksPlan(ask('第二季度的准时发货率目标是多少？')), true);
    assert.equal(asksPlan(ask('下季度要做什么？')), true);
    assert.equal(asksPlan(ask('What is the on-time rate target?')), true);
    assert.equal(asksPlan(ask('What is the on-time rate?')), false);
  });
});

describe('a sentence that plans', () => {
  it('opens with a plan’s verb after any list mark, or stands under a plan heading that is not the title', () => {
    assert.equal(plansRatherThanTells('1. 将准时发货率提升到98%以上。'), true);
    assert.equal(plansRatherThanTells('We will open the second warehouse in May.'), true);
    assert.equal(plansRatherThanTells('准时发货率为96.2%。'), false);
    assert.equal(plansRatherThanTells('将近一半的订单当日发出。'), false, '将近 is nearly, no plan');
    assert.equal(inPlanSection('五、第二季度计划', '仓储部2026年第一季度报告'), true);
    assert.equal(inPlanSection('一、发货', '仓储部2026年第一季度报告'), false);
    assert.equal(inPlanSection('曼哈顿计划', '曼哈顿计划'), false, 'an article titled for a plan is about it, not planning');
  });

  it('misfits a question asking the measured figure, and fits one asking the aim', () => {
    const plan = place('五、第二季度计划', '将准时发货率提升到98%以上。');
    assert.equal(misfitOf(ask('准时发货率是多少？'), '将准时发货率提升到98%以上。', plan), 'plan');
    assert.equal(misfitOf(ask('第二季度的准时发货率目标是多少？'), '将准时发货率提升到98%以上。', plan), undefined);
    assert.equal(misfitOf(ask('二号仓库的货架改造什么时候完成？'), '4月底前完成二号仓库的货架改造。', plan), undefined, 'a plan’s date answers when');
    const measured = place('一、发货', '第一季度发货订单共5200单，准时发货率为96.2%。');
    assert.equal(misfitOf(ask('准时发货率是多少？'), '第一季度发货订单共5200单，准时发货率为96.2%。', measured), undefined);
    assert.equal(misfitOf(ask('第二季度的准时发货率目标是多少？'), '第一季度发货订单共5200单，准时发货率为96.2%。', measured), 'time', 'another quarter');
  });
});

describe('a measured sentence standing in for a plan', () => {
  it('must write every word of the question the plan writes', () => {
    const query = ask('推荐系统服务多少用户？');
    assert.equal(keepsQuestionWords(query, '3. 启动推荐系统特征平台的需求调研。', '1. 用户画像服务完成灰度发布，覆盖全部安卓用户。'), false, 'the plan’s topic is lost');
    assert.equal(keepsQuestionWords(ask('准时发货率是多少？'), '1. 将准时发货率提升到98%以上。', '准时发货率为96.1%。'), true);
  });
});
