/**
 * Questions asking what a term is or means are answered only by a sentence that defines it: "胜任力的定义是什么？" was
 * answered with a sentence that merely uses the word once the defining one was gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definesNoTerm } from '../../src/core/answerability.js';
import { definedTermAsked, definesTerm } from '../../src/core/definition-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

describe('a question asking what a term is or means', () => {
  it('asks the term, without where it is asked in, what it is called or an adverb before the asking verb', () => {
    const asked: [string, string][] = [
      ['什么是静电感应？', '静电感应'],
      ['胜任力的定义是什么？', '胜任力'],
      ['「下栏」是指什么？', '下栏'],
      ['渗透一词在英文中的意思是什么？', '渗透'],
      ['广义的唐音是指什么？', '唐音'],
      ['quake lake原本指的是什么？', 'quakelake'],
      ['零碳园区是什么意思？', '零碳园区'],
    ];
    for (const [question, term] of asked) assert.equal(definedTermAsked(question), term, question);
  });

  it('is not asked by other questions, by a pointer (这句话) or by two terms at once', () => {
    for (const question of ['凤凰男的定义是由谁下的？', '这句话是什么意思？', '什么是"速成"和“仓颉”？', '静电感应有什么用？', '李乐成是谁？']) {
      assert.equal(definedTermAsked(question), undefined, question);
    }
  });

  it('is defined by a copula or a word of meaning after the term, or a word of naming before it', () => {
    const defining: [string, string][] = [
      ['静电感应是物体内的电荷因受外界电荷的影响而重新分布。', '静电感应'],
      ['苦力（粤语称作咕喱，英文写成Coolie）是指从事劳动工作的廉价劳工。', '苦力'],
      ['内台航路，或称内台航线，是连结两地的海运航线。', '内台航路'],
      ['「正训」的意思就是「道地的」。', '正训'],
      ['后来的当选者得票最高（俗称「票王」）。', '票王'],
      ['两个顶点的连线叫做棱柱的对角线。', '对角线'],
    ];
    for (const [sentence, term] of defining) assert.ok(definesTerm(sentence, term), sentence);
  });

  it('is not defined by a sentence that only uses the term', () => {
    const using: [string, string][] = [
      ['每种胜任力涉及一组特定的行为，可以用于识别员工的正确行为。', '胜任力'],
      ['贴扎需要的工具有胶布、剪刀和黏著喷剂。', '贴扎'],
      ['而与当年十香词冤案有关之人，也全部处死。', '十香词冤案'],
      ['岛上的动物们正在寻找下一任动物王。', '票王'],
    ];
    for (const [sentence, term] of using) assert.ok(!definesTerm(sentence, term), sentence);
  });

  it('declines a sentence that does not define the term, and leaves other questions alone', () => {
    const query = analyseQuestion('胜任力的定义是什么？', undefined);
    assert.equal(definesNoTerm(query, { text: '每种胜任力涉及一组特定的行为。' }), true);
    assert.equal(definesNoTerm(query, { text: '胜任力是指个人在工作中表现出的深层特征。' }), false);
    assert.equal(definesNoTerm(analyseQuestion('胜任力有什么用？', undefined), { text: '每种胜任力涉及一组特定的行为。' }), false, 'no term asked');
  });
});

describe('choosing the sentence for a question asking what a term means', () => {
  const glossary = coreOverDocumentsInSuite(
    {
      'glossary.txt':
        '灰度发布\n\n团队本月有三个版本采用灰度发布，灰度发布期间共收集用户反馈二百余条，灰度发布的版本崩溃率低于全量版本。所谓灰度发布，是先让一小部分用户使用新版本、确认无误后再逐步扩大范围的上线方式。\n',
    },
    'definition-asked-',
  );

  it('quotes the sentence defining it over one that repeats the term more often', async () => {
    const reply = await glossary().ask('什么是灰度发布？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /所谓灰度发布，是先让/);
  });

  it('declines when no sentence defines it', async () => {
    const reply = await glossary().ask('崩溃率的定义是什么？');
    assert.equal(reply.kind, 'declined');
  });
});
