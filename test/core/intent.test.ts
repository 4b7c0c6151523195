import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actAsked, detectIntent, doneByMark, roleMark, englishAmountOf, englishAttributeAsked, englishCountedAct, englishCountedState, englishDefinedTerm, FACT_PATTERNS } from '../../src/core/query/intent.js';
import { tag } from '../../src/core/index/segmenter.js';

describe('what kind of fact a sentence holds', () => {
  it('takes dates, weekdays, days and hours for times', () => {
    for (const text of ['3月5日，会议召开。', '2025年，规模超过1.2万亿元。', '移动端4.2版本于周二上线。', '正式迁移定在下周四凌晨两点进行。', '星期五发布。', '明天上午10点开会。', '月底前完成。']) {
      assert.ok(FACT_PATTERNS.when.test(text), text);
    }
    for (const text of ['用户反馈最多的问题是图标颜色过暗。', '共迁移数据表46张。', '周边城市的企业数量增加。']) {
      assert.ok(!FACT_PATTERNS.when.test(text), text);
    }
  });

  it('reads when-questions in both languages', () => {
    assert.ok(detectIntent('新版本是什么时候发布的？').when);
    assert.ok(detectIntent('When was the new version released?').when);
    assert.ok(!detectIntent('新版本有哪些功能？').when);
  });

  it('reads 在哪一年 as when, and 哪一 as asking one thing, not a list', () => {
    const intent = detectIntent('郭麐在哪一年去世？');
    assert.deepEqual([intent.when, intent.where, intent.list], [true, false, false]);
    assert.equal(detectIntent('总部在哪？').where, true);
    assert.equal(detectIntent('是哪一家公司生产的？').list, false);
    assert.equal(detectIntent('报告提到了哪三个方面？').list, true);
  });

  it('reads a measure named by its noun after words saying of what as asking a number (the customer satisfaction score)', () => {
    for (const q of ['What was the customer satisfaction score?', 'What is the monthly churn rate?', 'What is the price?']) {
      const intent = detectIntent(q);
      assert.ok(intent.quantity && intent.amount, q);
    }
    assert.ok(!detectIntent('What was the main reason for the delay?').quantity);
    assert.ok(!detectIntent('What is the plan for the next quarter?').amount);
  });

  it('reads what an English amount question asks the amount of: the thing counted, or the verb measured', () => {
    assert.equal(englishAmountOf('How much does a Unitree humanoid robot cost?'), 'cost');
    assert.equal(englishAmountOf('How many AI companies did China have in 2025?'), 'companies');
    assert.equal(englishAmountOf('How many tables were migrated?'), 'tables');
    assert.equal(englishAmountOf('how much would the new servers weigh'), 'weigh');
    assert.equal(englishAmountOf('How much did MIIT spend on AI in 2025?'), 'spend', 'the verb before a preposition, when the clause goes on');
    assert.equal(englishAmountOf('How much has the industry grown since 2020?'), 'grown');
    // Other shapes say nothing: no auxiliary closes the counted phrase, or the question asks no amount.
    assert.equal(englishAmountOf('How many users downloaded the new iOS app?'), undefined);
    assert.equal(englishAmountOf('How many engineers from the platform team in Shanghai were hired?'), undefined);
  });

  it('reads which measure an English question asks by the word before its head, not a word saying how it is taken', () => {
    assert.equal(englishAttributeAsked('What is the average handling time of a phone call?'), 'handling');
    assert.equal(englishAttributeAsked('What is the contract value of the Meijia deal?'), 'contract');
    assert.equal(englishAttributeAsked('What was the customer satisfaction score?'), 'satisfaction');
    assert.equal(englishAttributeAsked('What is the average time?'), undefined, 'average says how, not which');
    assert.equal(englishAttributeAsked('What is the price of a humanoid robot?'), undefined, 'no word before the head');
    assert.equal(englishAttributeAsked('Who handled the calls?'), undefined);
  });

  it('reads a target, a limit or a deadline asked as the measure itself, whatever stands before it', () => {
    assert.equal(englishAttributeAsked('What is the target for refund processing time?'), 'target');
    assert.equal(englishAttributeAsked('What is the sales target for next month?'), 'target');
    assert.equal(englishAttributeAsked("What is the team's deadline?"), 'deadline');
    assert.equal(englishAttributeAsked('What is the targeted group?'), undefined, 'a whole word only');
  });

  it('reads what a passive or light-verb how-many question counts its subject by: a participle, or the thing got', () => {
    assert.equal(englishCountedState('How many workers were injured this month?'), 'injured');
    assert.equal(englishCountedState('How many defects were found in system testing?'), 'found', 'an irregular participle');
    assert.equal(englishCountedState('How many employees got a promotion this week?'), 'promotion');
    assert.equal(englishCountedState('How many tables have been migrated?'), 'migrated');
    assert.equal(englishCountedState('How many smart classrooms does the university have now?'), undefined, 'an adverb of time is no act');
    assert.equal(englishCountedState('How many people were there?'), undefined, 'no participle');
    assert.equal(englishCountedState('How many robots did UBTech sell?'), undefined, 'the active voice is the counted act');
  });

  it('reads what a which-question in the passive picks its subject by', () => {
    assert.equal(englishCountedState('Which systems were connected to the data platform this period?'), 'connected');
    assert.equal(englishCountedState('What features have been added to the app?'), 'added');
    assert.equal(englishCountedState('Which company is responsible for testing?'), undefined, 'an adjective is no participle');
    assert.equal(englishCountedState('Which tables were the largest?'), undefined);
  });

  it('reads the state a who-question picks its person by, not a noun phrase after "who is"', () => {
    // Over minutes that write 请假 (on leave), "Who was absent…" had quoted the venue line: no word of it says absent.
    assert.equal(englishCountedState('Who was absent from the meeting?'), 'absent');
    assert.equal(englishCountedState('Who was promoted this month?'), 'promoted');
    assert.equal(englishCountedState('Who is currently responsible for testing?'), 'responsible', 'an adverb before the state');
    assert.equal(englishCountedState('Who is the minister of MIIT?'), undefined);
    assert.equal(englishCountedState('Who is going on leave next week?'), undefined);
    assert.equal(englishCountedState('Who leads the testing team?'), undefined, 'the active voice is the doer act');
  });

  it('reads the term a what-is question asks defined, not a noun phrase with a determiner', () => {
    // Over a report writing 具身智能, "What is embodied intelligence?" had quoted a sentence on 人工智能: embodied reaches nothing.
    assert.deepEqual(englishDefinedTerm('What is embodied intelligence?'), ['embodied', 'intelligence']);
    assert.deepEqual(englishDefinedTerm('what are humanoid robots'), ['humanoid', 'robots']);
    assert.deepEqual(englishDefinedTerm('What does MaaS mean?'), ['maas']);
    assert.deepEqual(englishDefinedTerm('What is meant by new quality productive forces?'), ['new', 'quality', 'productive', 'forces']);
    assert.equal(englishDefinedTerm('What are the risks?'), undefined, 'a determiner');
    assert.equal(englishDefinedTerm("What is AgiBot's valuation?"), undefined, 'a possessive');
    assert.equal(englishDefinedTerm('What is next?'), undefined);
    assert.equal(englishDefinedTerm('What is MIIT focusing on in 2026?'), undefined, 'a clause, not a term');
    assert.equal(englishDefinedTerm('What is MIIT focusing on?'), undefined, 'a preposition ends a clause');
    assert.equal(englishDefinedTerm('What are robots used for?'), undefined);
  });

  it('reads the act an English how-many question counts, in the active voice only', () => {
    assert.equal(englishCountedAct('How many humanoid robots did UBTech sell in 2025?'), 'sell');
    assert.equal(englishCountedAct('How many robots did the company sell?'), 'sell', 'an article before the subject');
    assert.equal(englishCountedAct('How many users downloaded the new iOS app?'), 'downloaded');
    assert.equal(englishCountedAct('How many robots did UBTech sell to customers?'), 'sell', 'the verb closing the clause');
    // A subject of several words: its second word is no act, and the act is only a word the documents must write.
    assert.equal(englishCountedAct('How many orders did the Shenzhen office close?'), undefined);
    assert.equal(englishCountedState('How many orders did the Shenzhen office close?'), 'close');
    assert.equal(englishCountedState('How many customers did the East China sales team sign last quarter?'), 'sign');
    assert.equal(englishCountedState('How many times did the team meet the client?'), undefined, 'an object after the verb is no act');
    // The passive counts its subject whatever the verb: "were requested" is answered by 申请增加8台, a verb the dictionary never glosses so.
    assert.equal(englishCountedAct('How many virtual machines were requested?'), undefined);
    assert.equal(englishCountedAct('How many tables were migrated in the rehearsal?'), undefined);
    assert.equal(englishCountedAct('What did the robots do?'), undefined);
  });

  it('reads the money a "what is the … of" question asks the amount of, and no other measure', () => {
    assert.equal(englishAmountOf('What is the price of a humanoid robot?'), 'price');
    assert.equal(englishAmountOf('What is the budget of MIIT for 2026?'), 'budget');
    assert.equal(englishAmountOf("What is AgiBot's valuation?"), 'valuation');
    assert.equal(englishAmountOf('What was the crash rate on the first day after launch?'), undefined, 'a rate the dictionary reaches only through a compound');
    assert.equal(englishAmountOf('What is the focus of MIIT?'), undefined);
    assert.equal(detectIntent('What is the budget of MIIT for 2026?').amount, true);
  });
});

