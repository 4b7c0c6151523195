/**
 * Rules that decline what the corpus-level coverage cannot see, found on the
 * CMRC fit part where such questions were answered from unrelated passages:
 * - a question opening with a name jieba cut in two (瑞|尼尔山, 北|土城站) is
 *   about that name, however many of its pieces occur apart;
 * - a number the question gives (2008年) must be in the best paragraph, not
 *   merely somewhere in the documents.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsOtherNumber, datesAnotherEvent, datesNothing, datesOnlyDeadline, decide, DEFAULT_THRESHOLDS, givesNoDuration, givesNoMoney, givesNoName, givesNoNumber, measure, namesNoOne, namesNoPost, labelNamesDoer, creditNamesPhotographer, namesNoThingCounted, namesPersonWithTopic, omitsAttributeAsked, organisationEndedBy, omitsEnglishAim, omitsEnglishAttribute, openingName, tellsNoAct, tellsNoCountedAct, tellsNoEnglishAct, tellsNoOutcome } from '../../src/core/answerability.js';
import { Bm25Index } from '../../src/core/index/bm25.js';
import { indexTerms, words } from '../../src/core/index/segmenter.js';
import { createVocabulary } from '../../src/core/index/vocabulary.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { askedNameMark } from '../../src/core/query/intent.js';
import { BRIDGE_FORMAT, type BridgeData } from '../../src/core/query/bridge.js';
import { pinyinKeys } from '../../src/core/query/names.js';

/** The lexical index and vocabulary of a corpus of `texts`. */
function indexOver(texts: readonly string[]): { bm25: Bm25Index; vocabulary: ReturnType<typeof createVocabulary> } {
  const bm25 = new Bm25Index();
  bm25.addAll(texts.map((text, id) => ({ id, terms: indexTerms(text) })));
  return { bm25, vocabulary: createVocabulary(bm25, () => texts) };
}

/** The signals of `question` over a corpus of `texts`, paragraph `best` ranked first (dense 0.7 when `dense`, so no floor declines). */
function signalsOver(texts: readonly string[], options: { dense?: boolean } = {}): (question: string, best?: number) => ReturnType<typeof measure> {
  const { bm25, vocabulary } = indexOver(texts);
  const [dense, denseScaled] = options.dense ? [0.7, 1] : [0, 0];
  return (question, best = 0) =>
    measure(analyseQuestion(question, undefined), [{ index: best, fused: 1, lexical: 1, bm25: 1, dense, denseScaled, matched: words(texts[best] ?? '') }], bm25, vocabulary, { text: (i) => texts[i] ?? '' });
}

describe('a word the documents write', () => {
  it('is found though it mixes digits and characters (11月), which the bigram filter never holds', () => {
    const { vocabulary } = indexOver(['11月，基地共生产控制器4.2万套。']);
    assert.equal(vocabulary.occurs('11月'), true);
    assert.equal(vocabulary.occurs('12月'), false);
    assert.equal(vocabulary.occurs('基地共生'), true);
    assert.equal(vocabulary.occurs('基地生产'), false);
  });
});

describe('a number the question gives, looked for in the best paragraph and its headline', () => {
  it('is not found in the list number of the headline (四、) or of an item (3.)', () => {
    const text = '3楼会议室的投影仪已报修，预计下周更换。';
    const { bm25, vocabulary } = indexOver([text]);
    const signals = (question: string, paragraph: string): ReturnType<typeof measure> =>
      measure(analyseQuestion(question, undefined), [{ index: 0, fused: 1, lexical: 1, bm25: 1, dense: 0.7, denseScaled: 1, matched: words(text) }], bm25, vocabulary, { text: () => paragraph });
    assert.deepEqual(signals('4楼会议室的投影仪坏了吗？', '四、行政与后勤\n3楼会议室的投影仪已报修。').numbersNotInBest, ['4']);
    assert.deepEqual(signals('4楼会议室的投影仪坏了吗？', '行政与后勤\n4. 3楼会议室的投影仪已报修。').numbersNotInBest, ['4']);
    assert.deepEqual(signals('4楼会议室的投影仪坏了吗？', '行政与后勤\n四楼会议室的投影仪已报修。').numbersNotInBest, [], 'written in characters in the content');
  });
});

describe('a numbered name the documents never write (一号 against 二号)', () => {
  const signalsFor = signalsOver(['11月，二号基地共生产控制器4.2万套。', '3号车间停机18小时。'], { dense: true });
  it('decides a decline: the documents speak of another of the series', () => {
    assert.deepEqual(signalsFor('一号基地11月生产了多少套控制器？').missingDecisive, ['一号']);
    assert.deepEqual(signalsFor('二号基地11月生产了多少套控制器？').missingDecisive, []);
    assert.deepEqual(signalsFor('三号车间停机了多久？', 1).missingDecisive, [], 'written in digits: 3号');
  });
  it('reads a numbered phase (一期 against 二期) so, whatever jieba tags it', () => {
    const phases = signalsOver(['桌面云二期已完成800个终端的部署。'], { dense: true });
    assert.deepEqual(phases('桌面云一期部署了多少个终端？').missingDecisive, ['一期']);
    assert.deepEqual(phases('桌面云二期部署了多少个终端？').missingDecisive, []);
  });
  it('reads an ordinal batch or round (第三批 against 第二批) so', () => {
    const batches = signalsOver(['智慧教室改造完成第二批，新增智慧教室24间。', '第3轮培训于12月开始。'], { dense: true });
    assert.deepEqual(batches('第三批智慧教室什么时候改造？').missingDecisive, ['第三批']);
    assert.deepEqual(batches('第二批智慧教室新增了多少间？').missingDecisive, []);
    assert.deepEqual(batches('第三轮培训什么时候开始？', 1).missingDecisive, [], 'written in digits: 第3轮');
  });
});

describe('a name jieba cuts across, which the documents write', () => {
  const signalsFor = signalsOver(['扎加藏布全长409公里，是西藏最长的内流河，发源于唐古拉山。', '王沈，字处道，太原晋阳人。', '杨昊，中国足球运动员，现效力于长安竞技。', '乙二醛是最简单的二醛，室温下为黄色液体。'], { dense: true });
  const missing = (question: string, best = 0): string[] => signalsFor(question, best).missingWords.map((w) => w.word);
  it('is written when its last character went to the next word (扎加藏|布发源)', () => {
    assert.equal(missing('扎加藏布发源于哪座山？').includes('布发源'), false);
  });
  it('is written when jieba glued a 是 to it (王沈是)', () => {
    assert.deepEqual(missing('王沈是哪里人？', 1), []);
  });
  it('is written when jieba glued an adverb to it (杨昊现)', () => {
    assert.deepEqual(missing('杨昊现效力于哪里？', 2), []);
  });
  it('is written when jieba glued the place word closing the noun before onto it (室温|下乙二醛)', () => {
    assert.equal(missing('室温下乙二醛是什么颜色？', 3).includes('下乙二醛'), false);
  });
  it('is not written when the documents lack the pieces', () => {
    assert.deepEqual(missing('李沈是哪里人？', 1), ['李沈是']);
    assert.equal(missing('室温下乙三醛是什么颜色？', 3).includes('下乙三醛'), true);
  });
});

describe('a character jieba knows only inside words, standing alone (疣|鹦嘴鱼)', () => {
  const signalsFor = signalsOver(['黄鞍鹦嘴鱼分布于印度太平洋区，幼鱼栖息于岩礁或珊瑚礁中。'], { dense: true });
  it('decides a decline when the documents never write it: they speak of another of the kind', () => {
    assert.deepEqual(signalsFor('疣鹦嘴鱼主要分布在什么地方？').missingDecisive, ['疣']);
    assert.deepEqual(signalsFor('黄鞍鹦嘴鱼主要分布在什么地方？').missingDecisive, []);
  });
  it('decides nothing when they write it', () => {
    const written = signalsOver(['疣鹦嘴鱼分布于印度太平洋区。'], { dense: true });
    assert.deepEqual(written('疣鹦嘴鱼主要分布在什么地方？').missingDecisive, []);
  });
});

describe('the words naming the document itself', () => {
  it('are no thing the documents must write: a report seldom calls itself one', () => {
    const signalsFor = signalsOver(['第三季度到期客户共186家，续约率为91.9%。'], { dense: true });
    const signals = signalsFor('季度报告里续约率是多少？');
    assert.deepEqual(signals.missingAskedOf, []);
    assert.deepEqual(signals.missingNouns, []);
    assert.deepEqual(signalsFor('季度报告里毛利率是多少？').missingAskedOf.includes('报告'), false, 'only the thing asked can be missing');
  });
});

describe('an organisation the documents never name', () => {
  const signalsFor = signalsOver(['3月5日，交通运输部部长在部长通道接受采访。', '公司东北部的仓库已经启用。'], { dense: true });
  it('decides a decline, as a numbered name does', () => {
    assert.deepEqual(signalsFor('教育部部长在部长通道说了什么？').missingDecisive, ['教育部']);
    assert.deepEqual(signalsFor('交通运输部部长在部长通道说了什么？').missingDecisive, []);
  });
  it('is no kind of organisation, nor a part of a place', () => {
    assert.deepEqual(signalsFor('哪家医院的部长在部长通道接受了采访？').missingDecisive, [], 'a kind: 医院 alone');
    assert.deepEqual(signalsFor('西南部的仓库启用了吗？', 1).missingDecisive, [], '西南部 is a part of a place');
    assert.deepEqual(signalsFor('党员干部在部长通道说了什么？').missingDecisive, [], '干部 are people: 部 ends a word of its own');
  });
  it('is not a shortening of a name the documents spell out', () => {
    const spelled = signalsOver(['3月5日，工业和信息化部部长在部长通道接受采访，谈到教育动员部署。'], { dense: true });
    assert.deepEqual(spelled('工信部部长在部长通道说了什么？').missingDecisive, [], '工|业和|信|息化|部');
    assert.deepEqual(spelled('教育部部长在部长通道说了什么？').missingDecisive, ['教育部'], 'not 教育|动员|部署: nothing left out between 教 and 育');
  });
});

