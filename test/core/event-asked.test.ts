/**
 * Questions asking when, where or by whom a birth, death, founding or graduation happened, or where something lives,
 * are answered only by a sentence telling that event: "卒于哪年" was answered with a sentence dating someone's studies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tellsNoEvent } from '../../src/core/answerability.js';
import { eventAsked, tellsEvent } from '../../src/core/event-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

describe('a question asking of a life event', () => {
  it('names the event with a time, place or doer asked', () => {
    const asked: [string, string][] = [
      ['路德维希·普朗特卒于哪年？', 'death'],
      ['邵伯温是在什么时候去世?', 'death'],
      ['戚务生是哪一年出生？', 'birth'],
      ['九龙灵粮堂是哪位牧师所建立？', 'founding'],
      ['公司成立于哪一年？', 'founding'],
      ['李晨毕业于哪儿？', 'graduation'],
      ['马来穿山甲分布在哪些地区？', 'range'],
      ['背斑眶锯雀鲷分布在什么海域？', 'range'],
      ['大冠鹫在哪里分布？', 'range'],
      ['这种陶器的原产地是哪里？', 'range'],
      ['这个国家哪一年独立？', 'independence'],
      ['协定是哪一年签署的？', 'signing'],
      ['这部电影在哪一年上映？', 'screening'],
      ['这本书由哪家出版社出版？', 'publication'],
      ['新航站楼什么时候启用？', 'opening'],
      ['大桥哪一年建成？', 'completion'],
    ];
    for (const [question, kind] of asked) assert.equal(eventAsked(question)?.kind, kind, question);
  });

  it('is not asked without an asking word of time, place or doer, nor by a title', () => {
    for (const question of ['索靖去世后被追封为什么？', '《死亡尽头的冒险》中特别出演的嘉宾是谁？', '公司成立的目的是什么？', '毕业论文的题目是什么？', '李乐成是谁？', '哪些模块可以独立部署？', '下周推出哪些功能？', '谁领导了独立战争？', '这种装甲车生产于哪一年？']) assert.equal(eventAsked(question), undefined, question);
  });

  it('is told in the words general Chinese tells it with, a life span included', () => {
    const death = eventAsked('他是哪一年去世的？');
    const range = eventAsked('这种鱼分布在哪些地区？');
    assert.ok(death && range);
    for (const sentence of ['1953年8月15日，普朗特在哥廷根逝世。', '邵伯温（1057年－1134年），字子文。', '他于1134年病逝于任上。']) assert.ok(tellsEvent(death, sentence), sentence);
    for (const sentence of ['本鱼分布于西太平洋区。', '栖息在400公尺左右的深海。', '荨麻原生于欧洲、亚洲和北美洲。', '本种仅见于台湾北部低海拔山区。']) assert.ok(tellsEvent(range, sentence), sentence);
    assert.ok(!tellsEvent(death, '1894年进入慕尼黑工业大学攻读机械工程，于1900年得博士学位。'));
    assert.ok(!tellsEvent(range, '马来穿山甲的爪厚及强壮，可以挖开蚂蚁的巢。'));
    assert.ok(!tellsEvent(range, '主要表现为药物性肝炎、肾功能不全、粒细胞减少、白细胞减少等；'), 'a list of symptoms is no range');
  });

  it('declines a sentence that does not tell the event, and leaves other questions alone', () => {
    const query = analyseQuestion('普朗特卒于哪年？', undefined);
    assert.equal(tellsNoEvent(query, { text: '1894年进入慕尼黑工业大学攻读机械工程。' }), true);
    assert.equal(tellsNoEvent(query, { text: '1953年，普朗特在哥廷根逝世。' }), false);
    assert.equal(tellsNoEvent(analyseQuestion('普朗特在哪里读书？', undefined), { text: '1894年进入慕尼黑工业大学攻读机械工程。' }), false, 'no event asked');
  });
});

describe('choosing the sentence for a question asking of a life event', () => {
  const profile = coreOverDocumentsInSuite(
    {
      'profile.txt': '周明德\n\n周明德是一位物理学家，1931年在柏林大学取得博士学位，1946年起任研究所所长，1950年获国家科学奖。1962年，周明德在北京逝世。\n',
    },
    'event-asked-',
  );

  it('quotes the sentence telling it over one that dates something else', async () => {
    const reply = await profile().ask('周明德是哪一年去世的？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /在北京逝世/);
  });
});

describe('a passage on a country that no longer says when it became independent', () => {
  const country = coreOverDocumentsInSuite(
    {
      'country.txt': '北山王国\n\n北山王国是一个内陆国家，首都为石城。1999年，北山王国的道路网已有约5940公里，其中1087公里已经铺平。1905年，邻国建造了连接石城和海港的铁路线。北山王国境内共有28个机场。\n',
      // 独立 is written in the documents, so it is the sentence, not the corpus, that lacks it.
      'board.txt': '公司治理\n\n公司董事会设三名独立董事，任期三年。\n',
    },
    'event-independence-',
  );

  it('declines, rather than quoting the years of its roads and railways', async () => {
    const reply = await country().ask('北山王国哪一年独立？');
    assert.equal(reply.kind, 'declined');
  });
});
