/**
 * Which sentence is quoted: a sentence of an article is about its headline
 * though it may leave it unsaid (为1990年由某某执导的电影作品。 under the
 * film's title), so a sentence repeating the headline's words does not win
 * on them alone. Over a made-up page, so nothing depends on today's report.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type LoadedCore } from '../../src/core/bot.js';
import { coreOverDocuments, coreOverDocumentsInSuite } from '../helpers/core.js';

const PAGE = `晨光 (1990年电影)

为1990年由李文华执导的电影作品。讲述晨光镇上一家三代人的故事。晨光在台北首映后获得金马奖提名。
`;

/** Two people of one page: one passage gives a courtesy name, the other does not. */
const PEOPLE = `周文远

周文远，字子清，江南人，清代画家。他擅长山水画，晚年隐居乡间。

陈启明

陈启明，江北人，清代书法家。他擅长行书，曾任地方官，晚年以教书为生。
`;

/** A meeting: the sentence saying who presided shares fewer of an English question's words than the one after it. */
const MEETING = `星河公司召开质量工作会议

3月2日，星河公司召开质量工作会议。副总经理王明主持会议。会议强调，要提高产品质量，加强质量管理，落实质量责任。
`;

/** A career: the sentence naming the person and the post dates other posts; the one giving the term only says 她. */
const CAREER = `林海文

林海文，现职协会申诉专员，毕业于东方大学社会学系，1974年加入协会为研究主任，并获擢升为副总干事及于2007年4月起担任总干事。2011年7月1日，林海文获委任为太平绅士。2012年11月16日，林海文退任协会总干事。到了2014年3月17日，政府委任她出任申诉专员，4月1日生效，任期五年。
`;

/** An incident: what happened, then its cause in a sentence that names no one. */
const INCIDENT = `星河仓库月报

本月发生一起轻微安全事故：一名搬运工在卸货时脚部扭伤，经现场处理后送医，已于三天后返岗。事故原因是卸货区地面湿滑且未设警示标志。仓库已在卸货区增设防滑垫。
`;

/** A fish with another name, and another article whose sentence calls someone else something (叫做). */
const FISH = `䲟

䲟，又称长印鱼，为鲈形目䲟科的其中一个种。本鱼分布于全世界各大洋的温热带海域。
`;
const SCHOOL = `楼曾瑞

楼曾瑞是香港的中学校长。他指责新一代的道德水平受到传媒影响，「港督都可以叫做肥彭，校长又是什么？」
`;

/** A centre: its origin names a district first; where it stands is said with 位于 later on. */
const CENTRE = `星光中心

星光中心源自滨海特区政府推展的「设计创新计划」，其成立目的旨在推广设计与创意，同时鼓励业界更广泛善用设计。星光中心于2006年正式启用，由科技园公司与设计中心联合运作。星光中心附设面积达2,400平方米的展览场地。星光中心位于九龙塘达之路72号，毗邻又一城。
`;

/** A currency: the sentence naming who issues it leaves the currency unsaid; two others tell its issue with its name. */
const CURRENCY = `星币

星币是星河共和国的流通货币。由星河国家银行发行。星币自2000年10月30日起开始发行；双金属的3星币和5星币硬币于2003年首次发行。按照第415号总统令，星币纸币于2000年10月30日正式发行。
`;

/** A film: its plot names its characters and their actors; the sentence naming the director leaves the film unsaid. */
const FILM = `海灯

剧情以民间流传的海灯传说为主轴，叙述商人吴明（孙伟饰）娶妻柳云（施文饰），一家在海港经商落户。为1988年由丁文玺执导的电影作品。改编自海港四大奇案之一的海灯传说。
`;

let core: LoadedCore;
let close: () => Promise<void>;
before(async () => {
  ({ core, close } = await coreOverDocuments({ 'film.txt': PAGE, 'people.txt': PEOPLE, 'meeting.txt': MEETING, 'career.txt': CAREER, 'fish.txt': FISH, 'school.txt': SCHOOL }, 'sentence-choice-'));
});
after(() => close());

