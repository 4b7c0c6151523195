/**
 * The sections a team's report is made of (done, problems, plans, help wanted), asked in words the report's
 * headings do not use: answered with every item of the list under the heading of that kind.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { holdsNumber } from '../../src/core/answer-phrase.js';
import { type LoadedCore } from '../../src/core/bot.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { detectIntent } from '../../src/core/query/intent.js';
import { sectionKindAsked } from '../../src/core/section-asked.js';
import { coreOverFixture } from '../helpers/core.js';

describe('which section of a report a question asks', () => {
  const kind = (question: string): string | undefined => sectionKindAsked(analyseQuestion(question, undefined));
  it('reads the kind from words of its own, in Chinese and English', () => {
    assert.equal(kind('下周计划是什么？'), 'plan');
    assert.equal(kind('What are the next steps?'), 'plan');
    assert.equal(kind('存在哪些问题？'), 'problem');
    assert.equal(kind('What are the problems?'), 'problem');
    assert.equal(kind('本期完成了哪些工作？'), 'done');
    assert.equal(kind('What was done this week?'), 'done');
    assert.equal(kind('需要哪些支持？'), 'help');
    assert.equal(kind('关键指标怎么样？'), 'metrics');
    assert.equal(kind('What are the key metrics?'), 'metrics');
  });
  it('asks no section when the question names something else, or two kinds at once', () => {
    assert.equal(kind('门锁项目有哪些风险？'), undefined);
    assert.equal(kind('实时计算集群的存储什么时候会用满？'), undefined);
    assert.equal(kind('计划和问题有哪些？'), undefined);
    assert.equal(kind('How many engineers work on the data platform?'), undefined);
  });
});

describe('a section asked of a report whose headings word it otherwise, with the real core', () => {
  let project: LoadedCore;
  before(async () => {
    project = await coreOverFixture('test/fixtures/project');
  });

  it('answers the plan with every item under 三、下阶段工作, in order, each cited', async () => {
    for (const question of ['What are the next steps?', '下周计划是什么？', '下阶段有哪些工作？']) {
      const reply = await project.ask(question);
      assert.ok(reply.kind === 'answer', `${question}: ${JSON.stringify(reply)}`);
      assert.equal(reply.sentences.length, 3, question);
      assert.match(reply.sentences[0]?.text ?? '', /^1\. 完成实时计算集群的扩容方案评审/, question);
      assert.ok(reply.citations.every((c) => c.headline === '三、下阶段工作'), question);
    }
  });

  it('answers the problems with the items under 二、存在的困难', async () => {
    for (const question of ['存在哪些问题？', 'What are the problems?']) {
      const reply = await project.ask(question);
      assert.ok(reply.kind === 'answer', `${question}: ${JSON.stringify(reply)}`);
      assert.deepEqual(reply.citations.map((c) => c.headline), ['二、存在的困难', '二、存在的困难'], question);
    }
  });

  it('answers the help wanted with the one paragraph under a prose section of that kind', async () => {
    for (const question of ['What help is needed?', '需要哪些部门配合？']) {
      const reply = await project.ask(question);
      assert.ok(reply.kind === 'answer', `${question}: ${JSON.stringify(reply)}`);
      assert.deepEqual(reply.citations.map((c) => c.headline), ['四、需要协调的事项'], question);
    }
  });

  it('offers the sections in /help as a team member would ask them, each answered from its section', async () => {
    for (const [language, plan] of [['zh', '接下来有什么计划？'], ['en', 'What are the next steps?']] as const) {
      const examples = await project.examples(language);
      const example = examples.find((e) => e.question === plan);
      assert.ok(example, `${language}: ${JSON.stringify(examples)}`);
      const reply = await project.ask(plan);
      assert.ok(reply.kind === 'answer' && reply.citations.every((c) => c.headline === '三、下阶段工作'), JSON.stringify(reply));
    }
  });

  it('does not count a list item’s own number as a count it gives', async () => {
    assert.equal(holdsNumber('3. 启动推荐系统特征平台的需求调研。'), false);
    assert.equal(holdsNumber('2. 数据质量巡检规则新增64条'), true);
    const reply = await project.ask('How many engineers work on the data platform?');
    assert.equal(reply.kind, 'declined', JSON.stringify(reply));
  });

  it('does not answer next week’s plan with next month’s', async () => {
    const plant = await coreOverFixture('test/fixtures/plant');
    const reply = await plant.ask('下周计划是什么？');
    assert.ok(reply.citations.every((c) => c.headline !== '五、下月安排'), JSON.stringify(reply));
    const next = await plant.ask('What are the next steps?');
    assert.ok(next.kind === 'answer' && next.citations.every((c) => c.headline === '五、下月安排'), JSON.stringify(next));
  });
});

describe('the key figures asked of a report whose table heads them otherwise, with the real core', () => {
  it('answers every row of the table under 一、核心指标', async () => {
    const ops = await coreOverFixture('test/fixtures/ops');
    const reply = await ops.ask('关键指标怎么样？');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.deepEqual(reply.citations.map((c) => c.paragraph), [1, 2, 3, 4]);
  });
});

describe('存在 before 哪些', () => {
  it('asks what there is, not where', () => {
    assert.equal(detectIntent('存在哪些问题？').where, false);
    assert.equal(detectIntent('会议在哪里举行？').where, true);
    assert.deepEqual(analyseQuestion('存在哪些问题？', undefined).words.map((w) => w.word), ['问题']);
  });
});