describe('an organisation named in several words', () => {
  it('runs back from its last word to the proper name opening it', () => {
    const named = (question: string): (string | undefined)[] => {
      const query = analyseQuestion(question, undefined);
      return query.words.map((_, i) => organisationEndedBy(query, i)).filter((name) => name !== undefined);
    };
    assert.deepEqual(named('2008年印度空间研究组织将什么发射升空？'), ['印度空间研究组织']);
    assert.deepEqual(named('越南保险集团有多少间分行？'), ['越南保险集团']);
    assert.deepEqual(named('空间研究组织将什么发射升空？'), [], 'a kind of organisation: no proper name opens it');
    assert.deepEqual(named('福林德斯大学大学开办第一年有多少学生？'), ['福林德斯大学'], 'a word typed twice: the name ends at the first');
  });
  it('decides a decline when the documents never write it, whole, with words put in, or shortened', () => {
    const question = '越南保险集团有多少间分行？';
    const decisive = (text: string): string[] => signalsOver([text], { dense: true })(question).missingDecisive;
    assert.deepEqual(decisive('泰国保险集团在全国设有120间分行。'), ['越南保险集团']);
    assert.deepEqual(decisive('越南保险集团在全国设有120间分行。'), []);
    assert.deepEqual(decisive('越南国家保险集团在全国设有120间分行。'), [], 'with a word put in');
    assert.deepEqual(decisive('越南集团在全国设有120间分行。'), [], 'shortened');
  });
});

describe('the name a question opens with', () => {
  for (const [question, lead] of [
    ['瑞尼尔山又被称作什么？', '瑞尼尔'],
    ['北土城站连接了哪两条线路？', '北土城'],
    ['史丹佛郡实际管辖了多少个非都市区？', '史丹佛'],
  ] as const) {
    it(`is read from ${question}`, () => assert.equal(analyseQuestion(question, undefined).lead, lead));
  }

  for (const question of ['李婉华毕业于什么学校？', '北京上海之间有多少趟高铁？', '王小明修复了什么问题？', 'Who fixed the bug?']) {
    it(`is not read from ${question}: a name and what is asked about it, two names, or no Chinese`, () => {
      assert.equal(analyseQuestion(question, undefined).lead, undefined);
    });
  }
});

describe('a question whose opening name the documents never write whole', () => {
  const texts = ['尼尔·阿姆斯特朗在北京出生。', '瑞士的山很高，又被称作欧洲屋脊。'];
  const bm25 = new Bm25Index();
  bm25.addAll(texts.map((text, id) => ({ id, terms: indexTerms(text) })));
  const vocabulary = createVocabulary(bm25, () => texts);

  it('is declined though every piece occurs', () => {
    const query = analyseQuestion('瑞尼尔山又被称作什么？', undefined);
    const signals = measure(query, [{ index: 1, fused: 1, lexical: 1, bm25: 1, dense: 0, denseScaled: 0, matched: ['山', '称作'] }], bm25, vocabulary);
    assert.equal(signals.leadMissing, '瑞尼尔');
    assert.equal(decide(signals, DEFAULT_THRESHOLDS), false);
    assert.equal(decide({ ...signals, leadMissing: undefined }, DEFAULT_THRESHOLDS), true, 'nothing else declines it');
  });

  it('matches the documents’ writing whatever the spacing, case or name dots', () => {
    assert.ok(vocabulary.writes('尼尔阿姆斯特朗'));
    assert.ok(!vocabulary.writes('瑞尼尔'));
  });
});

describe('a number the best paragraph does not hold', () => {
  const signalsFor = signalsOver(['2006年印度空间研究组织获得拨款。', '2008年，该组织发射了月球探测器。', '会议提出三大任务。']);

  it('declines though the documents have the number in another paragraph', () => {
    const signals = signalsFor('2008年印度空间研究组织获得了多少拨款？', 0);
    assert.deepEqual(signals.numbersNotInBest, ['2008']);
    assert.equal(signals.missingDecisive.length, 0, 'the corpus has 2008: the old rule let it through');
    assert.equal(decide(signals, DEFAULT_THRESHOLDS), false);
  });

  it('finds a number whole, not inside another (2 is not in 2006), and small numbers written in characters', () => {
    assert.deepEqual(signalsFor('2年前组织获得了多少拨款？', 0).numbersNotInBest, ['2']);
    assert.deepEqual(signalsFor('会议提出了哪3大任务？', 2).numbersNotInBest, []);
    assert.deepEqual(signalsFor('2006年组织获得了多少拨款？', 0).numbersNotInBest, []);
  });
});

describe('a counting question about a thing the documents never name', () => {
  const signalsFor = signalsOver(['星河科技将落实报告精神，确保实现万台级产能。', '星河科技的产品占全球总量的半数以上。'], { dense: true });

  it('is declined: the documents cannot give the amount of what they never write (股价)', () => {
    const signals = signalsFor('星河科技的股价是多少？');
    assert.deepEqual(signals.missingAskedOf, ['股价']);
    assert.equal(decide(signals, DEFAULT_THRESHOLDS), false);
    assert.equal(decide({ ...signals, missingAskedOf: [] }, DEFAULT_THRESHOLDS), true, 'nothing else declines it');
  });

  it('does not count how an amount is asked (钱 in 多少钱) against the coverage of documents that never write it', () => {
    const signals = signalsOver(['活动总预算为180万元，实际支出172万元。'], { dense: true })('活动实际花了多少钱？');
    assert.ok(signals.coverage >= DEFAULT_THRESHOLDS.minCoverage, String(signals.coverage));
    assert.deepEqual(signals.missingNouns, []);
  });

  it('is not declined for a quantity noun (比例, 数量), which the answer states as a number, nor for a time word', () => {
    assert.deepEqual(signalsFor('星河科技的产品数量占全球的比例如何？').missingAskedOf, []);
    assert.deepEqual(signalsFor('星河科技今天的产能有多少？').missingAskedOf, []);
    // 钱 in 多少钱 is the unit the amount is asked in (the answer says 六百五十元).
    assert.deepEqual(signalsFor('星河科技的产品卖多少钱？').missingAskedOf, []);
  });

  it('only applies to counting questions: a missing noun elsewhere is left to the other signals', () => {
    assert.deepEqual(signalsFor('星河科技的股价怎么样？').missingAskedOf, []);
  });
});

describe('a measure of a thing (下载量, 访问量) in a counting question', () => {
  it('is declined when the documents write neither it nor its stem (下载)', () => {
    const released = signalsOver(['移动端4.2版本于周二上线，新增两项功能。'], { dense: true });
    assert.deepEqual(released('4.2版本的下载量是多少？').missingAskedOf, ['下载量']);
    assert.equal(decide(released('4.2版本的下载量是多少？'), DEFAULT_THRESHOLDS), false);
  });

  it('is left to the other signals when the stem is written (下载超过十万次)', () => {
    const downloads = signalsOver(['4.2版本上线首周下载超过十万次。'], { dense: true });
    assert.deepEqual(downloads('4.2版本的下载量是多少？').missingAskedOf, []);
  });
});

describe('a one-character thing counted (多少张表 → 表)', () => {
  it('is written only as a word or the end of one (数据表), not inside another word (表示)', () => {
    const racks = signalsOver(['运维团队表示，三百二十个机柜已完成迁移。'], { dense: true });
    assert.deepEqual(racks('迁移了多少张表？').missingAskedOf, ['表']);
    assert.equal(decide(racks('迁移了多少张表？'), DEFAULT_THRESHOLDS), false);
    const tables = signalsOver(['本周共迁移数据表46张，演练耗时3小时。'], { dense: true });
    assert.deepEqual(tables('迁移了多少张表？').missingAskedOf, []);
  });

  it('is not missing when jieba cut it from the word it opens (多少|家茶|企 over 茶企)', () => {
    const fair = signalsOver(['来自全国的200多家茶企参展，总投资8.6亿元。'], { dense: true });
    assert.deepEqual(fair('有多少家茶企参展？').missingAskedOf, []);
  });
});

describe('a when-question about an event the documents never tell', () => {
  const signalsFor = signalsOver(['王晓明指出，2025年，星河科技产能超过万台。', '3月5日，王晓明在会上讲话。'], { dense: true });

  it('is declined: a year in a sentence naming the person is not the year of an event never told (出生)', () => {
    const signals = signalsFor('王晓明是哪一年出生的？');
    assert.deepEqual(signals.missingAskedOf, ['出生']);
    assert.equal(decide(signals, DEFAULT_THRESHOLDS), false);
  });

  it('is not declined when the documents tell the event, nor for a verbal noun naming the event itself (活动)', () => {
    assert.deepEqual(signalsFor('王晓明是哪天讲话的？').missingAskedOf, []);
    assert.deepEqual(signalsFor('活动是哪天讲话的？').missingAskedOf, []);
  });

  it('is declined when the event is a verb that frames other questions (担任 in 担任什么职务)', () => {
    assert.deepEqual(signalsFor('王晓明什么时候担任总经理的？').missingAskedOf, ['担任']);
    assert.deepEqual(signalsFor('王晓明担任什么职务？').missingAskedOf, []);
  });

  it('dates the event a phase verb opens, not the phase verb (什么时候开始讲话 dates 讲话)', () => {
    assert.deepEqual(signalsFor('王晓明什么时候开始讲话？').missingAskedOf, []);
    assert.deepEqual(signalsFor('王晓明什么时候开始？').missingAskedOf, ['开始'], 'nothing after it: 开始 is the event');
  });

  it('dates a noun right after the asking words, which jieba mis-tags (什么时候|封顶/n)', () => {
    const site = signalsOver(['受连续降雨影响，3号楼进度比计划滞后约3天。'], { dense: true });
    assert.deepEqual(site('3号楼计划什么时候封顶？').missingAskedOf, ['封顶']);
    assert.deepEqual(site('计划什么时候滞后的？').missingAskedOf, [], 'an event the documents tell');
    const cluster = signalsOver(['集群的存储容量已使用87%，预计在1月中旬用满。'], { dense: true });
    assert.deepEqual(cluster('集群的存储什么时候会用满？').missingAskedOf, [], 'jieba glues 会 to the verb (会用|满): no event');
  });

  it('takes no verb of taking effect for an event a notice must tell (自2027年1月1日起调整 dates when a standard applies)', () => {
    const notice = signalsOver(['自2027年1月1日起调整国内差旅报销标准。'], { dense: true });
    assert.deepEqual(notice('新的差旅报销标准从什么时候开始执行？').missingAskedOf, []);
    assert.deepEqual(notice('新的差旅报销标准从什么时候开始实施？').missingAskedOf, []);
    assert.deepEqual(notice('新的差旅报销标准什么时候公布？').missingAskedOf, ['公布'], 'an event of its own is still told');
  });
});