describe('who a question asks for', () => {
  it('takes asking a name (叫什么, 叫啥) for asking who, as 是谁 is', () => {
    for (const question of ['众擎的联合创始人叫什么？', '那位副部长叫啥？', '部长是谁？', '他叫什么名字？']) {
      const intent = detectIntent(question);
      assert.ok(intent.who && intent.identity, question);
    }
  });

  it('does not take asking the name of a thing for asking who', () => {
    for (const question of ['众擎的人形机器人叫什么名字？', '这个园区叫什么？']) assert.equal(detectIntent(question).who, false, question);
  });
});

describe('the role whose holder a question asks', () => {
  it('is told by the role or the first character of its act', () => {
    assert.ok(roleMark('《海灯》的导演是谁？')?.test('由丁文玺执导。'));
    assert.ok(roleMark('这本书的作者是谁？')?.test('是池波正太郎所作的时代小说。'));
    assert.ok(roleMark('会堂的创始人是谁？')?.test('创办人是吉利舍维奇。'));
    assert.equal(roleMark('导演是哪国人？'), undefined);
  });
});

describe('the doer a question asks with 由', () => {
  it('is told by a sentence writing 由, a name and the act', () => {
    const mark = doneByMark('星币由什么机构发行？');
    assert.ok(mark?.test('由星河国家银行发行。'));
    assert.ok(!mark?.test('星币自2000年10月30日起开始发行。'));
    assert.equal(doneByMark('是哪家公司所生产的？'), undefined, 'no 由');
    assert.ok(doneByMark('《星光》是由哪家公司所生产的？')?.test('由星河电子公司生产。'));
  });
});

