import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { contradictedTime, namedPeriods, otherSpellings, relativeTimes } from '../../src/core/relative-time.js';

describe('relative times', () => {
  it('reads this, last and next week, month, year and occasion in Chinese and English', () => {
    assert.deepEqual([...relativeTimes('本周完成迁移，下周四凌晨两点上线。')], ['week:this', 'week:next']);
    assert.deepEqual([...relativeTimes('下次例会定于12月3日召开。')], ['occasion:next']);
    assert.deepEqual([...relativeTimes('What was the error rate last week?')], ['week:last']);
    assert.deepEqual([...relativeTimes('When is the next meeting?')], ['occasion:next']);
    assert.deepEqual([...relativeTimes('2026年12月3日（星期四）14:00')], [], 'a date is no relative time');
  });

  it('finds the paragraph contradicting the time asked only when it speaks of another of the same unit and never of that one', () => {
    assert.equal(contradictedTime('这次例会是什么时候开的？', () => '五、待办事项\n下次例会定于12月3日（星期四）14:00召开，地点不变。'), 'occasion:this');
    assert.equal(contradictedTime('what was the error rate last week?', () => 'summary\nthis week the platform team finished moving the billing service. the error rate stayed below 0.1%.'), 'week:last');
    assert.equal(contradictedTime('下周的主要风险是什么？', () => '下周计划与风险\n主要风险是测试环境的服务器资源不足。'), undefined, 'the headline says next week');
    assert.equal(contradictedTime('下周要做什么？', () => '本周完成演练，下周正式迁移。'), undefined, 'both are written');
    assert.equal(contradictedTime('上周的崩溃率是多少？', () => '移动端崩溃率降至0.3%。'), undefined, 'no relative time: nothing to contradict');
    assert.equal(contradictedTime('今年的目标是什么？', () => '下周完成迁移。'), undefined, 'another unit');
    assert.equal(contradictedTime('上个月办公用品花了多少钱？', () => '本月办公用品采购金额为2.8万元，比上月减少12%。'), 'month:last', 'last month only as what the figure is compared with');
    assert.equal(contradictedTime('本月办公用品比上月减少了多少？', () => '本月办公用品采购金额为2.8万元，比上月减少12%。'), undefined, 'the question compares too');
    assert.equal(contradictedTime('What was the error rate last week?', () => 'This week the error rate fell to 0.1%, 0.2 points lower than last week.'), 'week:last');
    assert.equal(contradictedTime('上个月办公用品花了多少钱？', () => '本月办公用品采购金额为2.8万元，比上月的3.2万元减少12%。'), undefined, 'last month’s figure given');
  });

  it('reads this week as lying in this month, quarter and year, and no other relative time so', () => {
    const thisWeek = () => '一、本周业绩\n本周华南区实现销售额1,286万元，完成月度目标的71%。';
    assert.equal(contradictedTime('What is the sales target for next month?', thisWeek), 'month:next');
    assert.equal(contradictedTime('明年的销售目标是多少？', thisWeek), 'year:next');
    assert.equal(contradictedTime('本月的销售目标完成了多少？', thisWeek), undefined, 'this month holds this week');
    assert.equal(contradictedTime('下个月的目标是多少？', () => '本周完成71%，下月目标为1,800万元。'), undefined, 'next month written');
    assert.equal(contradictedTime('上个月的销售额是多少？', () => '上周华南区实现销售额1,286万元。'), undefined, 'last week may lie in last month');
  });

  it('reads a report named for its period (周报, weekly update) as speaking of this one where a paragraph dates nothing of that unit', () => {
    const rate = () => '一、出入库情况\n当日达订单履约率为96.3%。';
    assert.equal(contradictedTime('上周的当日达履约率是多少？', rate, () => '物流中心第49周工作周报'), 'week:last');
    assert.equal(contradictedTime('What was the fulfillment rate last week?', rate, () => 'Logistics weekly report'), 'week:last');
    assert.equal(contradictedTime('上周的当日达履约率是多少？', rate, () => '物流中心工作总结'), undefined, 'a title naming no period says nothing');
    assert.equal(contradictedTime('上个月的履约率是多少？', rate, () => '物流中心周报'), 'month:last', 'this week lies in this month');
    assert.equal(contradictedTime('上周五完成了什么？', () => '上周五完成了盘点。', () => '物流中心周报'), undefined, 'a time written stays as written');
    assert.equal(contradictedTime('下周要做什么？', () => '五、下周计划\n启用三号月台。', () => '物流中心周报'), undefined);
  });

  it('reads a time only compared with (较上次演练下降) as one the paragraph gives nothing of', () => {
    const drill = () => '11月18日组织了全员钓鱼邮件演练，点击率为6.5%，较上次演练下降3个百分点。';
    assert.equal(contradictedTime('上次钓鱼邮件演练是什么时候？', drill), 'occasion:last');
    assert.equal(contradictedTime('这次演练的点击率是多少？', drill), undefined, 'the compared time contradicts no other');
    assert.equal(contradictedTime('点击率比上次演练下降了多少？', drill), undefined, 'the question compares too');
    assert.equal(contradictedTime('上次演练的点击率是多少？', () => '点击率为6.5%，上次演练为9.5%。'), undefined, 'last time’s figure given');
  });

  it('reads 较上周缩短 as a comparison, not as speaking of last week', () => {
    assert.equal(contradictedTime('上周的当日达履约率是多少？', () => '订单平均出库时长为5.8小时，较上周缩短0.7小时。当日达订单履约率为96.3%。', () => '周报'), 'week:last');
  });

  it('gives the other spellings of a relative time, so a question saying 下个月 finds a report heading 下月计划', () => {
    assert.deepEqual(otherSpellings('下个月'), ['下月', '下一个月']);
    assert.deepEqual(otherSpellings('计划'), []);
    const next = analyseQuestion('下个月有哪些计划？', undefined).words.find((w) => w.word === '下个月');
    assert.ok(next?.forms.includes('下月'));
  });

  it('reads quarters and halves named outright (第三季度, 二季度, Q3, first half) and no relative time as one', () => {
    assert.deepEqual([...namedPeriods('2026年第三季度报告')], ['quarter#3']);
    assert.deepEqual([...namedPeriods('二季度营收增长，上半年利润下降')], ['quarter#2', 'half#1']);
    assert.deepEqual([...namedPeriods('Revenue in Q3 beat the second quarter; the first half was flat.')], ['quarter#3', 'quarter#2', 'half#1']);
    assert.deepEqual([...namedPeriods('这一季度和每一季度都开会')], [], 'this quarter and every quarter name none');
  });

  it('finds a paragraph of another named quarter contradicting the one asked, under a title naming the quarter it reports', () => {
    const title = () => '仓储部2026年第一季度报告';
    const measured = () => '一、发货\n第一季度发货订单共5200单，准时发货率为96.2%。';
    assert.equal(contradictedTime('第二季度的准时发货率是多少？', measured, title), 'quarter#2');
    assert.equal(contradictedTime('What was the on-time rate in Q2?', measured, title), 'quarter#2');
    assert.equal(contradictedTime('第一季度的准时发货率是多少？', measured, title), undefined);
    assert.equal(contradictedTime('二季度的目标是多少？', () => '五、第二季度计划\n将准时发货率提升到98%。', title), undefined, 'the plan’s heading names the quarter asked');
    assert.equal(contradictedTime('第二季度的准时发货率是多少？', () => '一、发货\n准时发货率为96.2%。', title), 'quarter#2', 'the title’s quarter, where the paragraph names none');
    assert.equal(contradictedTime('第二季度的准时发货率是多少？', () => '一、发货\n准时发货率为96.2%。', () => '仓储部工作报告'), undefined, 'no quarter written anywhere');
    assert.equal(contradictedTime('上季度末有多少退货？', () => '退货23单，较第四季度末减少6单。', () => '仓储部工作报告'), undefined, 'a relative time is no named one');
    assert.equal(contradictedTime('第四季度末有多少退货？', () => '一、退货\n退货23单，较第四季度末减少6单。', title), 'quarter#4', 'the fourth quarter only compared with');
  });
});
