import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedUnit, asksAmount, asksCount, countsAnother, givesOnlyIncome, holdsDuration, holdsNumber, unitPhrase } from '../../src/core/answer-phrase.js';
import { detectIntent } from '../../src/core/query/intent.js';

const phrase = (question: string, sentence: string): string | undefined => {
  const span = unitPhrase(question, sentence);
  return span ? sentence.slice(span.start, span.end) : undefined;
};

describe('the answer phrase of a counting question', () => {
  it('reads the unit a question counts in, and not a list or an ordinal', () => {
    assert.equal(askedUnit('星河公司有多少家门店？'), '家');
    assert.equal(askedUnit('推出了几款产品？'), '款');
    assert.equal(askedUnit('演练发现了几处问题？'), '处');
    assert.equal(askedUnit('这条铁路全长多少公里？'), '公里');
    assert.equal(askedUnit('面积有多少平方公里？'), '平方公里');
    assert.equal(askedUnit('要做好哪几个方面的工作？'), undefined);
    assert.equal(askedUnit('这是第几届大会？'), undefined);
    assert.equal(askedUnit('收入是多少？'), undefined);
    // 人 begins the noun 人形机器人 here: it counts nothing.
    assert.equal(askedUnit('计划实现多少人形机器人产能？'), undefined);
    assert.equal(askedUnit('有多少人参加？'), '人');
    assert.equal(askedUnit('迁移了多少张表？'), '张');
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

describe('a count is answered by a number', () => {
  it('knows a question that counts, in either language, and not a list, an ordinal or an amount', () => {
    assert.equal(asksCount('春节晚会上用了多少台机器人？'), true);
    assert.equal(asksCount('公司有几名副总裁？'), true);
    assert.equal(asksCount('How many robots were on stage?'), true);
    assert.equal(asksCount('要做好哪几个方面的工作？'), false);
    assert.equal(asksCount('这是第几届大会？'), false);
    assert.equal(asksCount('收入是多少？'), false);
    assert.equal(asksCount('How much does it cost?'), false);
  });

  it('knows a question asking an amount with no unit, and not a size given in words', () => {
    for (const question of ['人形机器人的价格是多少？', '收入是多少？', '会议开了多久？', 'How much does it cost?', 'What is the price of a humanoid robot?', 'How long did the meeting last?']) assert.equal(asksAmount(question), true, question);
    for (const question of ['产业规模会有多大？', 'How big will the industry be?', 'What is the focus of the meeting?', '公司是哪一年成立的？']) assert.equal(asksAmount(question), false, question);
  });

  it('finds a number in digits, in characters or as an approximate count', () => {
    for (const sentence of ['企业数量超过6200家。', '国内企业推出三百多款产品。', '到场的有数百名观众。', '超过全球半数。', '申请增加两台虚拟机。', '项目历时三年。', '占比约三成。', '增长了12%。', '占全国三分之一。', '确保实现万台级产能。', '培训时长为半天。']) assert.equal(holdsNumber(sentence), true, sentence);
    for (const sentence of ['机器人在舞台上组团炫技，成为热议的顶流。', '副部长张云明主持会议。', '建设零碳园区、数字园区。', '两会期间，统一大市场惠及百姓。']) assert.equal(holdsNumber(sentence), false, sentence);
  });

  it('tells a sentence that names the thing counted but counts another thing in the unit', () => {
    assert.equal(countsAnother('主要风险是测试环境的服务器资源不足，已向运维组申请增加8台虚拟机。', '台', '服务器'), true);
    assert.equal(countsAnother('已申请增加8台服务器。', '台', '服务器'), false, 'the thing after its count');
    assert.equal(countsAnother('本周共迁移数据表46张。', '张', '表'), false, 'the thing before its count');
    assert.equal(countsAnother('每队派出五名球员作赛。', '名', '队员'), false, 'a sentence that never names the thing may name it otherwise');
    assert.equal(countsAnother('服务器资源不足。', '台', '服务器'), false, 'no count in the unit: another rule');
    assert.equal(countsAnother('员工在北京出差，住宿费报销上限为每人每晚六百五十元。', '名', '员工'), true, 'numbers in other units only');
    assert.equal(countsAnother('全厂员工共计3000人。', '名', '员工'), false, 'one unit of people is as good as another');
    assert.equal(countsAnother('员工超过3000，年产值十亿元。', '名', '员工'), false, 'a bare number may be the count');
    assert.equal(countsAnother('天河店将从12月10日起闭店三个月，员工临时调往周边门店。', '名', '员工'), true, '三个月 counts months, not people');
    assert.equal(countsAnother('三个员工临时调往周边门店。', '名', '员工'), false, '个 of people');
    assert.equal(countsAnother('举办一次年度供应商大会，时间初定在12月中旬。', '家', '供应商'), true, 'a month named alone is a date, no count');
    assert.equal(countsAnother('年度供应商大会将邀请12家供应商。', '家', '供应商'), false);
  });

  it('takes a span of months or weeks for no count of things, but for one of time', () => {
    assert.equal(holdsNumber('天河店将闭店三个月，员工临时调往周边门店。', 'employees'), false);
    assert.equal(holdsNumber('天河店将闭店三个月。', '天'), true, 'a span answers a count in days');
    assert.equal(holdsNumber('三个员工调往周边门店。', '名'), true);
  });

  it('takes 一 before an occasion (一次, 一场) for an article, no count of other things', () => {
    assert.equal(holdsNumber('3. 开展一次供应商大会，表彰年度优秀供应商。', '家'), false);
    assert.equal(holdsNumber('下月召开一场经销商大会。', '名'), false);
    assert.equal(holdsNumber('其中一家已完成整改。', '家'), true);
    assert.equal(holdsNumber('一个员工调往周边门店。', '名'), true, '个 counts anything');
    assert.equal(holdsNumber('本月开展一次培训。', '次'), true, 'counted in the occasion itself');
    assert.equal(holdsNumber('共开展十一次培训。', '家'), true, '十一 is eleven');
  });

  it('tells a sum spent from a sum that came in', () => {
    const sales = '深圳福田店于11月28日完成重装开业，开业首日销售额达到42万元。';
    assert.equal(givesOnlyIncome('福田店重装花了多少钱？', sales), true);
    assert.equal(givesOnlyIncome('How much did the refit cost?', sales), true);
    assert.equal(givesOnlyIncome('福田店开业首日卖了多少钱？', sales), false, 'sales asked');
    assert.equal(givesOnlyIncome('福田店重装花了多少钱？', '福田店重装投入86万元，开业首日销售额达到42万元。'), false, 'the spend given');
    assert.equal(givesOnlyIncome('福田店重装花了多少钱？', '重装花费约86万元。'), false);
  });

  it('counts nothing with an ordinal, a date, a name in numerals or a share, unless the count is in a unit of time', () => {
    const countsNothing = ['第十四届大会第四次会议于3月5日在北京举行。', '2025年12月，公司迁往上海。', '身处“十三五”收官之年，公司加大投入。', '三月五日，代表们抵达会场。', '截至2025年底，应用普及率超30%。', '良品率提高了百分之五。', '2026-11-28 09:30 来源：城市晚报 记者 周明远'];
    for (const sentence of countsNothing) {
      assert.equal(holdsNumber(sentence), true, `${sentence} holds numerals`);
      assert.equal(holdsNumber(sentence, '台'), false, `${sentence} counts no 台`);
    }
    for (const sentence of ['第三届大会有1200名代表参加。', '2025年，公司卖出两万台机器人。', '3月5日起，共有三家企业入驻。', '30%的企业，即120家，已经接入。']) assert.equal(holdsNumber(sentence, '家'), true, sentence);
    assert.equal(holdsNumber('第十四届大会于3月5日开幕。', '天'), true, 'a count of days may be answered by dates');
    assert.equal(holdsNumber('开放日活动于09:30开始，11:45结束。', '位'), false, 'clock times count nothing');
    assert.equal(holdsNumber('2026-11-28，共有120位市民参观。', '位'), true, 'a count beside an ISO date');
  });
});

describe('a how-long question is answered by a span of time', () => {
  it('reads how long something lasted, not how long a thing is', () => {
    for (const question of ['部长通道采访持续了多长时间？', '工期多久？', 'How long did the meeting last?', 'For how long will it run?']) assert.equal(detectIntent(question).duration, true, question);
    for (const question of ['How long is the bridge?', '会议是什么时候召开的？', '全长多少公里？']) assert.equal(detectIntent(question).duration, false, question);
  });

  it('finds hours, days, months and years in digits or characters, and a run of years', () => {
    for (const text of ['持续了3个小时', '为期两天', '历时半年', '约6个月', '用时45分钟', '1990年至2000年间', '长达数十年']) assert.equal(holdsDuration(text), true, text);
  });

  it('takes no date for a span: a day of a month, a year, a weekday', () => {
    for (const text of ['3月5日，第十四届全国人民代表大会第四次会议', '2025年，中国人工智能核心产业规模超过1.2万亿元', '会议于周二召开']) assert.equal(holdsDuration(text), false, text);
  });
});