describe('a question asking another name of something', () => {
  const asked = (question: string): ReturnType<typeof analyseQuestion> => analyseQuestion(question, undefined);

  it('is read in both languages', () => {
    for (const question of ['王晓明的字是什么？', '魏裔介的谥号是什么？', '青石镇又名什么？', '这种鱼的学名是什么？', '星河湾俗称什么？', '这种鱼又可以叫什么？', '他的绰号是什么？', 'What is Qingshi Town also known as?']) assert.ok(asked(question).intent.alias, question);
    for (const question of ['王晓明做了什么？', '青石镇在哪里？', 'What did Wang Xiaoming say?']) assert.ok(!asked(question).intent.alias, question);
  });

  it('is given by another name, not by how the thing got its name or by fame', () => {
    const other = askedNameMark('软枝黄蝉的别名是什么？');
    for (const sentence of ['软枝黄蝉又名黄蝉。', '俗称黄莺花。', '英文称为Golden Trumpet。']) assert.ok(other.test(sentence), sentence);
    for (const sentence of ['因花蕾形似蝉蛹，故而得名软枝黄蝉。', '夏夜开花，所以有“夜来香”之名。', '该行在全国百大企业中排名第四。', '这是一种著名的观赏植物。']) assert.ok(!other.test(sentence), sentence);
    assert.ok(askedNameMark('盾柱木的名字是怎样得来的？').test('因柱头形如盾，故而得名。'), 'why it bears its name is told by how it got it');
    assert.ok(!askedNameMark('这种花又被称为什么？').test('因花蕾形似蝉蛹，故而得名。'), 'the 为什么 of 称为什么 asks no why');
    assert.ok(askedNameMark('葵扇为什么又叫芭蕉扇？').test('因用蒲葵叶制成，故而得名。'));
    assert.ok(!askedNameMark('李忠臣的名字是怎么来的？').test('他为人忠厚。'), '名字是 asks no courtesy name (字)');
    assert.ok(askedNameMark('这家银行的英文名是什么？').test('西贡商业信用银行（Sacombank）成立于1991年。'));
    const posthumous = askedNameMark('魏裔介的谥号是什么？');
    assert.ok(posthumous.test('后入祀贤良祠，追谥文毅。'), 'a posthumous name is given as 谥…');
    assert.ok(askedNameMark('舜天的神号是什么？').test('舜天王死后被尊为神，神号尊敦。'));
    assert.ok(!posthumous.test('魏裔介晚年被称为“清官”。'), 'a title name is given with 号 or 谥, not any name');
    const translated = askedNameMark('纽波特又被译为什么？');
    assert.ok(translated.test('纽波特（Newport），又译新港。'));
    assert.ok(!translated.test('纽波特被称为“夏季白宫”之城。'), 'a translation asked is given as one, not as any name');
    assert.ok(!translated.test('他曾在Newport Naval Station服役。'), 'nor by Latin letters alone');
  });

  it('is answered only by a sentence that gives a name', () => {
    const query = asked('王晓明的字是什么？');
    assert.ok(givesNoName(query, { text: '王晓明晚年隐居山中，著书立说。' }));
    assert.ok(!givesNoName(query, { text: '王晓明，字子文，号青山居士。' }));
    assert.ok(!givesNoName(asked('王晓明做了什么？'), { text: '王晓明晚年隐居山中，著书立说。' }), 'other questions are not held to it');
    // A courtesy name is given with 字 itself: 年号 or 著称 is no answer to it.
    assert.ok(givesNoName(query, { text: '王晓明以山水画著称，曾用年号纪事。' }));
    assert.ok(!givesNoName(asked('青石镇又名什么？'), { text: '青石镇又称石城，以石桥著称。' }));
  });

  it('asked a common name (俗称), a real name (本名) or a short form (简称), takes only a sentence giving that kind', () => {
    const folk = asked('赤膀鸭的俗称是什么？');
    assert.ok(givesNoName(folk, { text: '牠们较为寂静，雄鸭的叫声沙哑。' }), '叫 in 叫声 gives no name');
    assert.ok(givesNoName(folk, { text: '赤膀鸭（学名：Mareca strepera）又名青边仔。' }), 'another kind of name');
    assert.ok(!givesNoName(folk, { text: '赤膀鸭，俗称漈凫，为鸭科的一种。' }));
    const real = asked('梦野久作的本名叫什么？');
    assert.ok(givesNoName(real, { text: '曾用笔名有海若蓝平、香俱土三鸟等。' }), 'a pen name is not the real name');
    assert.ok(!givesNoName(real, { text: '梦野久作，本名杉山泰道，日本小说家。' }));
    const short = asked('长张高速公路的简称是什么？');
    assert.ok(givesNoName(short, { text: '长张高速公路又称张家界高速，全长约300公里。' }), 'another name is no short form');
    assert.ok(!givesNoName(short, { text: '长沙－张家界高速公路，简称长张高速。' }));
  });
});

describe('a doer asked in a cleft is answered only by a sentence telling the act', () => {
  const query = analyseQuestion('这部作品是由谁改编的？', undefined);
  const made = analyseQuestion('机器人是哪家公司生产的？', undefined);
  it('takes the verb alone or opening a longer word', () => {
    assert.equal(tellsNoAct(query, { text: '作品由导演王五改编。' }), false);
    assert.equal(tellsNoAct(query, { text: '改编自一则民间传说。' }), false);
  });
  it('takes no sentence without it, nor a noun made of it', () => {
    assert.equal(tellsNoAct(query, { text: '作品在台湾广为流传。' }), true);
    assert.equal(tellsNoAct(made, { text: '这是新质生产力的生动展示。' }), true);
    assert.equal(tellsNoAct(made, { text: '机器人由一家深圳公司生产。' }), false);
  });
  it("holds a passive asking the agent to the same, and takes the act's doer as telling it", () => {
    const drove = analyseQuestion('发生剐蹭的公务用车由谁驾驶？', undefined);
    assert.equal(tellsNoAct(drove, { text: '一辆公务用车在停车场发生轻微剐蹭，维修费用由保险公司承担。' }), true);
    assert.equal(tellsNoAct(drove, { text: '当天由司机王强驾驶该车。' }), false);
    const chaired = analyseQuestion('会议由谁主持？', undefined);
    assert.equal(tellsNoAct(chaired, { text: '主持人：项目经理韩冰' }), false);
    assert.equal(tellsNoAct(made, { text: '主要生产商为深圳优科。' }), false);
  });
  it('takes another word its event is named with, and no other verb', () => {
    const issued = analyseQuestion('这部漫画的单行本由谁发行？', undefined);
    assert.equal(tellsNoAct(issued, { text: '单行本由一家东京出版社发售，共10册。' }), false);
    assert.equal(tellsNoAct(issued, { text: '漫画在杂志上连载了五年。' }), true);
    const founded = analyseQuestion('这所学校是由谁创立的？', undefined);
    assert.equal(tellsNoAct(founded, { text: '学校由一位传教士于1952年创办。' }), false);
    // 生产 names no event: 制造 is another verb, not another word for it.
    assert.equal(tellsNoAct(made, { text: '机器人由一家深圳公司制造。' }), true);
  });
});

describe('a count of a thing named right after 多少', () => {
  it('is answered only by a sentence naming the thing, whole or by its first character (500股 for 股份)', () => {
    const fans = analyseQuestion('林悦有多少粉丝？', undefined);
    assert.equal(namesNoThingCounted(fans, { text: '新品直播由主播林悦主持，观看人数峰值为2.3万人，直播间成交订单4,120单。' }), true);
    assert.equal(namesNoThingCounted(fans, { text: '林悦的抖音账号有粉丝12万。' }), false);
    assert.equal(namesNoThingCounted(analyseQuestion('彼得持有多少股份？', undefined), { text: '他持有公司的500股。' }), false);
    assert.equal(namesNoThingCounted(analyseQuestion('直播间成交了多少单？', undefined), { text: '直播间成交订单4,120单。' }), false, 'a count in a unit is another rule’s');
    const capacity = analyseQuestion('星河计划在2026年实现多少人形机器人产能？', undefined);
    assert.equal(namesNoThingCounted(capacity, { text: '星河2026年的产能目标为1万台。' }), false, 'a noun before another is no thing counted');
  });
  it('reads the thing after a measure word too, cut apart (多少|名|学生) or glued (几名|医师)', () => {
    const students = analyseQuestion('全校有多少名学生？', undefined);
    assert.equal(namesNoThingCounted(students, { text: '英语四六级考试于11月15日举行，我校共有4,830名考生参加。' }), true);
    assert.equal(namesNoThingCounted(students, { text: '全校在校学生共12,400名。' }), false);
    assert.equal(namesNoThingCounted(analyseQuestion('超声科有几名护士？', undefined), { text: '超声科医师缺编2人。' }), true);
    assert.equal(namesNoThingCounted(analyseQuestion('新角龙类包含哪几类恐龙？', undefined), { text: '新角龙类包含古角龙、辽宁角龙。' }), false, '哪几类 asks which kinds');
  });
});