describe('the act a "who did it" question asks the doer of', () => {
  it('reads the verb of a cleft asking a doer', () => {
    assert.equal(actAsked(tag('人形机器人是哪家公司生产的？')), '生产');
    assert.equal(actAsked(tag('动员部署会是由谁主持的？')), '主持');
    assert.equal(actAsked(tag('这架飞机是哪个公司所制造的？')), '制造');
  });

  it('reads the verb of a cleft asking a place', () => {
    assert.equal(actAsked(tag('春晚是在哪里举办的？')), '举办');
    assert.equal(actAsked(tag('这场比赛是在哪儿举行的？')), '举行');
  });

  it('reads the verb of a passive whose agent is asked and whose act ends the question', () => {
    assert.equal(actAsked(tag('会议由谁主持？')), '主持');
    assert.equal(actAsked(tag('新门禁卡由哪家公司制作？')), '制作');
    assert.equal(actAsked(tag('羊角哀被谁所举荐？')), '举荐');
  });

  it('reads none in a passive whose act does not end the question, nor without the agent mark', () => {
    assert.equal(actAsked(tag('会议由谁主持召开了几次？')), undefined);
    assert.equal(actAsked(tag('谁制作新门禁卡？')), undefined);
  });

  it('reads none in a question that is no cleft, asks a material, or names no act', () => {
    assert.equal(actAsked(tag('谁主持了动员部署会？')), undefined);
    assert.equal(actAsked(tag('葵扇是用什么制作的？')), undefined);
    assert.equal(actAsked(tag('教堂形状是什么样的？')), undefined);
    assert.equal(actAsked(tag('谁是部长？')), undefined);
  });
});