describe('choosing the sentence to quote', () => {
  it('quotes the sentence that answers though it never repeats the headline’s subject', async () => {
    const reply = await core.ask('晨光的导演是谁？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /李文华执导/);
  });

  it('still prefers the sentence holding the question’s other words', async () => {
    const reply = await core.ask('晨光讲述了什么故事？');
    assert.equal(reply.kind === 'answer' ? reply.sentences[0]?.text : '', '讲述晨光镇上一家三代人的故事。');
  });
});

describe('a question asking another name', () => {
  it('quotes the sentence that gives the name', async () => {
    const reply = await core.ask('周文远的字是什么？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.sentences[0]?.text ?? '' : '', /字子清/);
  });

  it('quotes the sentence giving a name to what is asked, not one naming something else', async () => {
    const reply = await core.ask('䲟又叫做什么？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.sentences[0]?.text ?? '' : '', /又称长印鱼/);
  });

  it('is declined when no sentence about the person gives one, however close the others are', async () => {
    assert.equal((await core.ask('陈启明的字是什么？')).kind, 'declined');
  });
});

describe('a question asking where', () => {
  const centre = coreOverDocumentsInSuite({ 'centre.txt': CENTRE }, 'sentence-choice-where-');
  it('quotes the sentence saying where the thing stands (位于), not one naming a district', async () => {
    const reply = await centre().ask('星光中心在哪里？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /位于九龙塘/);
  });
});

describe('a question asking who did something', () => {
  it('quotes the sentence telling the act, not the one sharing more of the other words', async () => {
    const reply = await core.ask('Who presided over the meeting on product quality?');
    assert.equal(reply.kind, 'answer');
    assert.equal(reply.kind === 'answer' ? reply.sentences[0]?.text : '', '副总经理王明主持会议。');
  });
});

describe('a question asking by whom with 由', () => {
  const currency = coreOverDocumentsInSuite({ 'currency.txt': CURRENCY }, 'sentence-choice-by-');
  it('quotes the sentence telling 由 whom the act is done, though it leaves the subject unsaid', async () => {
    const reply = await currency().ask('星币由什么机构发行？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /由星河国家银行发行/);
    // Ranked first on its own, before the reader reads the candidates: not a runner-up of a sentence telling the act alone.
    const { scored } = await currency().explain('星币由什么机构发行？');
    const best = Math.max(...scored.map((s) => s.score));
    assert.equal(scored.find((s) => s.score === best)?.sentence.text, '由星河国家银行发行。');
  });
});

describe('a question asking who holds a role', () => {
  const film = coreOverDocumentsInSuite({ 'film.txt': FILM }, 'sentence-choice-role-');
  it('ranks the sentence telling the act the role is named for (执导 for 导演) above one naming other people', async () => {
    const { scored } = await film().explain('海灯的导演是谁？');
    const best = Math.max(...scored.map((s) => s.score));
    assert.equal(scored.find((s) => s.score === best)?.sentence.text, '为1988年由丁文玺执导的电影作品。');
  });
});

describe('a question asking how long', () => {
  it('reads the sentence giving a span, not the one naming the person and the post, which only dates', async () => {
    // Read first, the dated sentence gives no length and the question was declined (givesNoNumber).
    const reply = await core.ask('林海文担任协会的申诉专员的任期是多长？');
    assert.equal(reply.kind, 'answer');
    assert.ok(reply.kind === 'answer' && reply.sentences.some((sentence) => sentence.text.includes('任期五年')));
  });
});

describe('a question asking why', () => {
  // A core of its own: another document would move the other pages' word weights.
  let incident: LoadedCore;
  let closeIncident: () => Promise<void>;
  before(async () => {
    ({ core: incident, close: closeIncident } = await coreOverDocuments({ 'incident.txt': INCIDENT }, 'sentence-choice-why-'));
  });
  after(() => closeIncident());

  it('quotes the reason given right after what happened, with it', async () => {
    const reply = await incident.ask('搬运工为什么会扭伤？');
    assert.equal(reply.kind, 'answer');
    assert.ok(reply.kind === 'answer' && reply.sentences.some((sentence) => sentence.text.startsWith('事故原因是')), JSON.stringify(reply.kind === 'answer' ? reply.sentences : reply));
  });
});