describe('a post asked in a who-question is answered only by a sentence writing it', () => {
  it('takes a sentence naming the post, and no other post at the same place', () => {
    const query = analyseQuestion('青石公司的创始人是谁？', undefined);
    assert.equal(namesNoPost(query, { text: '青石公司合伙人、高级副总裁王五：' }), true);
    assert.equal(namesNoPost(query, { text: '青石公司创始人兼CEO王五：' }), false);
    assert.equal(namesNoPost(query, { text: '青石公司联合创始人赵六表示。' }), false, 'a longer post holding it writes it');
  });
  it('holds no question without a post, nor one in English whose words reach none', () => {
    assert.equal(namesNoPost(analyseQuestion('谁主持了会议？', undefined), { text: '会议由王五主持。' }), false);
    assert.equal(namesNoPost(analyseQuestion('Who is the founder of Qingshi?', undefined), { text: '青石公司合伙人王五。' }), false);
  });
  it('takes no deputy for the post asked (副主任 is no 主任), unless the deputy is asked', () => {
    const text = '11月12日起，呼吸内科在周六上午增开专家门诊，由副主任医师陈振华坐诊。';
    assert.equal(namesNoPost(analyseQuestion('门诊部主任是谁？', undefined), { text }), true);
    assert.equal(namesNoPost(analyseQuestion('门诊部主任是谁？', undefined), { text: '门诊部主任李芳、副主任陈振华出席。' }), false);
    assert.equal(namesNoPost(analyseQuestion('专家门诊由哪位副主任医师坐诊？', undefined), { text }), false);
  });
  it('reads an English post by the word the bridge reaches it with (director → 主任)', () => {
    const bridge: BridgeData = { format: BRIDGE_FORMAT, corpusHash: '', phrases: { director: ['主任'], 'outpatient department': ['门诊部'] }, aliases: {}, names: {} };
    const query = analyseQuestion('Who is the director of the outpatient department?', bridge);
    assert.equal(namesNoPost(query, { text: '报送：院长办公室　　编写：门诊部办公室 许晴' }), true);
    assert.equal(namesNoPost(query, { text: '门诊部主任李芳出席会议。' }), false);
    const head = analyseQuestion('Who is the head of the China business?', { ...bridge, phrases: { head: ['长'], china: ['中国'], business: ['业务'] } });
    assert.equal(namesNoPost(head, { text: '开普勒中国区业务负责人张梅魁：' }), false, 'one character (长) is too many titles to ask');
  });
});

describe('a when-question is answered only by a sentence that dates something', () => {
  it('takes any time, loosely read, and no sentence without one', () => {
    const query = analyseQuestion('新的配色方案什么时候上线？', undefined);
    assert.equal(datesNothing(query, { text: '用户反馈最多的问题是夜间模式下图标颜色过暗，设计组已给出新的配色方案。' }), true, '夜间 names a mode');
    for (const text of ['新方案将于下周四上线。', '方案已于2025年完成。', '明朝时建成。', '上线之后反馈良好。', '设计组随后给出了新方案。']) assert.equal(datesNothing(query, { text }), false, text);
  });
  it('takes only a year for a question asking which year: a month and day alone say none', () => {
    const query = analyseQuestion('《伯尔尼条约》是哪一年签署的？', undefined);
    assert.equal(datesNothing(query, { text: '条约在10月9日签署，成立了邮政总联盟。' }), true);
    for (const text of ['条约于1874年10月9日签署。', '道光十一年签署了条约。', '同年，各国签署了条约。', '条约签署于1870年代。']) assert.equal(datesNothing(query, { text }), false, text);
    assert.equal(datesNothing(analyseQuestion('条约是什么时候签署的？', undefined), { text: '条约在10月9日签署。' }), false, 'a day answers when');
  });
  it('takes no 时 of an adverb (暂时, 及时, 实时) or of a measure (时长, 时速) for a time, but 时 after a time still is one', () => {
    const query = analyseQuestion('录音检索功能什么时候上线？', undefined);
    for (const text of ['录音检索功能尚未上线，质检组暂时只能人工抽查录音。', '工单需及时处理。', '平台支持实时监控。', '全员参加了培训，培训时长为半天。', '列车最高时速三百公里。']) assert.equal(datesNothing(query, { text }), true, text);
    for (const text of ['功能于检修时上线。', '上线时间另行通知。', '届时将上线。']) assert.equal(datesNothing(query, { text }), false, text);
  });
  it('takes no 年度 or 月度 saying annual or monthly for a time, but 2025年度 and 本年度 still are', () => {
    for (const question of ['When will the supplier conference be held?', '供应商大会什么时候召开？']) {
      const query = analyseQuestion(question, undefined);
      assert.equal(datesNothing(query, { text: '3. 开展一次供应商大会，表彰年度优秀供应商。' }), true, question);
      for (const text of ['供应商大会定在2025年度末召开。', '本年度内召开供应商大会。']) assert.equal(datesNothing(query, { text }), false, text);
    }
  });
  it('takes no list number nor the digits of a model name for a time', () => {
    const query = analyseQuestion('储能柜什么时候量产？', undefined);
    for (const text of ['2. 启动储能柜户外版的方案设计，目标是防护等级达到IP65。', '（3）完成UL 9540A测试。', '支持5G网络。']) assert.equal(datesNothing(query, { text }), true, text);
    for (const text of ['3. 储能柜将于明年4月量产。', '11月18日通过了UL 9540A测试。', '2. 量产定在2027年。']) assert.equal(datesNothing(query, { text }), false, text);
  });
  it('takes no count of things (800个终端), nor the question’s own words (二期), for a time; a span of months still is one', () => {
    const query = analyseQuestion('桌面云二期是什么时候开始部署的？', undefined);
    assert.equal(datesNothing(query, { text: '桌面云二期已完成800个终端的部署，累计上线终端达到2,100个。' }), true);
    for (const text of ['桌面云二期于3月开始部署。', '部署用了3个月。', '二期部署已持续两个星期。']) assert.equal(datesNothing(query, { text }), false, text);
  });
  it('takes no sentence that counts the kind asked, but not as many', () => {
    const query = analyseQuestion('李乐成说了哪五个方面？', undefined);
    assert.equal(countsOtherNumber(query, { text: '工信部将大力推动人工智能和制造业双向奔赴，着力做好三个方面的工作。' }), true);
    for (const text of ['从五个方面着手抓好产业体系建设。', '第一，依托产业优势，做优产品供给。', '他从5个方面作了说明。']) assert.equal(countsOtherNumber(query, { text }), false, text);
    assert.equal(countsOtherNumber(analyseQuestion('三大亮点是什么？', undefined), { text: '总体看有三大亮点。' }), false);
    assert.equal(countsOtherNumber(analyseQuestion('三大亮点是什么？', undefined), { text: '总体看有两大亮点。' }), true);
  });
  it('takes no sum of money nor share for a time', () => {
    const query = analyseQuestion('高低温箱的采购什么时候完成？', undefined);
    for (const text of ['3. 申请采购一台新的高低温箱，预算约18万元。', '采购金额占比4.1%。', '预算为2,500美元。']) assert.equal(datesNothing(query, { text }), true, text);
    for (const text of ['采购于12月完成，金额18万元。', '2027年预算18万元。', '预算约18万元，下周完成采购。']) assert.equal(datesNothing(query, { text }), false, text);
  });
  it('takes none of the question\'s own numbers for a time', () => {
    const query = analyseQuestion('安卓端5.2版本是哪天上线的？', undefined);
    assert.equal(datesNothing(query, { text: '上线安卓端5.2版本' }), true);
    assert.equal(datesNothing(query, { text: '安卓端5.2版本于12月9日上线。' }), false);
    assert.equal(datesNothing(query, { text: '安卓端5.20版本已上线。' }), false, 'a number is taken out whole, never out of a longer one');
  });
  it('holds an English question asking when, not one with "when" in a clause, nor a how-long question', () => {
    assert.equal(datesNothing(analyseQuestion('When was the scheme released?', undefined), { text: '设计组给出新的配色方案。' }), true);
    assert.equal(datesNothing(analyseQuestion('When was the scheme released?', undefined), { text: '新的配色方案于周二上线。' }), false);
    assert.equal(datesNothing(analyseQuestion('What kind of companies should be grown when it comes to enterprises?', undefined), { text: '培育壮大科技领军企业。' }), false);
    assert.equal(datesNothing(analyseQuestion('演练持续了多长时间？', undefined), { text: '演练由平台组完成。' }), false);
  });
});

describe('a when-question is not answered by a sentence dating another event than the one asked', () => {
  const query = analyseQuestion('新车型什么时候进入欧洲市场？', undefined);
  it('declines a sentence writing the event only as a modifier of a noun, the date being another clause\'s', () => {
    assert.equal(datesAnotherEvent(query, { text: '6月2日，新车型通过了碰撞测试，这是进入欧洲市场的必要条件。' }), true);
    assert.equal(datesAnotherEvent(analyseQuestion('科技馆什么时候开放？', undefined), { text: '科技馆的设计方案4月获得批准，这是面向市民开放的前提。' }), true);
  });
  it('answers a sentence where the event is told, or dated in its own clause or by a time clause before it', () => {
    for (const text of [
      '新车型将于明年3月进入欧洲市场。',
      '新车型进入了欧洲市场，时间是6月。',
      '2025年进入欧洲市场的新车型有三款。',
      '6月2日以后，进入欧洲市场的新车型增加。',
      '6月2日，进入欧洲市场的新车型增加。',
      '新车型通过了碰撞测试。',
    ]) assert.equal(datesAnotherEvent(query, { text }), false, text);
  });
  it('reads the event after the asking word, not a verb naming the subject (实时计算|集群)', () => {
    const full = analyseQuestion('实时计算集群的存储什么时候会用满？', undefined);
    assert.equal(datesAnotherEvent(full, { text: '实时计算集群的存储已使用87%，预计在1月中旬用满。' }), false);
    const atEnd = analyseQuestion('新车型进入欧洲市场是什么时候？', undefined);
    assert.equal(datesAnotherEvent(atEnd, { text: '6月2日，新车型通过了碰撞测试，这是进入欧洲市场的必要条件。' }), true);
  });
  it('leaves how-long questions and English questions to other rules', () => {
    assert.equal(datesAnotherEvent(analyseQuestion('进入欧洲市场用了多长时间？', undefined), { text: '6月2日，新车型通过了碰撞测试，这是进入欧洲市场的必要条件。' }), false);
    assert.equal(datesAnotherEvent(analyseQuestion('When will the car enter Europe?', undefined), { text: '6月2日，新车型通过了碰撞测试，这是进入欧洲市场的必要条件。' }), false);
  });
});

