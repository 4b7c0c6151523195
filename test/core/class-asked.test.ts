/**
 * A question asking which colour, school or taxon is answered only by a sentence that names one: a passage on a
 * bird's size and range, its sentence on the plumage gone, does not say what colour the bird is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesNoneOfClass } from '../../src/core/answerability.js';
import { classAsked, namesOneOf } from '../../src/core/class-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

describe('a question asking which colour, school or taxon', () => {
  it('is asked with 什么颜色, 哪所大学, 什么科, not with 特色, 角色 or 什么目的', () => {
    for (const question of ['芸香花是什么颜色的？', '赤膀鸭的喙边呈什么颜色？', '谭志源毕业于哪个大学？', '王金璐出身于什么学校？', '钝头鹦嘴鱼属于哪一科？', '唐鱼是什么科的其中一种？', '大沙东站是哪个地铁的站点？', '首席部长是什么级别的称呼？', '氧化铁的化学式是什么？', '李昆的处女作是哪一部？']) assert.ok(classAsked(question), question);
    for (const question of ['这家餐厅有什么特色？', '他在剧中演什么角色？', '她出于什么目的设计了评分方法？', '下周有什么目标？', '公司有什么科技成果？', '芸香花在哪里生长？']) assert.equal(classAsked(question), undefined, question);
  });

  it('is told by a word of that class', () => {
    const colour = classAsked('山雀是什么颜色的？')!;
    for (const sentence of ['雄鸭的喙边为黑色。', '体背青灰，腹部白。', '花瓣呈淡紫色。']) assert.ok(namesOneOf(colour, sentence), sentence);
    assert.ok(!namesOneOf(colour, '长约46厘米，翼展78厘米，分布于欧洲和亚洲北部。'));
    const school = classAsked('他毕业于哪所大学？')!;
    assert.ok(namesOneOf(school, '1984年他从东京艺术大学毕业。'));
    assert.ok(!namesOneOf(school, '他1984年起在东京从事作曲工作。'));
    const formula = classAsked('氧化铁的化学式是什么？')!;
    assert.ok(namesOneOf(formula, '氧化铁的化学式为Fe2O3，俗称铁锈。'));
    assert.ok(!namesOneOf(formula, '氧化铁是一种红棕色粉末，不溶于水。'));
    const line = classAsked('嘉兴南站是哪个铁路线路中的一站？')!;
    assert.ok(namesOneOf(line, '嘉兴南站是沪杭客运专线上的一个车站。'));
    assert.ok(!namesOneOf(line, '嘉兴南站建筑总面积为1.5万平方米。'));
  });

  it('declines a sentence naming none, and holds no other question to it', () => {
    const query = analyseQuestion('山雀是什么颜色的？', undefined);
    assert.equal(namesNoneOfClass(query, { text: '山雀体长约12厘米，栖息于山地森林。' }), true);
    assert.equal(namesNoneOfClass(query, { text: '山雀头顶黑色，两颊白色。' }), false);
    assert.equal(namesNoneOfClass(analyseQuestion('山雀吃什么？', undefined), { text: '山雀体长约12厘米。' }), false, 'no class asked');
  });
});

describe('a passage that no longer says the colour', () => {
  const bird = coreOverDocumentsInSuite(
    {
      'bird.txt': '岩山雀\n\n岩山雀是山雀科的一种小型鸟类，体长约12厘米，体重约10克。岩山雀分布于中国西南部的山地森林，常在岩壁缝隙中筑巢。岩山雀以昆虫和种子为食，繁殖期在每年四月至六月。\n',
    },
    'class-asked-',
  );
  it('declines, rather than quoting its size or range', async () => {
    const reply = await bird().ask('岩山雀是什么颜色的？');
    assert.equal(reply.kind, 'declined');
  });
});

describe('a question asking a size, or what stands in a named relation', () => {
  it('asks a length, an area, a weight, a predecessor, a headquarters or a role, not a span, a multiple or a word of its subject', () => {
    for (const question of ['这种蜥蜴体长约为多少？', '新仓库占地面积多大？', '样机重量是多少？', '公司离地铁站有多远？', '这家公司的前身是什么？', '集团总部设在哪里？', '他是哪支乐队的主唱？', '这部剧的主题曲是什么？', '这部电影的导演是谁？']) assert.ok(classAsked(question), question);
    for (const question of ['合同期有多长时间？', '石材加工周期多长？', '这部剧的评价有多高？', '体长是体高的多少倍？', '男女主角亦有专属声优这一模式是由谁改编的？', '公司前身的厂房在2010年做了什么？']) assert.equal(classAsked(question), undefined, question);
  });

  it('is told by a number in a unit of that size, or by the relation written', () => {
    const length = classAsked('这种蜥蜴体长约为多少？')!;
    assert.ok(namesOneOf(length, '体长可达76公分。'));
    assert.ok(namesOneOf(length, '成体长约1.2米，尾长占一半。'));
    assert.ok(!namesOneOf(length, '体长为体高的72倍，尾长为头与躯干的3倍。'), 'a multiple is no length');
    assert.ok(!namesOneOf(length, '繁殖期在每年4月至6月，每窝产卵3枚。'), 'a count or a date is no length');
    assert.ok(namesOneOf(classAsked('公司离地铁站有多远？')!, '从2号线出口步行约5分钟即到。'));
    const area = classAsked('新仓库占地面积多大？')!;
    assert.ok(namesOneOf(area, '新仓库占地约两万平方米。'));
    assert.ok(!namesOneOf(area, '新仓库共有12个月台。'));
    const predecessor = classAsked('这家公司的前身是什么？')!;
    assert.ok(namesOneOf(predecessor, '公司前身为华信电子厂，1998年改制。'));
    assert.ok(!namesOneOf(predecessor, '公司成立于1998年，员工约三百人。'));
    const director = classAsked('这部电影的导演是谁？')!;
    assert.ok(namesOneOf(director, '影片由王明执导，2019年上映。'));
  });

  it('asks an age by 享年, 多少岁 or 年龄…多少, told by a number of years old, not by a year or a count', () => {
    for (const question of ['安昌浩享年多少岁？', '他几岁开始学琴？', '她出道时年龄是多少？']) assert.ok(classAsked(question), question);
    assert.equal(classAsked('为什么年龄幼小的永昌大君被视为威胁？'), undefined, 'a why-question names an age, asks none');
    const age = classAsked('安昌浩享年多少岁？')!;
    for (const sentence of ['1938年病逝于狱中，享年59岁。', '他十五岁时随父迁居上海。']) assert.ok(namesOneOf(age, sentence), sentence);
    assert.ok(!namesOneOf(age, '1911年，日本逮捕新民会的民族运动指导者六百人，起诉一百零五人。'));
  });

  it('asks an address, told where the place lies or by the word', () => {
    const address = classAsked('吴淞路闸桥原来的地址在哪里？')!;
    assert.ok(address);
    for (const sentence of ['闸桥原位于吴淞路北端，跨苏州河。', '公司地址：上海市长宁区仙霞路100号。']) assert.ok(namesOneOf(address, sentence), sentence);
    assert.ok(!namesOneOf(address, '闸桥于2009年拆除，从上海的版图上消失。'));
  });

  it('asks a player\'s position, told by the position or the sport, not a place\'s position', () => {
    const position = classAsked('他在场上的位置是什么？')!;
    assert.ok(position);
    assert.equal(classAsked('车站的地理位置是什么？'), undefined);
    assert.ok(namesOneOf(position, '美国职业篮球运动员，司职中锋。'));
    assert.ok(!namesOneOf(position, '他1983年在选秀中被火箭队选中。'));
  });

  it('asks a work by 哪部作品, 什么电影, 哪首歌曲, told by its title in title marks or quotes', () => {
    for (const question of ['李昆的丑角代表是哪部作品的哪个角色？', '她在什么电影中首度担当女主角？', '这首曲子出自哪张专辑？', '工作室的主打作品之一是什么？']) assert.ok(classAsked(question), question);
    for (const question of ['矢井田瞳属于哪个唱片公司？', '史东是这部动画片中哪一个动画人物的原型？']) assert.equal(classAsked(question), undefined, question);
    const work = classAsked('她在什么电影中首度担当女主角？')!;
    assert.ok(namesOneOf(work, '2005年她在《天与地》中首度担当女主角。'));
    assert.ok(!namesOneOf(work, '她是香港女艺人，现为无线电视经理人合约女艺员。'));
  });
});

describe('a passage that no longer says the predecessor, and one that gives the size without the name', () => {
  const company = coreOverDocumentsInSuite(
    {
      'company.txt': '青石电子\n\n青石电子是一家生产工业传感器的公司，员工约三百人。青石电子的产品销往东南亚和欧洲，年销售额约两亿元。2015年，青石电子在苏州新建了第二座工厂。\n',
      'lizard.txt': '岩纹蜥\n\n岩纹蜥是一种生活在干旱山地的蜥蜴。岩纹蜥的体长为体宽的6倍，尾长为头与躯干的2倍。体长可达32厘米。本种以昆虫为食，繁殖期在每年四月至六月。\n',
    },
    'class-size-',
  );
  it('declines the predecessor, rather than quoting its products or its factory', async () => {
    const reply = await company().ask('青石电子的前身是什么？');
    assert.equal(reply.kind, 'declined');
  });
  it('quotes the size from a sentence that no longer names the lizard, not the proportions', async () => {
    const reply = await company().ask('岩纹蜥的体长是多少？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.citations[0]?.text ?? '', /32厘米/u);
  });
});
