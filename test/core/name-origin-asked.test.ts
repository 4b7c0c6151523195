/**
 * A question asking why something bears its name (增城挂绿为什么叫挂绿？) is answered by the sentence that gives the
 * name its cause (…每个果实都环绕有一圈绿线，故名挂绿。), not by one that repeats the name more often.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tellsNoNameOrigin } from '../../src/core/answerability.js';
import { asksNameOrigin, tellsNameOrigin } from '../../src/core/name-origin-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

describe('a question asking why something bears its name', () => {
  it('is asked with why and a naming verb, or the name\'s origin as a noun', () => {
    for (const question of ['增城挂绿为什么叫挂绿？', '藏传佛教为何被称为喇嘛教？', '百老汇剧院是因何得名的？', '四加亭名字的由来是什么？', '太阳历某年的年号是怎么命名的？', '“梦野久作”这个笔名有什么由来？', '乌石渔港的名称怎么来的？', '威拉弗龙属的种名是以什么为名的？', '辅仁中学的名字来自于哪本经典著作？']) assert.ok(asksNameOrigin(question), question);
    for (const question of ['成都道为什么能称为最繁盛的街道？', '挂绿为什么珍贵？', '喇嘛的意思是什么？', '这家公司叫什么名字？', '西巴丹岛以什么闻名世界？', '他以什么罪名被起诉？']) assert.ok(!asksNameOrigin(question), question);
  });

  it('is told by a cause of the name: 故名, 得名, 因此被称为, 以…命名, the name\'s source', () => {
    for (const sentence of ['每个果实都环绕有一圈绿线，故名挂绿。', '因境内呼通诺尔湖而得名。', '藏传佛教因此也被称为喇嘛教。', '以中国四川省省会成都市命名。', '地名来源于早期殖民地的一位秘书的名字。', '这个笔名取自福冈博多地区的方言。', '流亡者聚集于此，使它获得“小科布伦茨”的绰号。']) assert.ok(tellsNameOrigin(sentence), sentence);
    for (const sentence of ['增城挂绿产于广州市增城区，为荔枝中的名贵品种。', '现在所剩下的母树存于挂绿广场。']) assert.ok(!tellsNameOrigin(sentence), sentence);
  });
});

describe('declining a sentence that gives no cause of the name', () => {
  it('declines a sentence on something else of what is named, and passes one giving the cause', () => {
    const query = analyseQuestion('伯尔尼条约的名字如何得来？', undefined);
    assert.equal(tellsNoNameOrigin(query, { text: '条约在10月9日签署，它所成立的组织后来改称万国邮政联盟。' }), true);
    assert.equal(tellsNoNameOrigin(query, { text: '因在瑞士伯尔尼签订，故称伯尔尼条约。' }), false);
    assert.equal(tellsNoNameOrigin(analyseQuestion('伯尔尼条约是哪一年签署的？', undefined), { text: '条约在1874年签署。' }), false, 'no name origin asked');
  });
});

describe('choosing the sentence for a question asking why something bears its name', () => {
  // The shape of CMRC's 增城挂绿 passage: the sentence giving the cause holds one of the name's two words, while its
  // neighbours repeat both; without the weight the answer was the first, third and fourth sentences.
  const orchid = coreOverDocumentsInSuite(
    {
      'orchid.txt':
        '北岭明月\n\n北岭明月产于福建省北岭镇，为兰花中的名贵品种，闽北三大名兰之首。其花瓣洁白，中心有一圈圆形黄斑，宛如一轮满月，故名明月。北岭镇现存北岭明月母株一株，株龄两百多年。由它培育了数代的明月兰株，在北岭几个村种植。每年北岭镇都举办北岭明月花展，拍出价格曾高达十万元一株。\n',
    },
    'name-origin-asked-',
  );
  it('quotes the sentence giving the cause, though its neighbours repeat more of the name', async () => {
    const reply = await orchid().ask('北岭明月为什么叫明月？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /故名明月/);
  });
});

describe('a passage that no longer gives the cause of the name', () => {
  const orchid = coreOverDocumentsInSuite(
    {
      'orchid.txt': '北岭明月\n\n北岭明月产于福建省北岭镇，为兰花中的名贵品种，闽北三大名兰之首。北岭镇现存北岭明月母株一株，株龄两百多年。每年北岭镇都举办北岭明月花展，拍出价格曾高达十万元一株。\n',
    },
    'name-origin-gone-',
  );
  it('declines, rather than quoting a sentence that repeats the name', async () => {
    const reply = await orchid().ask('北岭明月为什么叫明月？');
    assert.equal(reply.kind, 'declined');
  });
});