describe('a question asking how something turned out', () => {
  const query = analyseQuestion('安全审核的结果是什么？', undefined);
  it('is not answered by a sentence that only asks for it or plans it', () => {
    for (const text of ['请运维部在12月10日前完成安全审核。', '2. 请运维部完成安全审核。', '安全审核将于下周开始。', '运维部计划下月完成安全审核。']) assert.equal(tellsNoOutcome(query, { text }), true, text);
  });
  it('is answered by a sentence telling what came of it, and other questions are left alone', () => {
    for (const text of ['安全审核已完成，未发现高危问题。', '审核结果为通过。']) assert.equal(tellsNoOutcome(query, { text }), false, text);
    assert.equal(tellsNoOutcome(analyseQuestion('谁负责安全审核？', undefined), { text: '请运维部完成安全审核。' }), false);
    assert.equal(tellsNoOutcome(analyseQuestion('What was the result of the review?', undefined), { text: '请运维部完成安全审核。' }), false);
  });
});

describe('an English question asking a target is answered only by a sentence writing it', () => {
  const bridge: BridgeData = { format: BRIDGE_FORMAT, corpusHash: '', phrases: { target: ['目标'], refund: ['退款'] }, aliases: {}, names: {} };
  it('declines the figure reached, and takes the target given', () => {
    const query = analyseQuestion('What is the target for refund processing time?', bridge);
    assert.equal(omitsEnglishAttribute(query, { text: '退款类工单积压仍较严重，有1,150张工单超过48小时未处理。' }), true);
    assert.equal(omitsEnglishAttribute(query, { text: '退款处理时长的目标为24小时。' }), false);
  });
});

describe('an amount question naming the attribute it asks (X的Y是多少) is answered only by a sentence writing Y', () => {
  it('declines a sentence with the figure of X but not its Y', () => {
    const query = analyseQuestion('用户满意度的目标值是多少？', undefined);
    assert.equal(omitsAttributeAsked(query, { text: '用户满意度为91.3%，与上周持平。' }), true);
    assert.equal(omitsAttributeAsked(query, { text: '用户满意度的目标值为95%。' }), false);
    assert.equal(omitsAttributeAsked(analyseQuestion('解决率的目标是多少？', undefined), { text: '解决率由58%提升至64%。' }), true);
  });
  it('takes a rate or a share of Y (预算执行率) for no Y', () => {
    const budget = analyseQuestion('物业费的预算是多少？', undefined);
    assert.equal(omitsAttributeAsked(budget, { text: '本月行政费用支出共计78.2万元，预算执行率为94%，其中物业费占比最高，为31.5万元。' }), true);
    assert.equal(omitsAttributeAsked(budget, { text: '物业费全年预算为360万元，预算执行率为94%。' }), false, 'Y written as itself too');
    assert.equal(omitsAttributeAsked(analyseQuestion('预算执行率是多少？', undefined), { text: '预算执行率为94%。' }), false);
  });
  it('reads 约为 as a link, not part of the attribute, and looks for a longer attribute by its head', () => {
    const thick = analyseQuestion('火山灰的厚度约为多少？', undefined);
    assert.equal(omitsAttributeAsked(thick, { text: '火山灰覆盖了周围区域，厚度大约有1厘米。' }), false);
    assert.equal(omitsAttributeAsked(thick, { text: '火山灰覆盖了周围区域。' }), true);
    // A size is given by a number in its unit without the word.
    assert.equal(omitsAttributeAsked(analyseQuestion('这种鸟的体长是多少？', undefined), { text: '这是一种大型鸟类，长63-74厘米。' }), false);
    assert.equal(omitsAttributeAsked(analyseQuestion('这种袋鼠的体重大约是多少？', undefined), { text: '这种袋鼠很细小，约只有8公斤重。' }), false);
    assert.equal(omitsAttributeAsked(analyseQuestion('这种袋鼠的体重大约是多少？', undefined), { text: '这种袋鼠很细小，共有三个亚种。' }), true);
    // 哪几 asks which ones, not how many.
    assert.equal(omitsAttributeAsked(analyseQuestion('该机构的雇员有哪几种？', undefined), { text: '该机构雇员分为便衣特工和制服特工。' }), false);
    const budget = analyseQuestion('手持终端的采购预算是多少？', undefined);
    assert.equal(omitsAttributeAsked(budget, { text: '刘芳说明，RFID手持终端的采购申请已提交至财务部，拟采购120台，预算约54万元。' }), false, 'a four-character attribute is looked for by its head');
    assert.equal(omitsAttributeAsked(budget, { text: '提交RFID手持终端的采购申请 · 刘芳 · 已提交，等待审批' }), true);
    const speed = analyseQuestion('门锁的指纹识别速度是多少？', undefined);
    assert.equal(omitsAttributeAsked(speed, { text: '指纹识别模组改为光学式，误识率降至十万分之一以下。' }), true);
    assert.equal(omitsAttributeAsked(speed, { text: '指纹识别速度提升到0.3秒。' }), false);
  });
  it('reads what a value changed to as asked of what changed, not of the change (启动耗时降到了多少 → 耗时)', () => {
    const fell = analyseQuestion('iOS端的启动耗时降到了多少？', undefined);
    assert.equal(omitsAttributeAsked(fell, { text: 'iOS端的启动耗时从2.1秒降到1.4秒' }), false);
    assert.equal(omitsAttributeAsked(fell, { text: 'iOS端的崩溃率从0.15%降到0.08%' }), true);
    const rose = analyseQuestion('会员的积分增加到多少？', undefined);
    assert.equal(omitsAttributeAsked(rose, { text: '本月会员积分平均为320分。' }), false);
    assert.equal(omitsAttributeAsked(rose, { text: '本月会员平均消费320元。' }), true);
  });
  it('asks no measure of a count noun: X的数量 is how many X, written as the figure alone', () => {
    const count = analyseQuestion('日活跃用户的数量增加到多少？', undefined);
    assert.equal(omitsAttributeAsked(count, { text: '日活跃用户 · 本周：41.2万 · 上周：39.8万' }), false);
    assert.equal(omitsAttributeAsked(analyseQuestion('日活跃用户的增幅是多少？', undefined), { text: '日活跃用户 · 本周：41.2万 · 上周：39.8万' }), true, 'a rise is a measure of its own');
  });
  it('holds no question without 的 before the asking word, none counting in a unit, none in English', () => {
    assert.equal(omitsAttributeAsked(analyseQuestion('康王路全长多少？', undefined), { text: '康王路长约3公里。' }), false);
    assert.equal(omitsAttributeAsked(analyseQuestion('公司的员工有多少名？', undefined), { text: '公司共有120人。' }), false);
    assert.equal(omitsAttributeAsked(analyseQuestion('What is the target of the rate?', undefined), { text: '解决率由58%提升至64%。' }), false);
  });
});

describe('the rare word a question opens with, looked for in the quoted paragraph\'s document', () => {
  // Common words weigh little in general Chinese; names it does not know weigh the most.
  const information = (word: string): number => (['生活', '水深', '鳗', '车站', '线路', '成年', '大学', '进行'].includes(word) ? 6 : 11);

  it('reads the name a question opens with: not a question word, no 是 jieba glued to it, its first two characters', () => {
    assert.equal(openingName(analyseQuestion('线蚓鳗生活的水深是多少？', undefined, information)), '线蚓');
    assert.equal(openingName(analyseQuestion('哪国的成年礼是在大学进行的？', undefined, information)), undefined, '成年 (jieba: 成年|礼是) is a common word');
    assert.equal(openingName(analyseQuestion('周俊是怎样把柳素云杀害的？', undefined, information)), '周俊');
    assert.equal(openingName(analyseQuestion('What is the depth?', undefined, information)), undefined);
    assert.equal(openingName(analyseQuestion('哪位生物学家建立了线蚓鳗的名称？', undefined, information)), undefined, 'the noun an asking word opens with is what is asked');
  });

  it('declines when the best paragraph\'s document does not write it, though another document does', () => {
    const texts = ['单斑笛鲷栖息于礁区。水深4至60公尺。', '线蚓鳗是一种鳗鱼。'];
    const bm25 = new Bm25Index();
    bm25.addAll(texts.map((text, id) => ({ id, terms: indexTerms(text) })));
    const vocabulary = createVocabulary(bm25, () => texts);
    const signalsFor = (best: number): ReturnType<typeof measure> =>
      measure(analyseQuestion('线蚓鳗生活的水深是多少？', undefined, information), [{ index: best, fused: 1, lexical: 1, bm25: 1, dense: 0.7, denseScaled: 1, matched: words(texts[best] ?? '') }], bm25, vocabulary, { text: (i) => texts[i] ?? '', document: (i) => texts[i] ?? '' });
    assert.equal(signalsFor(0).openingAway, '线蚓');
    assert.equal(decide(signalsFor(0), DEFAULT_THRESHOLDS), false);
    assert.equal(signalsFor(1).openingAway, undefined);
  });
});

