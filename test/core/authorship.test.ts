/**
 * "What did <byline> write?" is answered with the articles signed by that
 * byline — their opening sentences, cited under their headlines — over a
 * made-up page, so nothing here depends on today's report.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type LoadedCore } from '../../src/core/bot.js';
import { type AnswerReply, type Reply } from '../../src/core/reply.js';
import { coreOverDocuments } from '../helpers/core.js';

const PAGE = `星河市召开新能源汽车产业推进会

本报讯 5月12日，星河市召开新能源汽车产业推进会，部署全年充电网络建设任务。市长王海东出席会议并讲话。

会议指出，今年全市将新建充电桩3000个，覆盖所有乡镇。

(晓峰)

青禾县举办首届茶叶文化节

本报讯 4月28日，青禾县首届茶叶文化节在县体育馆开幕，来自全国的200多家茶企参展。

文化节期间，县里签约茶叶深加工项目12个，总投资8.6亿元。

(文华)
`;

let core: LoadedCore;
let close: () => Promise<void>;
before(async () => {
  ({ core, close } = await coreOverDocuments({ 'page.txt': PAGE }, 'authorship-'));
});
after(() => close());

function answered(reply: Reply): AnswerReply {
  assert.equal(reply.kind, 'answer', `expected an answer to ${reply.question}, got ${reply.kind}`);
  return reply as AnswerReply;
}

describe('questions about what a byline wrote', () => {
  const cases: [question: string, lead: string, headline: string][] = [
    ['晓峰写的是哪篇报道？', '本报讯 5月12日，星河市召开新能源汽车产业推进会，部署全年充电网络建设任务。', '星河市召开新能源汽车产业推进会'],
    ['文华写了什么？', '本报讯 4月28日，青禾县首届茶叶文化节在县体育馆开幕，来自全国的200多家茶企参展。', '青禾县举办首届茶叶文化节'],
    ['哪篇文章的作者是文华？', '本报讯 4月28日，青禾县首届茶叶文化节在县体育馆开幕，来自全国的200多家茶企参展。', '青禾县举办首届茶叶文化节'],
    ['What did Xiao Feng write?', '本报讯 5月12日，星河市召开新能源汽车产业推进会，部署全年充电网络建设任务。', '星河市召开新能源汽车产业推进会'],
    ['Which article is written by Wenhua?', '本报讯 4月28日，青禾县首届茶叶文化节在县体育馆开幕，来自全国的200多家茶企参展。', '青禾县举办首届茶叶文化节'],
    ['晓峰发表了什么文章？', '本报讯 5月12日，星河市召开新能源汽车产业推进会，部署全年充电网络建设任务。', '星河市召开新能源汽车产业推进会'],
    ['文华的文章是哪篇？', '本报讯 4月28日，青禾县首届茶叶文化节在县体育馆开幕，来自全国的200多家茶企参展。', '青禾县举办首届茶叶文化节'],
    ['What articles did Xiao Feng publish?', '本报讯 5月12日，星河市召开新能源汽车产业推进会，部署全年充电网络建设任务。', '星河市召开新能源汽车产业推进会'],
  ];
  for (const [question, lead, headline] of cases) {
    it(`answers “${question}” with the opening sentence of the article signed so, cited under its headline`, async () => {
      const reply = answered(await core.ask(question));
      assert.deepEqual(reply.sentences.map((s) => s.text), [lead]);
      assert.equal(reply.answer, lead);
      assert.equal(reply.citations.length, 1);
      assert.equal(reply.citations[0]?.headline, headline);
      assert.equal(reply.citations[0]?.paragraph, reply.sentences[0]?.paragraph);
      assert.ok(reply.citations[0]?.text.includes(lead), 'the quote is verbatim');
    });
  }

  it('answers a fact of a writer’s article from their articles only, not with the lead by rule', async () => {
    const reply = answered(await core.ask('文华报道的文化节签约了多少个项目？'));
    assert.match(reply.answer, /签约茶叶深加工项目12个/);
    assert.match(answered(await core.ask('文华报道的活动是哪天开幕的？')).answer, /4月28日/);
    // The other writer's article holds it: asked of this writer's, the documents do not say.
    assert.equal((await core.ask('晓峰写的文章里，有多少家茶企参展？')).kind, 'declined');
    assert.match(answered(await core.ask('有多少家茶企参展？')).answer, /200多家茶企参展/);
  });

  it('does not take a name the page never signs for a byline', async () => {
    const reply = await core.ask('王海东写的是哪篇报道？');
    assert.notEqual(reply.kind === 'answer' ? reply.answer : '', '本报讯 5月12日，星河市召开新能源汽车产业推进会，部署全年充电网络建设任务。');
  });

  it('does not answer questions about the writer from their article: a byline is not content', async () => {
    for (const question of ['晓峰今年多大？', 'How old is Wen Hua?']) assert.equal((await core.ask(question)).kind, 'declined', question);
  });
});
