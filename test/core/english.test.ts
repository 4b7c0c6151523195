/**
 * English questions about the report do as well as their Chinese twins:
 * acronyms reach the names they stand for, pinyin names reach the report's
 * Chinese names, and neither declines a question wrongly.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { type LoadedCore } from '../../src/core/bot.js';
import { abbreviationOf, definedAcronyms, expansionsIn, initialsOf } from '../../src/core/query/acronyms.js';
import { standInOneSentence, standSideBySide } from '../../src/core/answerability.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { bridgeWords, buildBridge, glossPhrases, translationsOf } from '../../src/core/query/bridge.js';
import { matchNames, pinyinKeys } from '../../src/core/query/names.js';
import { type Reply } from '../../src/core/reply.js';
import { coreOverFixture, loadTestCore, projectRoot } from '../helpers/core.js';

describe('acronyms and short forms, found without a list', () => {
  it('spells a proper name’s acronym from its capitalised words', () => {
    assert.equal(initialsOf('Ministry of Industry and Information Technology (abbr)'), 'miit');
    assert.equal(initialsOf("Chinese People's Political Consultative Conference"), 'cppcc');
    assert.equal(initialsOf('to take a photo'), undefined, 'not a name');
    assert.equal(initialsOf('Beijing'), undefined, 'one word spells no acronym');
  });

  it('reads “abbr.” glosses', () => {
    assert.deepEqual(abbreviationOf('abbr. for 春節聯歡晚會|春节联欢晚会[Chun1 jie2]'), { abbreviation: true, full: ['春節聯歡晚會', '春节联欢晚会'] });
    assert.equal(abbreviationOf('Ministry of Industry and Information Technology (abbr)').abbreviation, true);
    assert.equal(abbreviationOf('highlight').abbreviation, false);
  });

  it('finds a short form’s full forms in the text, characters in order', () => {
    assert.deepEqual(expansionsIn('工信部', ['3月3日，工业和信息化部召开会议。工信部将']), ['工业和信息化部']);
    assert.deepEqual(expansionsIn('工信部', ['工作很忙，没有信部']), [], 'no span holds the characters close enough in order');
  });

  it('takes acronyms the text defines in brackets', () => {
    assert.deepEqual(definedAcronyms('国际标准化组织（ISO）发布'), [{ acronym: 'iso', chinese: '国际标准化组织' }]);
  });
});

describe('ECDICT’s translations', () => {
  it('take the senses an inflected form’s own entry gives its base (chaired: 主持, shipped: 发货), after the base’s own', async () => {
    const chair = await translationsOf('chair');
    assert.ok(chair.includes('主持') && chair.indexOf('主持') > chair.indexOf('椅子'), chair.join(','));
    assert.ok((await translationsOf('ship')).includes('发货'));
  });

  it('take nothing from a homograph’s entry that only lists the base (found is also to found: 建立 is no find)', async () => {
    assert.ok(!(await translationsOf('find')).includes('建立'));
  });
});

describe('dictionary glosses reach the report’s own words', () => {
  it('keeps the noun of a light-verb gloss', () => {
    assert.deepEqual(glossPhrases('to go on vacation; to have a holiday; to take leave'), ['go on vacation', 'vacation', 'have a holiday', 'holiday', 'take leave', 'leave']);
  });

  it('reads a gloss whose bracket holds an explanatory tail: the tail goes with the bracket', () => {
    assert.deepEqual(glossPhrases("to lose (something that one wants to keep, e.g. talented staff or one's good looks)"), ['lose']);
    assert.deepEqual(glossPhrases('media, esp. news media'), ['media']);
  });

  it('gives a compound the dictionary lacks its head word’s English, unless the report has a word of its own for it', async () => {
    const texts = ['共迁移数据表46张，申请增加8台虚拟机。', '出席会议的有王小明。', '会议强调，崩溃率降至0.3%。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['共', '迁移', '数据表', '46', '张', '申请', '增加', '8', '台', '虚拟机', '出席会议', '的', '有', '王小明', '会议', '强调', '崩溃率', '降至'], texts, names: [] });
    assert.ok(bridge.phrases.table?.includes('数据表'), `table → ${bridge.phrases.table?.join(',')}`);
    assert.ok(bridge.phrases.rate?.includes('崩溃率'), `rate → ${bridge.phrases.rate?.join(',')}`);
    assert.ok(!bridge.phrases.meeting?.includes('出席会议'), 'the report says 会议 itself');
    assert.ok(!Object.values(bridge.phrases).some((list) => list.includes('王小明')), 'a name is no compound');
  });

  it('does not reach a one-character short form by its full form’s English (共 is short for 共产党, Communist Party)', async () => {
    const texts = ['本周共迁移数据表46张，李娜将于下周休假三天。', '北大与工信部签署协议。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本周', '共', '迁移', '数据表', '46', '张', '李娜', '将', '于', '下周', '休假', '三天', '北大', '与', '工信部', '签署', '协议'], texts, names: [] });
    const [party] = bridgeWords(bridge, ['party']);
    assert.ok(!party?.chinese.includes('共'), `party → ${party?.chinese.join(',')}`);
    assert.ok(bridge.phrases['peking university']?.includes('北大'), 'a two-character short form still is (Peking University → 北大)');
  });

  it('reaches a two-character word the dictionary lacks by its characters’ English, in order, as a whole phrase only', async () => {
    const texts = ['上线后首日，崩溃率降至0.3%。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['上线', '后', '首日', '崩溃', '率降', '至', '0.3%'], texts, names: [] });
    assert.deepEqual(bridge.phrases['first day'], ['首日']);
    assert.ok(!bridge.phrases['day first'], 'the characters’ order is the phrase’s');
    assert.ok(!bridge.phrases.first?.includes('首日') && !bridge.phrases.day?.includes('首日'), 'one character’s gloss alone does not reach it');
  });

  it('reaches the words of the verb an -ation noun is made from, beside the noun’s own (migration → 移动 and, through migrate, 迁移)', async () => {
    const texts = ['本周完成了订单库的迁移演练。', '移动端新版本上线。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本周', '完成', '订单库', '迁移', '演练', '移动', '端', '新', '版本', '上线'], texts, names: [] });
    const [migration] = bridgeWords(bridge, ['migration']);
    assert.ok(migration?.chinese.includes('迁移') && migration.chinese.includes('移动'), `migration → ${migration?.chinese.join(',')}`);
    assert.deepEqual(bridgeWords(bridge, ['migrations', 'completion']).map((b) => b.chinese), [['移动', '迁移'], ['完成']], 'plural nouns too, and with no word of its own, the verb’s alone (completion → complete → 完成)');
  });

  it('reaches a word the dictionary glosses as one word from the two a question writes (live streams → livestream → 直播)', async () => {
    const texts = ['直播带货活动共举办2场。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['直播', '带货', '活动', '共', '举办', '2', '场'], texts, names: [] });
    assert.deepEqual(bridgeWords(bridge, ['live', 'streams']).map((b) => [b.english, b.chinese]), [['live streams', ['直播']]]);
  });

  it('reaches a word the dictionary glosses hyphened from the two a question writes apart (open source → open-source → 开源)', async () => {
    const texts = ['国产开源大模型下载量全球第一。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['国产', '开源', '大模型', '下载量', '全球', '第一'], texts, names: [] });
    assert.deepEqual(bridgeWords(bridge, ['open', 'source']).map((b) => [b.english, b.chinese]), [['open source', ['开源']]]);
  });

  it('reaches a measure of a thing by the thing\'s name (satisfaction → 满意度 "degree of satisfaction")', async () => {
    const texts = ['用户满意度为91.3%，与上周持平。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['用户', '满意度', '为', '91.3%', '与', '上周', '持平'], texts, names: [] });
    assert.deepEqual(bridgeWords(bridge, ['customer', 'satisfaction']).map((b) => b.chinese), [['用户'], ['满意度']]);
  });
  it('reaches a word the dictionary glosses only in the plural from its singular (meal → meals → 伙食)', async () => {
    const texts = ['出差期间的伙食补助按每人每天一百元的标准包干使用。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['出差', '期间', '的', '伙食', '补助', '按', '每人', '每天', '一百元', '标准', '包干', '使用'], texts, names: [] });
    assert.ok(!bridge.phrases.meal, 'the dictionary glosses 伙食 "food; meals" only');
    assert.deepEqual(bridgeWords(bridge, ['meal', 'allowance']).map((b) => b.chinese), [['伙食'], ['补助']]);
  });

  it('reaches a plural glossed by one word from its singular’s words too (invoices → 单据, and invoice → 发票), not a plural of its own sense', async () => {
    const texts = ['本月共查验发票3,412张，抽查报销单据560份。', '新闻发布会于周三举行。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本月', '共', '查验', '发票', '3,412', '张', '抽查', '报销', '单据', '560', '份', '新闻', '发布会', '于', '周三', '举行'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.deepEqual(chinese('invoices').sort(), ['单据', '发票'].sort(), 'CC-CEDICT glosses 单据 "receipts; invoices" and 发票 "invoice"');
    assert.deepEqual(chinese('invoice'), ['发票']);
    assert.ok(!chinese('news').includes('新'), 'news is a word of its own, not the plural of new');
  });

  it('reaches through ECDICT a word no CC-CEDICT gloss names (attended → attend → 参加), but not past a word the report has for the key', async () => {
    const texts = ['共有23名新员工参加入职培训。', '屋顶光伏电站发电11万千瓦时。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['共有', '23', '名', '新', '员工', '参加', '入职', '培训', '屋顶', '光伏', '电站', '发电', '11', '万', '千瓦时'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('attended').includes('参加'), 'CC-CEDICT glosses 参加 "to participate; to take part; to join"');
    assert.deepEqual(chinese('rooftop'), ['屋顶']);
    assert.ok(!chinese('spring').some((w) => w === '发电' || w === '电站'), 'looser senses reach only words the report writes');
  });

  it('reaches a report word the dictionary glosses only with a generic noun after it (downtime → 停机时间 → 停机)', async () => {
    const texts = ['迁移期间停机约40分钟，未收到用户投诉。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['迁移', '期间', '停机', '约', '40', '分钟', '未', '收到', '用户', '投诉'], texts, names: [] });
    assert.ok((bridgeWords(bridge, ['downtime'])[0]?.chinese ?? []).includes('停机'));
  });

  it('reaches a four-character ECDICT translation by the short form a report writes (medical → 体格检查 → 体检)', async () => {
    const texts = ['年度体检安排在12月15日至20日。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['年度', '体检', '安排', '12月', '15日', '20日'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('medical').includes('体检'), chinese('medical').join('/'));
  });

  it('reaches an ECDICT adjective without its 的 (absent → 缺席的 → 缺席), and the verb a -ment noun or an -er doer is made from (recruitment → recruit → 招聘, viewers → view → 观看)', async () => {
    const texts = ['信息安全部吴迪缺席会议。', '本周招聘新员工12人，直播观看人数4.6万。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['信息', '安全部', '吴迪', '缺席', '会议', '本周', '招聘', '新', '员工', '12', '人', '直播', '观看', '人数', '4.6', '万'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.deepEqual(chinese('absent'), ['缺席'], 'CC-CEDICT glosses 缺席 only as "to be absent"; ECDICT gives 缺席的');
    assert.deepEqual(chinese('recruitment'), ['招聘']);
    assert.deepEqual(chinese('viewers'), ['观看']);
    assert.deepEqual(chinese('number'), [], 'a number is not one who numbs');
  });

  it('reaches the verb a re- verb repeats, only before a vowel (reopened → open → 开业; refund is no fund)', async () => {
    const texts = ['福田店于11月28日重装开业。', '基金会拨付专项资金。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['福田', '店', '于', '11月', '28日', '重装', '开业', '基金会', '拨付', '专项', '资金'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('open').includes('开业'), 'the verb itself reaches it');
    assert.ok(chinese('reopen').includes('开业'));
    assert.ok(chinese('reopened').includes('开业'));
    assert.ok(!chinese('refund').includes('资金'), 'refund is no fund');
  });

  it('meets an irregular form by its verb after its own gloss (found → find → 发现, built → build → 建设)', async () => {
    const texts = ['本轮测试发现缺陷132个。', '厂区还将建设一座展馆。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本轮', '测试', '发现', '缺陷', '132', '个', '厂区', '还将', '建设', '一座', '展馆'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('found').includes('发现'));
    assert.ok(chinese('built').includes('建设'));
  });

  it('reaches a word by the head noun of its gloss (lock → 门锁 "door lock"), not by the last word of a verb\'s gloss', async () => {
    const texts = ['第三代智能门锁完成了工程样机阶段。', '直播在开场后出现卡顿。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['第三代', '智能', '门锁', '完成', '了', '工程', '样机', '阶段', '直播', '在', '开场', '后', '出现', '卡顿'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('lock').includes('门锁'));
    assert.ok(!chinese('live').includes('直播'), '直播 "(TV, radio) to broadcast live" is a verb: live is no head noun of it');
  });

  it('meets a verb whose final consonant the inflection doubled (submitted → submit → 提交), and month names the documents write in digits', async () => {
    const texts = ['11月，研发部提交代码合入请求386个。', '3月起执行新标准。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['11', '月', '研发部', '提交', '代码', '合入', '请求', '386', '个', '3', '起', '执行', '新', '标准'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('submitted').includes('提交'));
    assert.ok(chinese('submitting').includes('提交'));
    assert.deepEqual(chinese('november'), ['11月']);
    assert.deepEqual(chinese('march').includes('3月'), true);
    assert.deepEqual(chinese('january'), [], 'a month the documents never write');
    assert.deepEqual(chinese('may'), [], '"may" is far more often the verb');
  });

  it('reaches the documents\' own English words by their stem (decommissioned → Decommission), and drops the measure "how" asks', async () => {
    const texts = ['Decommission the old billing servers on Wednesday.', 'The cutover took 35 minutes.'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['decommission', 'the', 'old', 'billing', 'servers', 'on', 'wednesday', 'cutover', 'took', '35', 'minutes'], texts, names: [] });
    const query = analyseQuestion('When will the old billing servers be decommissioned?', bridge);
    assert.ok(query.words.find((w) => w.word === 'decommissioned')?.forms.includes('decommission'));
    assert.deepEqual(analyseQuestion('How long did the cutover take?', bridge).words.map((w) => w.word), ['cutover'], '"long" asks the measure, as 多长 does');
  });

  it('reads a negation written short as its words, and searches a headword the index lacks by its pieces (应收账款 → 应收|账款)', async () => {
    const texts = ['应收账款余额为2,140万元。', '财务部认为风险较高，尚未同意。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['应收', '账款', '余额', '2', '140', '万元', '财务部', '认为', '风险', '较高', '尚未', '同意'], texts, names: [] });
    const words = analyseQuestion("Why hasn't the finance department agreed?", bridge).words.map((w) => w.word);
    assert.ok(!words.includes('hasn') && !words.includes('t'), words.join(' '));
    assert.deepEqual(analyseQuestion('Why won’t they agree?', bridge).words.map((w) => w.word), ['agree'], 'won’t is will not');
    const indexed = (term: string): boolean => ['应收', '账款', '财务部'].includes(term);
    const terms = analyseQuestion('How much are the accounts receivable?', bridge, undefined, indexed).terms.map((t) => t.term);
    assert.ok(terms.includes('应收账款') && terms.includes('应收') && terms.includes('账款'), terms.join(' '));
    assert.ok(!analyseQuestion('How much are the accounts receivable?', bridge).terms.some((t) => t.term === '应收'), 'without the index the headword is searched whole');
    const department = analyseQuestion('What does the finance department think?', bridge, undefined, indexed).terms.map((t) => t.term);
    assert.ok(!department.includes('财务') , 'a word the index holds in some form is not cut');
  });

  it('reads words spelling an acronym the documents write as that acronym, and an agent noun as a verb with 器 or 员', async () => {
    const texts = ['全月设备综合效率（OEE）为81%。', '共生产控制器4.2万套。', '新招聘操作员28人。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['全月', '设备', '综合', '效率', 'oee', '为', '81%', '共', '生产', '控制器', '4.2', '万套', '新', '招聘', '操作员', '28', '人'], texts, names: [] });
    const indexed = (term: string): boolean => term === 'oee';
    const spelled = analyseQuestion('What was the overall equipment effectiveness?', bridge, undefined, indexed).words;
    assert.deepEqual(spelled.map((w) => w.word), ['oee']);
    assert.ok(spelled[0]?.forms.some((form) => form.endsWith('设备综合效率')), spelled[0]?.forms.join(' '));
    assert.ok(!analyseQuestion('What was the overall equipment effectiveness?', bridge, undefined, () => false).words.some((w) => w.word === 'oee'), 'an acronym the documents do not write');
    assert.ok(bridgeWords(bridge, ['controllers'])[0]?.chinese.includes('控制器'), 'control + 器: CC-CEDICT has no 控制器');
    assert.ok(bridgeWords(bridge, ['operators'])[0]?.chinese.includes('操作员'));
  });

  it('reads "this week" as the phrase the dictionary glosses, and a gloss without its accents (résumé → 简历)', async () => {
    const texts = ['本周共收到简历412份。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本周', '共', '收到', '简历', '412', '份'], texts, names: [] });
    const words = analyseQuestion('How many resumes were received this week?', bridge).words;
    assert.deepEqual(words.map((w) => w.word), ['resumes', 'received', 'this week']);
    assert.ok(words[0]?.forms.includes('简历') && words[2]?.forms.includes('本周'), words.map((w) => w.forms.join('/')).join(' '));
    assert.deepEqual(analyseQuestion('What is this?', bridge).words, [], '"this" alone stays a stopword');
  });

  it('reaches a word by the verb of its verb-phrase gloss (leave → 离职 "to leave one\'s job"), not by a phrasal verb\'s', async () => {
    const texts = ['本周办理离职手续5人。', '各类新产品不断涌现。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本周', '办理', '离职', '手续', '5', '人', '各类', '新产品', '不断', '涌现'], texts, names: [] });
    assert.ok(bridgeWords(bridge, ['leave'])[0]?.chinese.includes('离职'));
    assert.deepEqual(bridgeWords(bridge, ['spring'])[0]?.chinese, [], '"to spring up" (涌现) says nothing of spring');
  });

  it('reaches a word by the object its verb gloss names (complaints → 投诉 "to lodge a complaint"), an unknown compound by its head\'s noun (tickets → 运维工单 through 工单 "service ticket"), and a verb by its -al noun (renewal → 续约)', async () => {
    const texts = ['本周共收到顾客投诉37起。', '全月共受理运维工单1,318张。', '续约客户171家。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本周', '共', '收到', '顾客', '投诉', '37', '起', '全月', '受理', '运维工单', '1', '318', '张', '续约', '客户', '171', '家'], texts, names: [] });
    const chinese = (word: string): string[] => bridgeWords(bridge, [word])[0]?.chinese ?? [];
    assert.ok(chinese('complaints').includes('投诉'), chinese('complaints').join('/'));
    assert.ok(chinese('tickets').includes('运维工单'), chinese('tickets').join('/'));
    assert.ok(chinese('renewal').includes('续约'), chinese('renewal').join('/'));
    assert.deepEqual(chinese('lodge').filter((w) => w === '运维工单'), [], 'a compound takes its head\'s nouns, not its verbs');
  });

  it('drops a gloss\'s explanatory tail (媒体 "media, esp. news media"), and keeps "reports" after a noun', async () => {
    const texts = ['产生媒体报道153篇。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['产生', '媒体', '报道', '153', '篇'], texts, names: [] });
    const words = analyseQuestion('How many media reports were published?', bridge).words;
    assert.deepEqual(words.map((w) => w.word).slice(0, 2), ['media', 'reports']);
    assert.ok(words[0]?.forms.includes('媒体') && words[1]?.forms.includes('报道'), words.map((w) => w.forms.join('/')).join(' '));
    assert.deepEqual(analyseQuestion('What does the report say?', bridge).words, [], 'the report itself is no word to find');
  });

  it('reads words joined by a hyphen as the one word the dictionary glosses (e-commerce → 电子商务)', async () => {
    const texts = ['电子商务收入增长12%。', '销售团队负责跟进。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['电子商务', '收入', '增长', '12%', '销售', '团队', '负责', '跟进'], texts, names: [] });
    const words = analyseQuestion('How much did e-commerce revenue grow?', bridge).words;
    assert.equal(words[0]?.word, 'e-commerce');
    assert.ok(words[0]?.forms.includes('电子商务'), words.map((w) => w.forms.join('/')).join(' '));
    assert.ok(analyseQuestion('Who does the follow-up?', bridge).words.some((w) => w.forms.includes('跟进')));
    assert.deepEqual(analyseQuestion('Is it a long-awaited change?', bridge).words.map((w) => w.word), ['long', 'awaited', 'change'], 'a pair the dictionary does not gloss stays two words');
  });

  it('reads an ordinal in digits as the number a report writes (7th floor → 7层, 第7, 第七)', () => {
    const seventh = analyseQuestion('How many meeting rooms were added on the 7th floor?', undefined).words.find((w) => w.word === '7th');
    assert.deepEqual(seventh?.forms, ['7th', '7', '第7', '第七']);
    assert.deepEqual(analyseQuestion('Who won the 21st prize?', undefined).words.find((w) => w.word === '21st')?.forms, ['21st', '21', '第21']);
  });

  it('leaves out the verb a when- or where-question dates or places an event with (take place, happen, be held)', () => {
    for (const question of ['When will the customer audit take place?', 'When did the audit happen?', 'When was the audit held?']) {
      assert.deepEqual(analyseQuestion(question, undefined).words.map((w) => w.word), question.includes('customer') ? ['customer', 'audit'] : ['audit'], question);
    }
    assert.ok(analyseQuestion('What took place at the audit?', undefined).words.some((w) => w.word === 'place'), 'not in other questions');
    assert.deepEqual(analyseQuestion('Where was the launch held?', undefined).words.map((w) => w.word), ['launch'], 'nor where-questions');
  });

  it('reaches a report written in English from a Chinese question, by the stems of the dictionary\'s glosses (平均 → average, 加入 → joined)', async () => {
    const texts = ['Average API latency dropped from 180 ms to 120 ms.', 'Maria Lopez joined the team on Monday.'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['average', 'api', 'latency', 'dropped', 'from', '180', 'ms', 'to', '120', 'maria', 'lopez', 'joined', 'the', 'team', 'on', 'monday'], texts, names: [] });
    const query = analyseQuestion('谁加入了团队？', bridge);
    assert.deepEqual(query.words.map((w) => w.forms), [['加入', 'joined'], ['团队', 'team']]);
    assert.equal(query.crossed, true);
    assert.ok(analyseQuestion('API平均延迟降到了多少？', bridge).words.find((w) => w.word === '平均')?.forms.includes('average'));
    const rate = await buildBridge({ corpusHash: 'test', vocabulary: ['the', 'error', 'rate', 'stayed', 'below', '0.1%'], texts: ['The error rate stayed below 0.1%.'], names: [] });
    const errorRate = analyseQuestion('错误率是多少？', rate).words.find((w) => w.word === '错误率');
    assert.ok(errorRate?.forms.includes('error') && errorRate.forms.includes('rate'), 'a compound the dictionary lacks (错误|率) reaches its pieces\' English');
    const chinese = await buildBridge({ corpusHash: 'test', vocabulary: ['团队', '新增', 'API', '接口'], texts: ['团队新增了API接口。'], names: [] });
    assert.equal(chinese.reverse, undefined, 'a report in Chinese with an English word in it is reached by its Chinese');
  });

  it('meets an irregular past tense by its verb, from an English question and a Chinese one (rise → rose, 上涨 → rose)', async () => {
    const texts = ['Cloud costs rose 12% this month.', 'Alert noise fell by about a third.'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['cloud', 'costs', 'rose', '12%', 'this', 'month', 'alert', 'noise', 'fell', 'by', 'about', 'a', 'third'], texts, names: [] });
    assert.ok(analyseQuestion('How much did cloud costs rise?', bridge).words.find((w) => w.word === 'rise')?.forms.includes('rose'));
    assert.ok(analyseQuestion('Did the alert noise fall?', bridge).words.find((w) => w.word === 'fall')?.forms.includes('fell'));
    assert.ok(analyseQuestion('云成本上涨了多少？', bridge).words.find((w) => w.word === '上涨')?.forms.includes('rose'));
    assert.ok(!analyseQuestion('How much did cloud costs rise?', bridge).words.find((w) => w.word === 'rise')?.forms.includes('fell'), 'a different verb stays apart');
  });

  it('reaches the verb an -ry noun the dictionary does not gloss is made from (inquiries → inquire → 咨询), and not for a glossed noun', async () => {
    const texts = ['本周共接待用户咨询12480次。', '更换电池两块。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['本周', '接待', '用户', '咨询', '12480', '更换', '电池', '两块'], texts, names: [] });
    assert.ok(bridgeWords(bridge, ['inquiries'])[0]?.chinese.includes('咨询'));
    assert.deepEqual(bridgeWords(bridge, ['battery'])[0]?.chinese, ['电池'], 'battery is no batter');
  });

  it('reaches the words of the adjective an -ence or -ance noun is made from (intelligence → intelligent → 智能)', async () => {
    const texts = ['具身智能机器人落地。', '这项工作十分重要。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['具身', '智能', '机器人', '落地', '这项', '工作', '十分', '重要'], texts, names: [] });
    assert.deepEqual(bridgeWords(bridge, ['intelligence', 'importance']).map((b) => b.chinese.includes(b.english === 'intelligence' ? '智能' : '重要')), [true, true]);
  });
});

describe('phrases are read only where the question writes them together', () => {
  it('does not join words across a word it leaves out (meeting [take] place is no 会场)', async () => {
    const texts = ['部署会在分会场以视频方式举行。', '会议于周二召开。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['部署会', '分会场', '会场', '视频', '方式', '举行', '会议', '周二', '召开'], texts, names: [] });
    assert.ok(bridge.phrases['meeting place']?.includes('会场'), 'the dictionary’s phrase is there to be misread');
    const words = analyseQuestion('When did the meeting take place?', bridge).words.map((w) => w.word);
    assert.ok(!words.includes('meeting place'), words.join(' | '));
    assert.ok(words.includes('meeting'), words.join(' | '));
    assert.ok(analyseQuestion('Where is the meeting place?', bridge).words.some((w) => w.word === 'meeting place'), 'written together, it is the phrase');
  });
});

describe('phrasal verbs', () => {
  it('reads a particle the dictionary glosses with the verb as part of it, inflected on the verb (presided over → preside over → 主持)', async () => {
    const texts = ['副部长主持会议。', '会议在北京召开。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['副部长', '主持', '会议', '在', '北京', '召开'], texts, names: [] });
    const words = analyseQuestion('Who presided over the meeting?', bridge).words;
    assert.deepEqual(words.find((w) => w.word === 'presided over')?.forms.includes('主持'), true, words.map((w) => w.word).join(' | '));
    assert.ok(!analyseQuestion('Who was over the meeting?', bridge).words.some((w) => w.word.includes('over')), 'a particle alone is no word');
  });

  it('takes "point out" for framing, as 指出 is: what was said is asked, not about what', async () => {
    const texts = ['会议指出，要加强管理。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['会议', '要', '加强', '管理', '指示'], texts, names: [] });
    assert.deepEqual(analyseQuestion('What did the meeting point out?', bridge).words.map((w) => w.word), ['meeting']);
    assert.deepEqual(analyseQuestion('What did they say the meeting pointed out?', bridge).words.map((w) => w.word), ['meeting']);
  });
});

describe('English words the documents write side by side', () => {
  it('finds the question’s words next to each other, in either order, at most one character apart', async () => {
    const texts = ['会议强调，要加强管理。', '各单位出席了会议。', '基金公司代表参加会议。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['会议', '强调', '要', '加强', '管理', '各', '单位', '出席', '了', '基金', '公司', '代表', '参加'], texts, names: [] });
    const text = texts.join('\n');
    assert.equal(standSideBySide(analyseQuestion('What did the meeting stress?', bridge), text), true);
    assert.equal(standSideBySide(analyseQuestion('Who attended the meeting?', bridge), text), true, '出席了会议: one character between');
    assert.equal(standSideBySide(analyseQuestion('Who funded the meeting?', bridge), text), false, '基金 and 会议 stand apart');
    assert.equal(standSideBySide(analyseQuestion('What is the stress?', bridge), text), false, 'one word is no phrase');
  });
});

describe('English words the documents write in one sentence', () => {
  it('finds three or more of the question’s words in one sentence, in any order, and not across sentences', async () => {
    const texts = ['移动端4.2版本于周二发布，新增扫码登录功能。', '移动端版本说明见附件。周二发布了补丁。'];
    const bridge = await buildBridge({ corpusHash: 'test', vocabulary: ['移动', '端', '4.2', '版本', '于', '周二', '发布', '新增', '扫码', '登录', '功能', '说明', '见', '附件', '了', '补丁'], texts, names: [] });
    const question = analyseQuestion('When was the mobile version released on Tuesday?', bridge);
    assert.equal(standInOneSentence(question, texts[0] as string), true);
    assert.equal(standInOneSentence(question, texts[1] as string), false, 'the words stand in two sentences');
    assert.equal(standInOneSentence(analyseQuestion('What about the version?', bridge), texts[0] as string), false, 'one word says nothing by itself');
  });
});

describe('names written in pinyin', () => {
  const names = Object.fromEntries(pinyinKeys(['li', 'le', 'cheng']).map((k) => [k, ['李乐成']]));
  for (const words of [['li', 'lecheng'], ['lecheng', 'li'], ['li', 'le', 'cheng'], ['li-lecheng'], ['lilecheng']]) {
    it(`matches ${words.join(' ')}`, () => {
      const [match] = matchNames(names, ['what', ...words, 'said']);
      assert.deepEqual(match?.chinese, ['李乐成']);
      assert.equal(match?.start, 1);
    });
  }
  it('does not take one syllable for a name', () => {
    assert.deepEqual(matchNames(names, ['li', 'said']), []);
  });
});

interface Item {
  id: string;
  question: string;
  in_report: boolean;
  evidence?: string[];
}

function readItems(file: string): Item[] {
  return fs
    .readFileSync(path.join(projectRoot, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item);
}

describe('English questions with the real model', () => {
  let core: LoadedCore;
  before(async () => {
    core = (await loadTestCore()) as LoadedCore;
  });

  it('declines, without throwing, questions made of the names of Object\'s own properties (constructor, toString, __proto__)', async () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      for (const question of [`What is the ${name}?`, `How many ${name} were ${name}?`, name]) {
        const reply = await core.ask(question);
        assert.notEqual(reply.kind, 'answer', question);
      }
    }
  });

  for (const question of ['Who is the minister of MIIT?', 'When did MIIT hold the mobilisation meeting?', 'What are the three highlights of Chinese AI mentioned by Li Lecheng?', 'What will MIIT focus on in 2026?']) {
    it(`answers a question naming an acronym or a pinyin name: ${question}`, async () => {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'answer', `${question} was ${reply.kind}`);
    });
  }

  it('answers a short question whose words the report writes side by side (会议强调, 出席会议) under a lower floor, and declines one whose words stand apart', async () => {
    for (const [question, quoted] of [['What did the meeting stress?', '会议强调'], ['Who attended the meeting?', '出席会议']] as const) {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'answer', `${question} was ${reply.kind}`);
      assert.ok(reply.kind === 'answer' && reply.answer.includes(quoted), `${question} → ${reply.kind === 'answer' ? reply.answer : ''}`);
    }
    // fund → 基金 (部代管基金公司) and 会议 stand apart: a guess, held to the usual floor.
    assert.equal((await core.ask('Who funded the meeting?')).kind, 'declined');
  });

  it('answers who presided, through the phrasal verb, and what someone pointed out about a year, both exact matches', async () => {
    for (const [question, quoted] of [['Who presided over the meeting?', '张云明主持会议'], ['What did Li Lecheng point out about 2025?', '李乐成指出，2025年']] as const) {
      const reply = await core.ask(question);
      assert.ok(reply.kind === 'answer' && reply.answer.includes(quoted), `${question} → ${reply.kind === 'answer' ? reply.answer : reply.kind}`);
    }
  });

  it('answers what each labelled speaker said, the name written in pinyin, and still declines what the report does not say of them', async () => {
    const { pinyin } = await import('pinyin-pro');
    const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
    const speakers = [...new Set(core.paragraphs.flatMap((p) => (p.speaker?.name ? [p.speaker.name] : [])))];
    assert.ok(speakers.length >= 3);
    for (const name of speakers) {
      const [surname, ...given] = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
      const written = `${capital(surname ?? '')} ${capital(given.join(''))}`;
      const reply = await core.ask(`What did ${written} say?`);
      assert.equal(reply.kind, 'answer', `What did ${written} say? was ${reply.kind}`);
      assert.equal(core.paragraphs[(reply.citations[0]?.paragraph ?? 0) - 1]?.speaker?.name, name, `${written}: cited ¶${reply.citations[0]?.paragraph}`);
      assert.equal((await core.ask(`How old is ${written}?`)).kind, 'declined', `How old is ${written}?`);
      // Where someone works asks who they are: the sentence with their organisation answers, floor or not.
      const speaker = core.paragraphs.find((p) => p.speaker?.name === name)?.speaker;
      const employer = await core.ask(`Which company does ${written} work for?`);
      assert.equal(employer.kind, 'answer', `Which company does ${written} work for? was ${employer.kind}`);
      if (speaker?.organisation) assert.ok(employer.kind === 'answer' && employer.answer.includes(speaker.organisation), `${written} works for ${speaker.organisation}`);
    }
    assert.equal((await core.ask('Which company does Wang Xiaoming work for?')).kind, 'declined', 'someone the report does not name');
  });

  it('answers a question asking someone’s post, role or title with the sentence naming them (position is framing, like 职务)', async () => {
    for (const question of ["What is Zhang Yunming's position?", 'What title does Yao Maoqing have?']) {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'answer', `${question} was ${reply.kind}`);
      assert.match(reply.kind === 'answer' ? reply.answer : '', /张云明|姚卯青/, question);
    }
    assert.equal((await core.ask("What is Zhou Jian's salary?")).kind, 'declined');
    const job = await core.ask("What is Li Lecheng's job?");
    assert.match(job.kind === 'answer' ? job.answer : '', /部长李乐成/, 'the sentence giving his post');
  });

  it('an acronym the report does not have still settles a decline', async () => {
    assert.equal((await core.ask('What is the GDP growth target for 2026?')).kind, 'declined');
  });

  // The twins of the dev set must do as well as the Chinese; the second set (harder, written apart) guards against regressions.
  for (const [file, target, falseDeclines] of [
    ['test/fixtures/english.jsonl', 0.9, 0],
    ['test/fixtures/english-own.jsonl', 0.6, 3],
    ['test/fixtures/english-person-topic.jsonl', 0.5, 3],
  ] as const) {
    it(`${file}: hit@1 ≥ ${target}, at most ${falseDeclines} false declines, every out-of-report question declined`, async () => {
      const items = readItems(file);
      const replies: Reply[] = [];
      for (const item of items) replies.push(await core.ask(item.question));
      const inReport = items.filter((i) => i.in_report);
      const misses: string[] = [];
      let hits = 0;
      items.forEach((item, i) => {
        const reply = replies[i] as Reply;
        if (!item.in_report) {
          if (reply.found) misses.push(`${item.id} answered`);
          return;
        }
        if (reply.kind !== 'answer') return misses.push(`${item.id} ${reply.kind}`);
        if ((item.evidence ?? []).some((e) => reply.citations[0]?.text.includes(e))) hits++;
        else misses.push(`${item.id} ¶${reply.citations[0]?.paragraph}`);
      });
      const hit1 = hits / inReport.length;
      assert.ok(hit1 >= target, `hit@1 ${hit1.toFixed(3)}; misses: ${misses.join('; ')}`);
      assert.ok(misses.filter((m) => / (declined|invalid|greeting|overview)$/.test(m)).length <= falseDeclines, misses.join('; '));
      assert.deepEqual(misses.filter((m) => m.endsWith('answered')), [], 'every out-of-report question declined');
    });
  }
});

describe('English over a support team’s report (test/fixtures/support), with the real model', () => {
  let core: LoadedCore;
  before(async () => {
    core = await coreOverFixture('test/fixtures/support');
  });

  it('declines a measure the report never gives though it gives another of the same thing (handling time, not response time)', async () => {
    const declined = await core.ask('What is the average handling time of a phone call?');
    assert.equal(declined.kind, 'declined', 'the report gives the first response time, and handles nothing in that sentence');
    const answered = await core.ask('What is the average first response time?');
    assert.equal(answered.kind, 'answer');
    assert.match(answered.kind === 'answer' ? answered.answer : '', /42秒/);
    const score = await core.ask('What was the customer satisfaction score?');
    assert.equal(score.kind, 'answer');
    assert.match(score.kind === 'answer' ? score.answer : '', /91\.3%/);
  });
});

describe('English over another report (test/fixtures/weekly), with the real model', () => {
  let core: LoadedCore;
  before(async () => {
    core = await coreOverFixture('test/fixtures/weekly');
  });

  it('answers the Chinese twin though jieba glues the measure word to the thing counted (多少|张表)', async () => {
    const reply = await core.ask('迁移了多少张表？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /46张/);
  });

  it('quotes the sentence about the migrated tables, not the one counting machines with 台', async () => {
    const reply = await core.ask('How many tables were migrated?');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /46张/);
  });

  it('declines an English amount question about what the documents never name (cost), as the Chinese one about 股价', async () => {
    for (const question of ['How much does the new mobile version cost?', 'How much did the database migration rehearsal cost?']) {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'declined', question);
    }
    // A passive counts its subject: told in a word of the report (migrated → 迁移), it is answered.
    assert.equal((await core.ask('How many tables were migrated in the rehearsal?')).kind, 'answer');
  });

  it('quotes the sentence giving the day for a when-question, not a later one of the same topic (周二 is a time, like 3月5日)', async () => {
    const reply = await core.ask('When was the new mobile version released?');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.sentences[0]?.text ?? '' : '', /于周二上线/);
  });

  it('declines a passive how-many question whose act the documents never tell in any word, and still answers one they tell', async () => {
    const declined = await core.ask('How many servers were stolen this week?');
    assert.equal(declined.kind, 'declined', 'no word of the report is a theft');
    const answered = await core.ask('How many tables were migrated?');
    assert.equal(answered.kind, 'answer');
  });

  it('answers a one-word question its section’s heading writes (风险 in 下周计划与风险), though the prose is under the English floor', async () => {
    for (const question of ['What are the risks?', 'Any risks?']) {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'answer', question);
      assert.match(reply.kind === 'answer' ? reply.answer : '', /服务器资源不足/, question);
    }
  });

  it('declines a who-question asking the holder of a post the documents write no word for (lead), and not the team’s member', async () => {
    const reply = await core.ask('Who is the team lead?');
    assert.equal(reply.kind, 'declined', JSON.stringify(reply));
  });

  // Measured 0.8 hit@1 and 2 false declines: "How many virtual machines were requested …?" is answered again, its
  // "requested" reaching 申请 as a near synonym of ECDICT's 申请书. 0.733 and 3 before that, since a passive's act the
  // documents never write declines, which took two wrong quotes away on held-out sets; 0.8 and 2 before that (0.733 and 3 before -ation nouns reached their verbs' words; 0.667 and 4 before two-character words were reached by their characters'
  // English; 0.467 and 5, with three wrong quotes, before compounds reached their head's English; 0.6 before weekdays were times).
  it('test/fixtures/weekly-english.jsonl: hit@1 ≥ 0.8, at most 2 false declines, every out-of-report question declined', async () => {
    const items = readItems('test/fixtures/weekly-english.jsonl');
    let hits = 0;
    let falseDeclines = 0;
    const answered: string[] = [];
    for (const item of items) {
      const reply = await core.ask(item.question);
      if (!item.in_report) {
        if (reply.found) answered.push(item.id);
        continue;
      }
      if (reply.kind !== 'answer') falseDeclines++;
      else if ((item.evidence ?? []).some((e) => reply.citations[0]?.text.includes(e))) hits++;
    }
    const hit1 = hits / items.filter((i) => i.in_report).length;
    assert.ok(hit1 >= 0.8, `hit@1 ${hit1.toFixed(3)}`);
    assert.ok(falseDeclines <= 2, `${falseDeclines} false declines`);
    assert.deepEqual(answered, []);
  });
});

describe('an English word the dictionaries translate otherwise reaches the report’s near synonym (test/fixtures/marketing), with the real model', () => {
  let core: LoadedCore;
  before(async () => {
    core = await coreOverFixture('test/fixtures/marketing');
  });

  it('reaches 春季 from "spring" (ECDICT: 春天, 弹簧…), and only when it completes the question', async () => {
    const reply = await core.ask('When will the spring launch be held?');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /春季发布会/);
    // "attend" reaches nothing in the report: 春季 alone does not lift a question still missing a word.
    assert.equal((await core.ask('How many dealers will attend the spring launch?')).kind, 'declined');
  });
});
