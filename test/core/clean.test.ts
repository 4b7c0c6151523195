import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cleanDocument } from '../../src/core/corpus/clean.js';
import { classifyLines } from '../../src/core/corpus/lines.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { splitSentences } from '../../src/core/corpus/sentences.js';
import { parseSpeaker } from '../../src/core/corpus/speaker.js';
import { projectRoot } from '../helpers/core.js';

const report = fs.readFileSync(path.join(projectRoot, 'data/report.txt'), 'utf8');
const paragraphs = cleanDocument(report);
const find = (needle: string) => paragraphs.filter((p) => p.text.includes(needle));

describe('cleaning the real report', () => {
  it('joins a sentence the layout broke across lines and a blank line', () => {
    const [joined] = find('把国家战略切实转化为企业行动');
    assert.ok(joined, 'the two halves of 切/实 form one paragraph');
    assert.equal(find('把国家战略切').length, 1);
  });

  it('joins every layout break in the robotics founders section', () => {
    for (const seam of ['营造更加良好的政策环境', '支持人形机器人等新一代人工智能产品', '接受采访时强调“做优产品供给”']) {
      assert.equal(find(seam).length, 1, seam);
    }
  });

  it('keeps a sentence open across a headline but not into another speaker’s quote', () => {
    const [unfinished] = find('算电协同等新基建工程，加强');
    assert.ok(unfinished);
    assert.ok(unfinished.body.endsWith('加强'), 'the next body line belongs to 周剑, so the fragment stays alone');
    assert.equal(unfinished.speaker, undefined);
  });

  it('drops exact duplicate paragraphs, including one that continues a broken sentence', () => {
    assert.equal(find('工业和信息化部党组书记李乐成对做优产品供给').length, 1);
    assert.equal(find('三是场景深耕能力的挑战').length, 1);
    const [kepler] = find('三是场景深耕能力的挑战');
    assert.ok(kepler?.text.includes('一是技术纵深能力的竞争'), 'the surviving copy is the continuation of 张梅魁’s paragraph');
  });

  it('treats headlines, bylines, credits and speaker labels as metadata, not body', () => {
    const bodies = paragraphs.filter((p) => p.kind === 'body').map((p) => p.body);
    for (const meta of ['机器人领域企业家热议政府工作报告', '(耀文)', '新华社记者 李鑫摄', '两会聚焦']) {
      assert.ok(!bodies.some((b) => b === meta), `${meta} is not a body paragraph`);
    }
    assert.ok(!bodies.some((b) => b.startsWith('优必选创始人、董事会主席兼CEO周剑')));
  });

  it('keeps the photo caption answerable, with its credit', () => {
    const captions = paragraphs.filter((p) => p.kind === 'caption');
    assert.equal(captions.length, 1);
    assert.match(captions[0]?.text ?? '', /李乐成接受媒体采访。\n新华社记者 李鑫摄$/);
  });

  it('gives paragraphs their article headline and byline', () => {
    const [meeting] = find('张云明主持会议');
    assert.equal(meeting?.headline, '工信部召开树立和践行 正确政绩观学习教育动员部署会');
    assert.equal(meeting?.byline, '耀文');
    const [minister] = find('着力做好三个方面的工作');
    assert.match(minister?.headline ?? '', /^李乐成在全国两会“部长通道”回答记者提问时表示/);
    const [founder] = find('确保2026年实现万台级产能');
    assert.equal(founder?.headline, '机器人领域企业家热议政府工作报告');
  });

  it('attributes quoted paragraphs to their speaker, label in front of the text', () => {
    const expectations: [string, string, string][] = [
      ['确保2026年实现万台级产能', '周剑', '优必选'],
      ['技术壁垒高、研发成本高、生态分散', '姚淇元', '众擎'],
      ['手机数量乘以汽车价格', '姚卯青', '智元'],
      ['而是“新型生产终端”', '张梅魁', '开普勒'],
    ];
    for (const [needle, name, organisation] of expectations) {
      const [p] = find(needle);
      assert.equal(p?.speaker?.name, name, needle);
      assert.equal(p?.speaker?.organisation, organisation, needle);
      assert.ok(p?.text.startsWith(`${p.speaker?.label}：`));
    }
  });

  it('numbers paragraphs in reading order, stable across loads', async () => {
    const first = await loadCorpus(path.join(projectRoot, 'data'), { exclude: [path.join(projectRoot, 'data', 'index')] });
    const second = await loadCorpus(path.join(projectRoot, 'data'), { exclude: [path.join(projectRoot, 'data', 'index')] });
    assert.deepEqual(first.paragraphs.map((p) => p.number), first.paragraphs.map((_, i) => i + 1));
    assert.deepEqual(first.paragraphs, second.paragraphs);
    assert.equal(first.hash, second.hash);
    assert.ok(first.paragraphs[0]?.text.startsWith('本报讯 3月3日'));
  });
});

describe('cleaning other documents', () => {
  it('reads a line opening with a publication date as a dateline, not a headline', () => {
    const kinds = classifyLines('2026-11-28 09:30 来源：城市晚报 记者 周明远\n2026年3月5日 新华社\n2026年全国两会\n2026年3月5日，大会开幕。').map((l) => l.kind);
    assert.deepEqual(kinds, ['dateline', 'dateline', 'headline', 'body']);
  });

  it('keeps every paragraph of a document without headlines', () => {
    const plain = cleanDocument('第一段讲了一件事。\n\n第二段说，版面把这句话\n\n拆成了两行。\n');
    assert.deepEqual(plain.map((p) => p.text), ['第一段讲了一件事。', '第二段说，版面把这句话拆成了两行。']);
    assert.deepEqual(plain.map((p) => p.headline), ['', '']);
  });
});