describe('an English question naming someone in pinyin and a topic', () => {
  const bridge: BridgeData = {
    format: BRIDGE_FORMAT,
    corpusHash: '',
    phrases: { 'supply chain': ['供应链'], price: ['价格'] },
    aliases: {},
    names: Object.fromEntries(pinyinKeys(['zhou', 'jian']).map((key) => [key, ['周剑']])),
  };
  const ask = (question: string): ReturnType<typeof analyseQuestion> => analyseQuestion(question, bridge);

  it('is tied to a paragraph that writes the name and a translation of every other word', () => {
    assert.equal(namesPersonWithTopic(ask('What did Zhou Jian say about supply chains?'), '周剑：我们将构建安全稳定的供应链体系。'), true);
  });

  it('is not when the paragraph lacks a word, nor for the name alone, nor in Chinese', () => {
    assert.equal(namesPersonWithTopic(ask('What did Zhou Jian say about prices?'), '周剑：我们将构建安全稳定的供应链体系。'), false, '价格 is written elsewhere');
    assert.equal(namesPersonWithTopic(ask('What did Zhou Jian say?'), '周剑：我们将构建供应链体系。'), false, 'the name alone is onlyNamesPerson');
    assert.equal(namesPersonWithTopic(analyseQuestion('周剑谈到供应链说了什么？', bridge), '周剑：我们将构建供应链体系。'), false);
  });
});

describe('an English who-question over a label naming the doer of its act', () => {
  const bridge: BridgeData = { format: BRIDGE_FORMAT, corpusHash: '', phrases: { chair: ['主持'], meeting: ['会议'], record: ['记录'] }, aliases: {}, names: {} };
  const ask = (question: string): ReturnType<typeof analyseQuestion> => analyseQuestion(question, bridge);

  it('is tied to a label that writes the act, or its doer, and a name after the colon', () => {
    assert.equal(labelNamesDoer(ask('Who chaired the meeting?'), '会议信息 主持人：项目经理韩冰'), true);
    assert.equal(labelNamesDoer(ask('Who chaired the meeting?'), '主持：韩冰'), true);
  });

  it('is not for a paragraph that tells the act without a label, a label of another act, an empty label, or in Chinese', () => {
    assert.equal(labelNamesDoer(ask('Who chaired the meeting?'), '会议由项目经理韩冰主持。'), false, 'the dense floor decides prose');
    assert.equal(labelNamesDoer(ask('Who chaired the meeting?'), '记录人：沈佳'), false);
    assert.equal(labelNamesDoer(ask('Who chaired the meeting?'), '主持人：'), false);
    assert.equal(labelNamesDoer(analyseQuestion('会议由谁主持？', bridge), '主持人：韩冰'), false);
  });
});

describe('an English who-question about a photo, over a caption with its credit', () => {
  const bridge: BridgeData = {
    format: BRIDGE_FORMAT,
    corpusHash: '',
    phrases: { photo: ['照片'], robot: ['机器人'] },
    aliases: {},
    names: Object.fromEntries(pinyinKeys(['li', 'lecheng']).map((key) => [key, ['李乐成']])),
  };
  const ask = (question: string): ReturnType<typeof analyseQuestion> => analyseQuestion(question, bridge);
  const caption = '这是工业和信息化部部长李乐成接受媒体采访。\n新华社记者 李鑫摄';

  it('is answered by the credit when the caption writes whoever else the question names', () => {
    assert.equal(creditNamesPhotographer(ask('Who took the photo of Li Lecheng?'), caption, true), true);
    assert.equal(creditNamesPhotographer(ask('Who took the photo?'), caption, true), true);
  });

  it('is not for a caption of someone or something else, a paragraph without a credit, a question not about a photo, or in Chinese', () => {
    assert.equal(creditNamesPhotographer(ask('Who took the photo of the robots?'), caption, true), false, 'the caption shows no robot');
    assert.equal(creditNamesPhotographer(ask('Who took the photo of Li Lecheng?'), caption, false), false);
    assert.equal(creditNamesPhotographer(ask('Who is Li Lecheng?'), caption, true), false);
    assert.equal(creditNamesPhotographer(analyseQuestion('李乐成的照片是谁拍的？', bridge), caption, true), false);
  });
});

describe('a counting question is answered only by a sentence giving a number the question does not already give', () => {
  it('declines a sentence whose only number is the one the question counts within', () => {
    const query = analyseQuestion('仓管员提的43条意见中有多少条被采纳了？', undefined);
    assert.equal(givesNoNumber(query, { text: '整理一线仓管员对拣货界面的意见 · 马骁 · 已完成，共收集意见43条' }), true);
    assert.equal(givesNoNumber(query, { text: '43条意见中有31条已被采纳。' }), false);
    assert.equal(givesNoNumber(query, { text: '143条意见都已回复。' }), false, 'a number is taken out whole, never out of a longer one');
  });
  it('does not take a date for the count an English how-many question asks, unless it counts days or hours', () => {
    const query = analyseQuestion('How many customer inquiries did the service center handle this week?', undefined);
    assert.equal(givesNoNumber(query, { text: 'Tom Becker, Platform Lead, December 4, 2026' }), true);
    assert.equal(givesNoNumber(query, { text: '客户服务中心 王蕾2026年12月4日' }), true);
    assert.equal(givesNoNumber(query, { text: 'We answered 12,480 inquiries by Dec. 4th.' }), false);
    assert.equal(givesNoNumber(analyseQuestion('How many days did the cutover take?', undefined), { text: 'The cutover ran from December 2 to December 4.' }), false);
    // No auxiliary ends the thing counted, so the question does not say what it counts: still no date.
    const people = analyseQuestion('How many people work at the ministry?', undefined);
    assert.equal(givesNoNumber(people, { text: '本报讯 3月3日，部里召开动员部署会。' }), true);
    assert.equal(givesNoNumber(people, { text: '部里共有职工1,200人。' }), false);
  });
  it('does not take the day a thing starts for how long it is, nor a date or a share for how far', () => {
    const leave = analyseQuestion('王红的年假有多长？', undefined);
    assert.equal(givesNoNumber(leave, { text: '王红自3月2日起休年假，期间由李强代理。' }), true);
    for (const text of ['王红休年假两周。', '王红3月2日起休年假，共10天。', '王红的任期为2019年至2024年。']) assert.equal(givesNoNumber(leave, { text }), false, text);
    const far = analyseQuestion('新仓库离市区有多远？', undefined);
    assert.equal(givesNoNumber(far, { text: '新仓库于2025年启用，利用率为85%。' }), true);
    assert.equal(givesNoNumber(far, { text: '新仓库距市区约35公里。' }), false);
    assert.equal(givesNoNumber(analyseQuestion('How long is the annual leave?', undefined), { text: 'Annual leave starts on March 2.' }), true);
    assert.equal(givesNoNumber(analyseQuestion('How far along is the migration?', undefined), { text: 'The migration is 60% done.' }), false, 'a share says how far along');
  });
  it('still takes a number in characters beside the question’s year', () => {
    assert.equal(givesNoNumber(analyseQuestion('优必选计划在2026年实现多少人形机器人产能？', undefined), { text: '同时，加快产能建设，确保2026年实现万台级产能。' }), false);
  });
});

describe('a question asking a sum of money is answered only by a sentence that gives one', () => {
  it('declines a sentence that counts other things, and takes a price, a budget or free of charge', () => {
    const query = analyseQuestion('EVT阶段花了多少钱？', undefined);
    assert.equal(givesNoMoney(query, { text: '第三代智能门锁完成了工程样机（EVT）阶段，共试制样机60台。' }), true);
    for (const text of ['EVT阶段共花费120万元。', '预算约18万元。', '样机由供应商免费提供。', '单价为$35。']) assert.equal(givesNoMoney(query, { text }), false, text);
    assert.equal(givesNoMoney(analyseQuestion('How much does the new cluster cost?', undefined), { text: 'The cluster runs in Frankfurt.' }), true);
    assert.equal(givesNoMoney(analyseQuestion('How much does the new cluster cost?', undefined), { text: 'The cluster costs 4,000 dollars a month.' }), false);
    // 涉及多少金额 and "How much was the … budget" ask money as 金额是多少 and "What was the budget" do: a share or a date is none.
    assert.equal(givesNoMoney(analyseQuestion('差旅检查中问题单据涉及多少金额？', undefined), { text: '抽查报销单据560份，问题单据占比4.1%。' }), true);
    assert.equal(givesNoMoney(analyseQuestion('差旅检查中问题单据涉及多少金额？', undefined), { text: '问题单据涉及金额2.3万元。' }), false);
    assert.equal(givesNoMoney(analyseQuestion('How much was the travel budget for December?', undefined), { text: '启动2027年度预算编制，12月20日前完成各部门预算初稿。' }), true);
    const total = analyseQuestion('What is the total budget of the project?', undefined);
    assert.equal(givesNoMoney(total, { text: '二期需求共计58项，开发完成率约88%。' }), true, 'a budget asked with an adjective before it');
    assert.equal(givesNoMoney(total, { text: '预算约54万元。' }), false);
  });
  it('holds no question asking how an amount changed, nor one that asks no money', () => {
    assert.equal(givesNoMoney(analyseQuestion('成本下降了多少？', undefined), { text: '成本下降了12%。' }), false);
    assert.equal(givesNoMoney(analyseQuestion('一共试制了多少台样机？', undefined), { text: '共试制样机60台。' }), false);
    // A rate or share of a sum is no sum: "cost reduction rate" is answered by 降本率为6.4%.
    assert.equal(givesNoMoney(analyseQuestion('What is the average cost reduction rate of the tenders?', undefined), { text: '招标项目平均降本率为6.4%。' }), false);
    assert.equal(givesNoMoney(analyseQuestion('物流成本占比是多少？', undefined), { text: '物流成本占比为7%。' }), false);
  });
});

