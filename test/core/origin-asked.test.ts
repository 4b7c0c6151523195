/**
 * Questions asking where someone comes from (哪里人, 籍贯) are answered only by a sentence that tells it: "黄昆岩是哪里
 * 人？" was answered with a sentence on his work once the one saying where he came from was gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tellsNoOrigin } from '../../src/core/answerability.js';
import { asksOrigin, tellsOrigin } from '../../src/core/origin-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

describe('a question asking where someone comes from', () => {
  it('is asked with 哪里人, 籍贯, 祖籍 or 出生地, not with 哪国人 (a country) or 在哪里工作', () => {
    for (const question of ['王沈是哪里人？', '唐爱陆的籍贯是哪里？', '元皇后祖籍何处？', '他的出生地在哪？']) assert.ok(asksOrigin(question), question);
    for (const question of ['列卡度·华斯迪是哪国人？', '他在哪里工作？', '会议在哪里举行？']) assert.ok(!asksOrigin(question), question);
  });

  it('is told by a place closed by 人, bracket or not, or by a word of origin', () => {
    for (const sentence of ['王沈，字处道，太原晋阳人。', '徐夫人，吴郡富春（今浙江省杭州市富阳区）人，为吴大帝孙权之妻。', '四川省资阳县人(今资阳市雁江区)，已故著名演员。', '他1931年生于台湾台南。', '其籍贯为浙江宁波。']) assert.ok(tellsOrigin(sentence), sentence);
  });

  it('is not told by a count of people (号百万人, 共三人)', () => {
    for (const sentence of ['李成栋集结洞蛮土著，号百万人。', '此役双方伤亡共三人。']) assert.ok(!tellsOrigin(sentence), sentence);
  });

  it('declines a sentence that tells something else of the person', () => {
    const query = analyseQuestion('黄昆岩是哪里人？', undefined);
    assert.equal(tellsNoOrigin(query, { text: '黄昆岩是台湾的医学教育家，长期研究解剖学。' }), true);
    assert.equal(tellsNoOrigin(query, { text: '黄昆岩，台湾台南人，医学教育家。' }), false);
    assert.equal(tellsNoOrigin(analyseQuestion('黄昆岩研究什么？', undefined), { text: '黄昆岩是台湾的医学教育家。' }), false, 'no origin asked');
  });
});

describe('choosing the sentence for a question asking where someone comes from', () => {
  const profile = coreOverDocumentsInSuite(
    {
      'profile.txt': '黄文山\n\n黄文山是台湾著名的医学教育家，长期研究解剖学，曾任医学院院长。祖籍福建泉州，1931年生于台南。\n',
    },
    'origin-asked-',
  );
  it('quotes the sentence telling it, though it leaves the name unsaid, over one on the person\'s work', async () => {
    const reply = await profile().ask('黄文山是哪里人？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /祖籍福建泉州/);
  });


});

describe('a sentence of another kind first, for a question asking where someone comes from', () => {
  const career = coreOverDocumentsInSuite({ 'career.txt': '李明远\n\n李明远是台湾著名的医学教育家，长期在台湾研究解剖学，著有多部解剖学教材，曾任医学院院长。1931年，李明远出生于台湾台中。\n' }, 'origin-asked-yield-');
  it('yields to the sentence telling it, which names who is asked', async () => {
    const reply = await career().ask('李明远是哪里人？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /出生于台湾台中/);
  });
});