describe('documents written in English', () => {
  it('ends a paragraph at an English full stop, as at 。, and splits its sentences there', () => {
    const text = 'We closed 42 tickets.\n\nThe legacy queue still runs version 2.8. Upgrading it needs two weeks.\n\nDr. Smith met the U.S. team on Jan. 5 and left.';
    const cleaned = cleanDocument(text);
    assert.deepEqual(cleaned.map((p) => p.text), ['We closed 42 tickets.', 'The legacy queue still runs version 2.8. Upgrading it needs two weeks.', 'Dr. Smith met the U.S. team on Jan. 5 and left.']);
    assert.deepEqual(splitSentences(cleaned[1]?.text ?? '').map((s) => s.text), ['The legacy queue still runs version 2.8.', 'Upgrading it needs two weeks.']);
    assert.deepEqual(splitSentences(cleaned[2]?.text ?? '').map((s) => s.text), ['Dr. Smith met the U.S. team on Jan. 5 and left.'], 'abbreviations and initials end no sentence');
    assert.deepEqual(splitSentences('1. 光学指纹模组只有一家供应商。2. 高低温箱只有两台。').map((s) => s.text), ['1. 光学指纹模组只有一家供应商。', '2. 高低温箱只有两台。'], 'a list number is no full stop');
    assert.deepEqual(splitSentences('伊维卡·奥利奇（，；），克罗地亚足球运动员，司职前锋。本月入职12人（注：含外包3人；实习生2人）。').map((s) => s.text), ['伊维卡·奥利奇（，；），克罗地亚足球运动员，司职前锋。', '本月入职12人（注：含外包3人；实习生2人）。'], 'a bracket ends no sentence');
  });

  it('takes the headings a format marks (Markdown) for its headlines, and each of its lines for a paragraph', () => {
    const text = 'Platform Team Weekly Report, Week 49\n\nNext week\n\nDecommission the old billing servers\n\nStart load testing the search service';
    const marked = { headings: ['Platform Team Weekly Report, Week 49', 'Next week'] };
    assert.deepEqual(classifyLines(text, marked).filter((l) => l.kind !== 'blank').map((l) => l.kind), ['headline', 'headline', 'body', 'body']);
    const cleaned = cleanDocument(text, marked);
    assert.deepEqual(cleaned.map((p) => [p.headline, p.text]), [['Next week', 'Decommission the old billing servers'], ['Next week', 'Start load testing the search service']]);
    assert.deepEqual(classifyLines(text).filter((l) => l.kind !== 'blank').map((l) => l.kind), ['body', 'headline', 'headline', 'headline'], 'unmarked, the lines are read by their look');
  });
});

describe('line classification', () => {
  it('recognises each kind of metadata line', () => {
    const lines = classifyLines('标题在这里\n\n正文第一句。\n(耀文)\n照片说明文字。\n新华社记者 李鑫摄\n某公司创始人张三：').filter((l) => l.kind !== 'blank');
    assert.deepEqual(lines.map((l) => l.kind), ['headline', 'body', 'byline', 'caption', 'credit', 'speaker']);
  });
});

describe('a plain-text report’s header fields', () => {
  it('are a paragraph saying who reports, not a headline, though short and without a comma', () => {
    const text = '教务处11月工作月报\n\n报告人：教务处副处长 韩雪梅　　报告日期：2026年12月3日\n\n一、教学运行\n\n本月共开设课程1,286门次。\n';
    const paragraphs = cleanDocument(text);
    assert.equal(paragraphs[0]?.text, '报告人：教务处副处长 韩雪梅　　报告日期：2026年12月3日');
    assert.equal(paragraphs[0]?.kind, 'body');
    assert.equal(paragraphs[1]?.headline, '一、教学运行');
    assert.equal(classifyLines('会议纪要：第12次例会')[0]?.kind, 'headline', 'a colon alone is no header field');
  });
});

describe('parseSpeaker', () => {
  it('splits organisation, title and name', () => {
    assert.deepEqual(parseSpeaker('智元合伙人、高级副总裁、具身业务部总裁姚卯青：'), {
      label: '智元合伙人、高级副总裁、具身业务部总裁姚卯青',
      organisation: '智元',
      title: '合伙人、高级副总裁、具身业务部总裁',
      name: '姚卯青',
    });
    assert.equal(parseSpeaker('开普勒中国区业务负责人张梅魁：').organisation, '开普勒');
  });
});

describe('lists in plain text', () => {
  const items = (source: string): string[] => cleanDocument(source).filter((p) => p.listItem).map((p) => p.text);

  it('reads two or more numbered or bulleted lines under one heading as list items, each a paragraph though it ends without a full stop', () => {
    const source = '下周重点\n\n1. 上线新的退货流程\n2. 启动华北仓选址调研\n（3）完成盘点\n\n风险\n\n- 华南仓人手不足。\n• 暴雨可能再次停运。\n';
    assert.deepEqual(items(source), ['1. 上线新的退货流程', '2. 启动华北仓选址调研', '（3）完成盘点', '- 华南仓人手不足。', '• 暴雨可能再次停运。']);
  });

  it('leaves a lone numbered line, a decimal and the report’s own paragraphs unmarked', () => {
    assert.deepEqual(items('说明\n\n1. 本周订单量创新高。\n\n其他\n\n1.5亿元的订单已经发出。\n2.3万件退货已处理。\n'), []);
    assert.deepEqual(paragraphs.filter((p) => p.listItem), []);
  });
});