describe('an English how-many question is answered only by a sentence telling the act it counts', () => {
  it('declines a head count for "how many … will join"', () => {
    const bridge: BridgeData = { format: BRIDGE_FORMAT, corpusHash: '', phrases: { join: ['进入', '加入'], engineers: ['工程师'], hardware: ['硬件'] }, aliases: {}, names: {} };
    const query = analyseQuestion('How many hardware engineers will join next month?', bridge);
    assert.equal(query.countedAct, 'join');
    assert.equal(tellsNoCountedAct(query, { text: '部门在岗人数为52人，其中硬件工程师19人。' }), true);
    assert.equal(tellsNoCountedAct(query, { text: '下月将有3名硬件工程师加入。' }), false);
    assert.equal(tellsNoCountedAct(analyseQuestion('How many hardware engineers are there?', bridge), { text: '硬件工程师19人。' }), false);
  });
});

describe('times and spans of time written in English', () => {
  it('takes a weekday, a month or a span in English for a time, and a sentence without one for none', () => {
    const when = analyseQuestion('When will the old billing servers be decommissioned?', undefined);
    assert.equal(datesNothing(when, { text: 'Decommission the old billing servers on Wednesday.' }), false);
    assert.equal(datesNothing(when, { text: 'The legacy queue reaches end of life in March.' }), false);
    assert.equal(datesNothing(when, { text: 'Start load testing the search service.' }), true);
    const howLong = analyseQuestion('How long did the cutover take?', undefined);
    assert.equal(givesNoDuration(howLong, { text: 'The cutover took 35 minutes on Tuesday night.' }), false);
    assert.equal(givesNoDuration(howLong, { text: 'Upgrading it needs two weeks of work.' }), false);
    assert.equal(givesNoDuration(howLong, { text: 'The cutover happened on Tuesday night.' }), true);
  });
});

describe('a question asking who, or which organisation, is answered only by a sentence that names someone', () => {
  const asked = (question: string): ReturnType<typeof analyseQuestion> => analyseQuestion(question, undefined);
  it('declines a sentence that names no one, and takes a person, a post, a pronoun or an organisation', () => {
    const query = asked('支付网关的压力测试由谁负责？');
    assert.equal(namesNoOne(query, { text: '下周重点是完成订单库正式迁移，并启动支付网关的压力测试。' }), true);
    for (const text of ['压力测试由李娜负责。', '压力测试由运维组负责。', '压力测试由项目负责人牵头。', '他将负责压力测试。', '交接工作由组长赵明负责安排。']) assert.equal(namesNoOne(query, { text }), false, text);
    // A title or a doer's noun is someone too: public reading-comprehension answers give them (行政权属于谁？ 君主).
    for (const text of ['行政权名义上属于君主，由总督代理执行。', '该国由世袭统治者轮流担任元首。']) assert.equal(namesNoOne(asked('行政权属于谁？'), { text }), false, text);
    // A label names its doer after the colon (编制：…), though a Chinese doer otherwise stands before the verb.
    assert.equal(namesNoOne(asked('这份周报是谁编制的？'), { text: '编制：工程部周立新　　审核：项目经理孙海涛' }), false);
    assert.equal(namesNoOne(asked('这份周报是谁审核的？'), { text: '编制：工程部周立新　　审核：项目经理孙海涛' }), false);
    // So does a label that names the act's doer (主持人：…).
    assert.equal(namesNoOne(asked('会议由谁主持？'), { text: '主持人：项目经理韩冰' }), false);
    assert.equal(namesNoOne(asked('会议由谁主持？'), { text: '主持人：' }), true);
    // A two-character term jieba calls proper (申报/nz) names no organisation asked alone.
    assert.equal(namesNoOne(asked('建设单位是哪家公司？'), { text: '配合建设单位完成11月进度款申报，申报金额约1,620万元。' }), true);
    assert.equal(namesNoOne(asked('建设单位是哪家公司？'), { text: '本项目的建设单位是滨海置业有限公司。' }), false);
    assert.equal(namesNoOne(asked('新区由哪个公司开发？'), { text: '新区于1990年代由东华实业开发。' }), false, 'one standing as the doer (由东华|实业) is a brand');
  });
  it('takes no counted post for someone: how many there are is not who', () => {
    for (const question of ['谁领导测试组？', 'Who leads the testing team?']) {
      assert.equal(namesNoOne(asked(question), { text: '测试组只有两名测试工程师，回归测试时间紧张，需要从其他项目借调一人。' }), true, question);
      assert.equal(namesNoOne(asked(question), { text: '测试组由测试经理韩冰带领。' }), false, question);
    }
    assert.equal(namesNoOne(asked('谁负责安装调试？'), { text: '安装调试由3名工程师负责，设备工程师张明牵头。' }), false, 'a named post after the count');
    // Every one of a kind is no one in particular either.
    assert.equal(namesNoOne(asked('Who is the new chief financial officer?'), { text: '3. 开展新收入准则培训，面向各子公司财务人员。' }), true);
    assert.equal(namesNoOne(asked('新系统是哪家公司开发的？'), { text: '新系统由两家公司共同开发。' }), true);
    assert.equal(namesNoOne(asked('新系统是哪家公司开发的？'), { text: '新系统由华信软件公司开发。' }), false);
  });
  it('takes a name after a comma, after 是, or inside a company that holds the act\'s word', () => {
    // jieba drops the comma: 李舒 is not 退休's object.
    assert.equal(namesNoOne(asked('张达退休后，谁担任研究所所长？'), { text: '张达退休后，李舒担任研究所所长。' }), false);
    assert.equal(namesNoOne(asked('他的母亲是谁？'), { text: '母亲是邵宸妃，父亲是朱见深。' }), false, 'a name after 是 is who someone is');
    assert.equal(namesNoOne(asked('新航站楼由哪家公司建设？'), { text: '新航站楼由华东建设集团有限公司建设。' }), false, 'the doer stands before the last 建设');
    assert.equal(namesNoOne(asked('谁获得了冠军？'), { text: '二号线选手王芸蕾在2015年夺得冠军。' }), false, '选手 is no verb whose object follows');
    assert.equal(namesNoOne(asked('张达退休后，谁担任研究所所长？'), { text: '张达退休后，研究所所长一职空缺至今。' }), true);
  });
  it('reads 哪几家 as asking organisations: a count of them names none', () => {
    const query = asked('被淘汰的5家供应商是哪几家？');
    assert.equal(namesNoOne(query, { text: '本季度淘汰考核不合格的供应商5家，目前在册供应商共计386家。' }), true);
    assert.equal(namesNoOne(query, { text: '被淘汰的供应商是华信公司和东方电子公司等5家。' }), false);
  });
  it('reads a which-question naming a fleet, a store or a workshop as asking an organisation', () => {
    const query = asked('城际配送由哪个车队负责？');
    assert.equal(namesNoOne(query, { text: '本周城际配送共发车120车次，准点率为97%。' }), true, 'counts trips, names no fleet');
    assert.equal(namesNoOne(query, { text: '城际配送由第三运输队负责。' }), false);
  });
  it('takes no post or person word that only qualifies the noun after it', () => {
    const query = asked('领导力课程由哪位老师讲授？');
    assert.equal(namesNoOne(query, { text: '管理者领导力课程第二期报名人数为18人，课程将于下周二开课。' }), true, 'a course for managers names no teacher');
    assert.equal(namesNoOne(asked('谁负责建设宿舍？'), { text: '工程师宿舍将于下月交付使用。' }), true, 'the engineers’ dormitory names no builder');
    for (const text of ['领导力课程由外聘讲师王芳讲授。', '领导力课程由人力资源部负责人讲授。', '课程由组长赵明讲授。']) assert.equal(namesNoOne(query, { text }), false, text);
  });
  it('takes no people of a role for an organisation, nor "too long" or "grew" for a post', () => {
    // jieba tags 顾客 a name, and 过长 (too long) ends like 组长.
    const text = '本周共收到顾客投诉37起，主要集中在试衣间排队时间过长。';
    assert.equal(namesNoOne(asked('哪家门店的投诉最多？'), { text }), true);
    assert.equal(namesNoOne(asked('哪家供应商的投诉最多？'), { text: '华信公司的投诉最多，共12起。' }), false);
    assert.equal(namesNoOne(asked('谁负责销售？'), { text: '本月销售额增长12%，回款周期延长两天。' }), true);
    for (const text of ['销售由店长刘洋负责。', '销售由区域经理负责。', '销售工作由销售部长负责。']) assert.equal(namesNoOne(asked('谁负责销售？'), { text }), false, text);
    assert.equal(namesNoOne(asked('谁投诉最多？'), { text }), false, 'customers are who complained');
  });
  it('takes no rank with those above or below it for someone: it is a class of people', () => {
    const query = asked('住宿费超出上限后可以找谁特批？');
    assert.equal(namesNoOne(query, { text: '部门负责人及以上职级人员的住宿费报销上限在上述标准基础上上浮百分之二十。' }), true);
    assert.equal(namesNoOne(query, { text: '超出上限须经部门负责人特批。' }), false, 'one post, no rank bound');
  });
  it('takes a word jieba does not know for a brand only where a doer stands', () => {
    const which = asked('Which company provided the live stream network?');
    assert.equal(namesNoOne(which, { text: '直播在开场后第12分钟出现约3分钟卡顿，原因是现场网络带宽不足。' }), true, '卡顿 is a stall, not a brand');
    assert.equal(namesNoOne(asked('直播网络是哪家公司提供的？'), { text: '直播网络由翼讯提供。' }), false);
  });
  it('takes no word right after a verb for someone, nor an abbreviation qualifying a noun', () => {
    // 满减 (a discount offer) opens with the surname 满 and stands before 促销 (tagged a verb); 中小 qualifies 客户.
    const text = '竞争对手在深圳推出满减促销，对我方中小客户订单造成一定冲击。';
    for (const question of ['竞争对手是哪家公司？', 'Who is the competitor in Shenzhen?']) assert.equal(namesNoOne(asked(question), { text }), true, question);
    assert.equal(namesNoOne(asked('竞争对手是哪家公司？'), { text: '竞争对手是华信公司。' }), false);
    assert.equal(namesNoOne(asked('会议由哪个部门组织？'), { text: '会议由发改委组织。' }), false, 'an abbreviation standing alone');
    assert.equal(namesNoOne(asked('交接工作由谁负责？'), { text: '交接工作由组长赵明负责安排。' }), false, 'a post jieba tags as a verb is no verb');
  });
  it('takes a word jieba does not know for a name only when it opens with a surname', () => {
    const query = asked('直播带货由哪位主播负责？');
    assert.equal(namesNoOne(query, { text: '直播带货活动共举办2场，带来订单610笔。' }), true, '带货 is no name');
  });
  it('asks a name itself of a person, not a post or an office', () => {
    const query = asked('新入职的三名销售代表叫什么名字？');
    assert.equal(namesNoOne(query, { text: '本周新入职销售代表3人，均分配至广州办事处。' }), true);
    assert.equal(namesNoOne(query, { text: '新入职的销售代表是王磊、周婷和陈思远。' }), false);
  });
  it('asks an organisation of a which-company question, in either language, and leaves other questions and English sentences alone', () => {
    assert.equal(namesNoOne(asked('焚烧发电厂由哪家公司建设？'), { text: '项目负责人介绍，电厂采用了机械炉排焚烧工艺。' }), false, 'a post is someone');
    assert.equal(namesNoOne(asked('新版系统是哪家公司开发的？'), { text: '全员参加了新版系统的培训。' }), true);
    assert.equal(namesNoOne(asked('新版系统是哪家公司开发的？'), { text: '新版系统由华信软件公司开发。' }), false);
    assert.equal(namesNoOne(asked('Which supplier provides the modules?'), { text: '模组目前只有一家供应商。' }), true, 'a supplier is no one named');
    assert.equal(namesNoOne(asked('新版系统有什么功能？'), { text: '全员参加了新版系统的培训。' }), false, 'no who-question');
    assert.equal(namesNoOne(asked('4号贴片机是哪个品牌的？'), { text: '12月上旬完成4号贴片机的安装调试。' }), true, 'a brand is asked as an organisation, and 贴片机 is what the question names');
    assert.equal(namesNoOne(asked('4号贴片机是哪个品牌的？'), { text: '4号贴片机由松下公司提供。' }), false);
    assert.equal(namesNoOne(asked('What brand is the new machine?'), { text: '12月上旬完成新设备的安装调试。' }), true);
    assert.equal(namesNoOne(asked('Who leads the team?'), { text: 'The team ships on Friday.' }), false, 'an English sentence is left to tellsNoEnglishAct');
  });
});

