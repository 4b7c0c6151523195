/**
 * What the bot says about its content comes from the documents: /help
 * examples are questions made from the documents that the real core answers,
 * in Chinese and English, and a decline names the nearest headlines. Checked
 * on the report and on two different corpora (made-up team weekly reports).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { messages, notAnswered } from '../../src/adapters/shared/messages.js';
import { createQuestionService } from '../../src/app/question-service.js';
import { createCore } from '../../src/core/bot.js';
import { type ReportCore } from '../../src/core/core.js';
import { type Language } from '../../src/core/reply.js';
import { silentLogger } from '../../src/logger.js';
import { loadTestCore, projectRoot, testCoreConfig } from '../helpers/core.js';

const languages: Language[] = ['zh', 'en'];

/** Asks every /help example through the real core: each must be answered in its language, quoting the paragraph it was made from. */
async function assertAnswered(core: ReportCore, language: Language): Promise<string[]> {
  const examples = await core.examples(language);
  assert.ok(examples.length >= 2, `at least two ${language} examples, got ${JSON.stringify(examples)}`);
  for (const example of examples) {
    const reply = await core.ask(example.question);
    assert.equal(reply.found, true, `«${example.question}» is answered`);
    assert.equal(reply.language, language, `«${example.question}» is framed in ${language}`);
    assert.ok(reply.kind === 'answer' && reply.sentences.some((s) => s.paragraph === example.paragraph), `«${example.question}» quotes ¶${example.paragraph}`);
  }
  return examples.map((e) => e.question);
}

const questionService = (core: ReportCore) =>
  createQuestionService({ core, limits: { questionsPerWindow: 100, windowSeconds: 60, maxConcurrentAnswers: 2 }, logger: silentLogger() });

describe('/help examples over the report (real core)', () => {
  let core: ReportCore;
  before(async () => {
    core = await loadTestCore();
  });

  for (const language of languages) {
    it(`every ${language} example /help shows is answered through the real core`, async () => {
      const examples = await assertAnswered(core, language);
      // What adapters get and render: the same questions, each as `/ask <question>`.
      const shown = await questionService(core).examples(language);
      assert.deepEqual(shown, examples);
      const help = messages.help(language, shown);
      for (const question of shown) assert.ok(help.includes(`/ask ${question}`), `help lists «${question}»`);
    });
  }

  it('are computed once per index (the same list again, not recomputed)', async () => {
    const [first, second] = await Promise.all([core.examples('zh'), core.examples('zh')]);
    assert.equal(first, second);
    assert.equal(await core.examples('zh'), first);
  });

  it('come from different sections of the report', async () => {
    const headlines = (await core.examples('zh')).map((e) => {
      const found = core.source(e.paragraph);
      return found.kind === 'paragraph' ? found.paragraph.headline : '';
    });
    assert.ok(new Set(headlines).size >= 2, JSON.stringify(headlines));
  });
});

describe('decline suggestions over the report', () => {
  it('name distinct headlines of the report, and the reply says plainly the documents do not say', async () => {
    const core = await loadTestCore();
    const headlines = new Set(core.paragraphs.map((p) => p.headline));
    for (const question of ['今年的GDP增长目标是多少？', 'Who won the 2022 FIFA World Cup?']) {
      const reply = await core.ask(question);
      assert.equal(reply.kind, 'declined', question);
      if (reply.kind !== 'declined') continue;
      assert.ok(reply.suggestions.length > 0 && reply.suggestions.length <= 3);
      assert.equal(new Set(reply.suggestions).size, reply.suggestions.length, 'distinct');
      for (const topic of reply.suggestions) assert.ok(headlines.has(topic), `«${topic}» is a headline of the report`);
      const text = notAnswered(reply);
      assert.match(text, reply.language === 'zh' ? /^文件里没有说到这一点。/ : /^The documents don't say\./);
      for (const topic of reply.suggestions) assert.ok(text.includes(topic));
    }
  });
});

describe('another corpus: a made-up team weekly report', () => {
  let core: ReportCore;
  const dataDir = path.join(projectRoot, 'test/fixtures/weekly');
  before(async () => {
    // Its own index, kept between runs like the report's.
    core = await createCore(testCoreConfig({ dataDir, indexDir: `${testCoreConfig().indexDir}-weekly` }));
  });

  for (const language of languages) {
    it(`${language} help examples come from that corpus and are answered`, async () => {
      const source = fs.readFileSync(path.join(dataDir, 'weekly-report.txt'), 'utf8');
      await assertAnswered(core, language);
      for (const example of await core.examples(language)) {
        const found = core.source(example.paragraph);
        assert.ok(found.kind === 'paragraph' && found.paragraph.document === 'weekly-report.txt' && source.includes(found.paragraph.text));
      }
    });
  }

  it('counts in 处: the count is shown first, and a count of a kind never written is declined', async () => {
    const counted = await core.ask('迁移中发现了几处字符集问题？');
    assert.equal(counted.kind, 'answer');
    if (counted.kind === 'answer') assert.equal(counted.phrase, '两处');
    // Two character-set problems were found; no performance problem is written of.
    assert.equal((await core.ask('迁移演练发现了几处性能问题？')).kind, 'declined');
    // Its release is told, its downloads never.
    assert.equal((await core.ask('4.2版本的下载量是多少？')).kind, 'declined');
    assert.equal((await core.ask('How many users downloaded version 4.2?')).kind, 'declined');
    // Servers are short; eight virtual machines were asked for, no count of servers.
    assert.equal((await core.ask('压力测试需要多少台服务器？')).kind, 'declined');
    assert.equal((await core.ask('申请了多少台虚拟机？')).kind, 'answer');
  });

  it('declines a when-question whose nearest sentence gives no time (the scheme is made, its launch never dated)', async () => {
    assert.equal((await core.ask('新的配色方案什么时候上线？')).kind, 'declined');
    assert.equal((await core.ask('正式迁移什么时候进行？')).kind, 'answer');
  });

  it('answers an English question whose three words stand in one sentence, though its meaning is far from the dense floor', async () => {
    const reply = await core.ask('When was version 4.2 released?');
    assert.equal(reply.kind, 'answer');
    if (reply.kind === 'answer') assert.ok(reply.answer.includes('周二上线'), reply.answer);
  });

  it("declines suggest that corpus's headlines, nearest first", async () => {
    const headlines = [...new Set(core.paragraphs.map((p) => p.headline))];
    assert.deepEqual(headlines, ['数据库迁移进展', '移动端新版本发布情况', '下周计划与风险']);
    const reply = await core.ask('崩溃率的统计口径是什么？');
    assert.equal(reply.kind, 'declined');
    if (reply.kind !== 'declined') return;
    assert.equal(reply.suggestions[0], '移动端新版本发布情况', 'the section about the crash rate leads');
    assert.deepEqual([...reply.suggestions].sort(), [...headlines].sort());
    const shown = notAnswered(reply);
    for (const headline of headlines) assert.ok(shown.includes(headline));
  });
});

describe('a third corpus: a support centre’s weekly report in Markdown', () => {
  let core: ReportCore;
  before(async () => {
    core = await createCore(testCoreConfig({ dataDir: path.join(projectRoot, 'test/fixtures/support'), indexDir: `${testCoreConfig().indexDir}-support` }));
  });

  it('gives the figure asked, and declines a target the report never sets (X的Y是多少 needs Y in the sentence)', async () => {
    const figure = await core.ask('用户满意度是多少？');
    assert.ok(figure.kind === 'answer' && figure.answer.includes('91.3%'), JSON.stringify(figure));
    assert.equal((await core.ask('用户满意度的目标值是多少？')).kind, 'declined');
    assert.equal((await core.ask('机器人独立解决率的目标是多少？')).kind, 'declined');
  });

  it('declines a when-question whose sentence says only 暂时, and answers one the report dates', async () => {
    assert.equal((await core.ask('通话录音检索功能什么时候上线？')).kind, 'declined');
    const dated = await core.ask('电话客服系统什么时候完成迁移的？');
    assert.ok(dated.kind === 'answer' && dated.answer.includes('12月2日'), JSON.stringify(dated));
  });

  it('counts from the report’s text, not from its sign-off (客户服务中心 王蕾2026年12月4日), and names the sign-off as the writer', async () => {
    const counted = await core.ask('How many customer inquiries did the service center handle this week?');
    assert.ok(counted.kind === 'answer' && counted.answer.includes('12,480次'), JSON.stringify(counted));
    const writer = await core.ask('这份周报是谁写的？');
    assert.ok(writer.kind === 'answer' && writer.answer === '客户服务中心 王蕾2026年12月4日', JSON.stringify(writer));
  });

  it('reaches 满意度 from "satisfaction" (CC-CEDICT: "degree of satisfaction")', async () => {
    const reply = await core.ask('What is the customer satisfaction rate?');
    assert.ok(reply.kind === 'answer' && reply.answer.includes('91.3%'), JSON.stringify(reply));
  });
});

describe('a fourth corpus: a team weekly report written in English (Markdown)', () => {
  let core: ReportCore;
  before(async () => {
    core = await createCore(testCoreConfig({ dataDir: path.join(projectRoot, 'test/fixtures/english-doc'), indexDir: `${testCoreConfig().indexDir}-english-doc` }));
  });

  it('quotes one English sentence, not the whole page, and keeps a heading with a comma as a headline', async () => {
    const reply = await core.ask('How long did the cutover take?');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.equal(reply.sentences[0]?.text, 'The cutover took 35 minutes on Tuesday night, with no downtime for customers.');
    assert.equal(reply.citations[0]?.title, 'Platform Team Weekly Report, Week 49');
    assert.equal(reply.citations[0]?.headline, 'Highlights', 'each Markdown heading heads its own section');
  });

  it('meets an inflected word the report writes in another form (decommissioned → Decommission)', async () => {
    const reply = await core.ask('When will the old billing servers be decommissioned?');
    assert.ok(reply.kind === 'answer' && reply.answer.includes('Wednesday'), JSON.stringify(reply));
  });

  it('answers what is planned with the items under the plan’s heading, not a risk that takes "two weeks"', async () => {
    for (const question of ['What is planned for next week?', 'What are the plans for next week?']) {
      const reply = await core.ask(question);
      assert.ok(reply.kind === 'answer', JSON.stringify(reply));
      assert.deepEqual(
        reply.sentences.map((s) => s.text),
        ['Decommission the old billing servers on Wednesday.', 'Start load testing the search service ahead of the holiday peak.', 'Interview two candidates for the database engineer opening.'],
        question,
      );
    }
  });

  it('declines a doer the report does not name and a sum it does not give', async () => {
    assert.equal((await core.ask('Who leads the Singapore office?')).kind, 'declined');
    assert.equal((await core.ask('How much does the new cluster cost per month?')).kind, 'declined');
  });

  it('answers a Chinese question from the English report, quoting it as written', async () => {
    const joined = await core.ask('谁加入了团队？');
    assert.ok(joined.kind === 'answer' && joined.answer.includes('Maria Lopez joined the team'), JSON.stringify(joined));
    const latency = await core.ask('API平均延迟降到了多少？');
    assert.ok(latency.kind === 'answer' && latency.answer.includes('120 ms'), JSON.stringify(latency));
  });

  it('reads a Chinese question opening with two words the report writes in English as no name cut in two (云|成本 → cloud costs)', async () => {
    const reply = await core.ask('云成本上涨了多少？');
    assert.ok(reply.kind === 'answer' && reply.answer.includes('Cloud costs rose 12%'), JSON.stringify(reply));
  });

  it('quotes the sentence that goes on about the person asked of (She will own…) beside the one naming them', async () => {
    const reply = await core.ask('What will Maria Lopez own?');
    assert.ok(reply.kind === 'answer', JSON.stringify(reply));
    assert.deepEqual(reply.sentences.map((s) => s.text), ['Maria Lopez joined the team as a site reliability engineer on Monday.', 'She will own the logging pipeline.']);
  });

  it('declines last week’s figure when the report gives only this week’s', async () => {
    assert.equal((await core.ask('What was the error rate last week?')).kind, 'declined');
    const now = await core.ask('What was the error rate this week?');
    assert.ok(now.kind === 'answer' && now.answer.includes('0.1%'), JSON.stringify(now));
  });

  it('asks a sentence in English to tell a common verb the question asks the doer of (makes), in some form', async () => {
    assert.equal((await core.ask('Which company makes the load testing tool?')).kind, 'declined');
    const joined = await core.ask('Who joined the team?');
    assert.ok(joined.kind === 'answer' && joined.answer.includes('Maria Lopez'), JSON.stringify(joined));
  });

  it('names the writer from the sign-off', async () => {
    const reply = await core.ask('Who wrote the report?');
    assert.ok(reply.kind === 'answer' && reply.answer === 'Tom Becker, Platform Lead December 4, 2026', JSON.stringify(reply));
  });

  it('declines a Chinese question the English report does not answer', async () => {
    for (const question of ['新加坡办公室由谁负责？', '新集群每个月要花多少钱？']) assert.equal((await core.ask(question)).kind, 'declined', question);
  });
});