describe('a who-question about an act looks for the doer where Chinese puts it', () => {
  const bridge: BridgeData = { format: BRIDGE_FORMAT, corpusHash: '', phrases: { built: ['建设', '建成'], plant: ['电厂'] }, aliases: {}, names: {} };
  const built = analyseQuestion('Who built the plant?', bridge);
  it('takes no one reporting the sentence, nor names in the object, for who did the act', () => {
    assert.equal(namesNoOne(built, { text: '项目负责人介绍，电厂采用了焚烧工艺，排放优于欧盟标准，厂区还将建设一座环保科普展馆。' }), true);
  });
  it('takes one named before the verb in its clause, or after it when a noun names the doer', () => {
    for (const text of ['电厂由滨江环保集团投资建设，总投资约十八亿元。', '项目负责人介绍，电厂由中建三局建成。', '电厂的建设单位是滨江环保集团。', '张伟带领团队建成了电厂。']) assert.equal(namesNoOne(built, { text }), false, text);
    assert.equal(namesNoOne(analyseQuestion('春晚的节目是由谁编排的？', undefined), { text: '节目由导演组编排，张艺谋担任总导演。' }), false, 'a cleft in Chinese');
  });
  it('looks at the whole sentence when it does not tell the act', () => {
    assert.equal(namesNoOne(built, { text: '项目负责人介绍，电厂采用了焚烧工艺。' }), false, 'a post is someone');
  });
});

describe('an English question asking who did something is answered only by a sentence telling the act', () => {
  const bridge: BridgeData = { format: BRIDGE_FORMAT, corpusHash: '', phrases: {}, aliases: {}, names: {}, inflections: { lead: ['lead'], share: ['shared'] } };
  it('declines a sentence that names the place but tells no leading, and takes one that does', () => {
    const query = analyseQuestion('Who leads the Singapore office?', bridge);
    assert.equal(tellsNoEnglishAct(query, { text: 'The rotation is shared with the Singapore office.' }), true);
    assert.equal(tellsNoEnglishAct(query, { text: 'Tom Becker, Platform Lead, visited the Singapore office.' }), false);
  });
  it('holds no act the documents cannot be searched for, no auxiliary, and no noun phrase after "which"', () => {
    assert.equal(tellsNoEnglishAct(analyseQuestion('Who chaired the meeting?', bridge), { text: '会议由副总经理李明华主持。' }), false, 'chaired reaches no word of the documents: a Chinese sentence naming someone is not searched for it');
    assert.equal(tellsNoEnglishAct(analyseQuestion('Who is the platform lead?', bridge), { text: 'Tom Becker, Platform Lead' }), false);
    assert.equal(tellsNoEnglishAct(analyseQuestion('Which smart devices does the team lead?', bridge), { text: 'The team builds glasses.' }), false);
  });
  it('still asks a sentence in Chinese to name someone when the verb of "Who …?" reaches no word of the documents', () => {
    const chaired = analyseQuestion('Who chaired the meeting?', bridge);
    assert.equal(tellsNoEnglishAct(chaired, { text: '会议地点：3号楼2层第一会议室，外地同事通过腾讯会议参加' }), true, '号楼 is no name');
    assert.equal(tellsNoEnglishAct(chaired, { text: '主持人：项目经理韩冰' }), false);
  });
  it('asks a sentence in English to tell the act in some form, whether or not the verb reaches the documents', () => {
    const chaired = analyseQuestion('Who chaired the meeting?', bridge);
    assert.equal(tellsNoEnglishAct(chaired, { text: 'The meeting was held.' }), true);
    assert.equal(tellsNoEnglishAct(chaired, { text: 'Anna Berg chaired the meeting.' }), false);
    assert.equal(tellsNoEnglishAct(analyseQuestion('Who wrote the section on cloud costs?', bridge), { text: 'Cloud costs rose 12% this month.' }), true);
    // makes is a stop word: still looked for
    const makes = analyseQuestion('Which company makes the load testing tool?', bridge);
    assert.equal(tellsNoEnglishAct(makes, { text: 'Start load testing the search service ahead of the holiday peak.' }), true);
    assert.equal(tellsNoEnglishAct(makes, { text: 'The load testing tool is made by Acme.' }), false);
  });
});

describe('a question asking when something began', () => {
  const asked = (question: string): ReturnType<typeof analyseQuestion> => analyseQuestion(question, undefined);
  it('is not answered by a deadline, but by a start or a plain date', () => {
    const query = asked('供应商手册什么时候开始修订的？');
    assert.equal(datesOnlyDeadline(query, { text: '2. 10月底前完成供应商手册的修订。' }), true);
    assert.equal(datesOnlyDeadline(query, { text: '供应商手册的修订于9月开始，10月底前完成。' }), false, 'the start is told');
    assert.equal(datesOnlyDeadline(query, { text: '9月12日，供应商手册启动修订。' }), false);
    assert.equal(datesOnlyDeadline(asked('供应商手册什么时候修订完成？'), { text: '10月底前完成供应商手册的修订。' }), false, 'the end asked: the deadline answers');
    assert.equal(datesOnlyDeadline(asked('新标准从什么时候起执行？'), { text: '新标准自12月1日起执行。' }), false);
  });
});

describe('an English question asking an aim (target, goal)', () => {
  it('is answered by a sentence that writes the aim or plans the figure, not by the figure measured', () => {
    const query = analyseQuestion('What is the renewal rate target for the fourth quarter?', undefined);
    assert.equal(omitsEnglishAim(query, { text: '第三季度续约率为91.9%。' }), true);
    assert.equal(omitsEnglishAim(query, { text: '1. 将续约率提升到93%以上。' }), false);
    assert.equal(omitsEnglishAim(analyseQuestion('What is the renewal rate?', undefined), { text: '第三季度续约率为91.9%。' }), false, 'no aim asked');
  });
});

describe('a name jieba cuts one way in the question and another in the documents', () => {
  // 扎加藏布 is cut 扎加藏|布发源 in the question and whole in the paragraph: no index word holds 扎加藏.
  const paragraph = '扎加藏布全长409公里，是西藏最长的内流河，发源于唐古拉山，于色林错北岸入湖。';
  it('is held by the best paragraph that writes it, so support does not rest on the one general word left (山)', () => {
    const signals = signalsOver([paragraph, '色林错是西藏第一大湖泊。'])('扎加藏布发源于哪座山？');
    assert.ok(signals.support >= DEFAULT_THRESHOLDS.minSupport, `support ${signals.support}`);
  });
  it('adds nothing when the best paragraph does not write it', () => {
    const signals = signalsOver(['色林错是西藏第一大湖泊，湖边多山。', paragraph])('扎加藏布发源于哪座山？');
    assert.ok(signals.support < DEFAULT_THRESHOLDS.minSupport, `support ${signals.support}`);
  });
  it('adds nothing for two characters written across words by chance (年会 in 启动|年|会场|地|招标)', () => {
    const signals = signalsOver(['启动年会场地招标，12月20日前确定场地。', '食堂满意度为91%。'])('年会在哪里举办？');
    assert.equal(signals.support, 0);
  });
});
