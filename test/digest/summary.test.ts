import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Asker, type Summary } from '../../src/app/contracts.js';
import { type ReportCore } from '../../src/core/core.js';
import { createDigest, type Digest, formatSummaryText } from '../../src/digest/index.js';
import { loadTestCore } from '../helpers/core.js';
import { at, logger, recordingSink, tempDir } from './helpers.js';

const temp = tempDir();
let core: ReportCore;
let now = at('2026-03-09T00:30:00Z'); // 08:30 in Shanghai
const digests: Digest[] = [];

before(async () => {
  core = await loadTestCore();
});
after(async () => {
  for (const d of digests) await d.close();
  temp.remove();
});

async function digestFor(name: string): Promise<Digest> {
  const config = { databasePath: path.join(temp.dir, `${name}.db`), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 };
  const digest = await createDigest({ core, config, logger, clock: () => now });
  digests.push(digest);
  return digest;
}

const asker = (chatId: string): Asker => ({ platform: 'telegram', chatId, userId: 'U-secret-4242' });

/** Logs questions as the question service would after answering them; returns the logged ids. */
async function ask(digest: Digest, chatId: string, questions: string[], expect: 'answer' | 'declined' = 'answer'): Promise<number[]> {
  const ids: number[] = [];
  for (const question of questions) {
    const reply = await core.ask(question);
    assert.equal(reply.kind, expect, `the test needs a question that is ${expect === 'answer' ? 'answered' : 'declined'}: ${question}`);
    if (reply.kind !== 'answer' && reply.kind !== 'declined') continue;
    const id = await digest.logQuestion({ asker: asker(chatId), question, paragraphs: reply.citations.map((c) => c.paragraph), at: now, reply });
    if (typeof id === 'number') ids.push(id);
  }
  await digest.settled();
  return ids;
}

function assertVerbatim(summary: Summary): void {
  for (const section of summary.sections) {
    for (const item of section.items) {
      // Declined questions quote the asker, not the report.
      if (section.kind === 'declined') continue;
      const source = core.source(item.paragraph ?? 0);
      assert.equal(source.kind, 'paragraph', `¶${item.paragraph} exists`);
      if (source.kind === 'paragraph') assert.ok(source.paragraph.text.includes(item.text), `${section.kind}: «${item.text}» is in ¶${item.paragraph}`);
      assert.ok(item.text.trim().length > 0);
    }
  }
}

const itemsOf = (summary: Summary, kind: string) => summary.sections.find((s) => s.kind === kind)?.items ?? [];

describe('summary: key points', () => {
  it('quote the report verbatim and differ on three consecutive days', async () => {
    const digest = await digestFor('keypoints');
    const days = await Promise.all(['2026-03-08', '2026-03-09', '2026-03-10'].map((date) => digest.summaryOn('telegram', 'chat', date)));
    const keys = days.map((s) => itemsOf(s, 'keypoints').map((i) => `${i.paragraph}:${i.text}`).join('\n'));
    for (const summary of days) {
      assertVerbatim(summary);
      assert.ok(itemsOf(summary, 'keypoints').length >= 3, 'a few key points every day');
      assert.equal(summary.sections.at(-1)?.title, '报告要点');
    }
    assert.equal(new Set(keys).size, 3, 'each day has its own key points');
    assert.deepEqual(days.map((s) => s.date), ['2026-03-08', '2026-03-09', '2026-03-10']);
  });

  it('cite each point under its own article’s headline where the document has several (a newspaper page)', async () => {
    const digest = await digestFor('headlines');
    const days = await Promise.all(['2026-03-08', '2026-03-09', '2026-03-10'].map((date) => digest.summaryOn('telegram', 'chat', date)));
    const items = days.flatMap((s) => itemsOf(s, 'keypoints'));
    for (const item of items) {
      const source = core.source(item.paragraph ?? 0);
      assert.equal(source.kind, 'paragraph');
      if (source.kind !== 'paragraph') continue;
      const { title, headline } = source.paragraph;
      assert.equal(item.headline, headline !== '' && headline !== title ? headline : undefined, `¶${item.paragraph}`);
    }
    const underAnother = items.filter((i) => i.headline !== undefined);
    assert.ok(underAnother.length > 0, 'the test report has articles under headlines of their own');
    const text = days.map(formatSummaryText).join('\n');
    for (const item of underAnother) assert.ok(text.includes(`¶${item.paragraph} · ${item.headline}`), 'the plain text shows the headline after ¶N');
  });

  it('are the same for the same day (deterministic)', async () => {
    const digest = await digestFor('deterministic');
    assert.deepEqual(await digest.summaryOn('telegram', 'a', '2026-03-08'), await digest.summaryOn('telegram', 'b', '2026-03-08'));
  });
});

describe('summary: questions asked in the chat', () => {
  it('lists the most asked first, at most five, each with a short cited answer', async () => {
    const digest = await digestFor('questions');
    await ask(digest, 'group', [
      '2025年中国人工智能核心产业规模有多大？',
      '谁主持了工信部的学习教育动员部署会？',
      '国内企业推出了多少款人形机器人？',
      '2025年中国人工智能核心产业规模有多大',   // same question, no question mark
      '谁主持了工信部的学习教育动员部署会？',
      '  2025年中国人工智能核心产业规模有多大？ ',
      '优必选计划在2026年实现多少人形机器人产能？',
      '工信部学习教育动员部署会是哪天召开的？',
      '截至2025年底，规上制造业企业人工智能技术应用普及率是多少？',
    ]);
    await ask(digest, 'other-group', ['李乐成说2026年工信部要着力做好哪几个方面的工作？']);

    const summary = await digest.service.summaryFor('telegram', 'group');
    const questions = itemsOf(summary, 'questions');
    assertVerbatim(summary);
    assert.equal(questions.length, 5);
    assert.deepEqual(questions.slice(0, 2).map((q) => [q.asked, q.question?.trim()]), [
      [3, '2025年中国人工智能核心产业规模有多大？'],
      [2, '谁主持了工信部的学习教育动员部署会？'],
    ]);
    assert.ok(questions.slice(2).every((q) => q.asked === 1));
    assert.ok(!questions.some((q) => q.question?.includes('李乐成')), "another chat's question is not shown");
    assert.equal(summary.sections.find((s) => s.kind === 'questions')?.title, '近期提问');
  });

  it('starts after the last delivered summary', async () => {
    const digest = await digestFor('covered');
    now = at('2026-03-09T00:30:00Z');
    await digest.service.subscribe({ platform: 'telegram', chatId: 'g', time: '09:00' });
    await ask(digest, 'g', ['国内企业推出了多少款人形机器人？']);
    const sink = recordingSink();
    const scheduler = digest.scheduler([sink]);
    await scheduler.tick(at('2026-03-09T01:00:00Z'));
    assert.equal(sink.deliveries.length, 1);

    now = at('2026-03-09T05:00:00Z');
    await ask(digest, 'g', ['工信部学习教育动员部署会是哪天召开的？']);
    now = at('2026-03-10T00:30:00Z');
    const next = itemsOf(await digest.service.summaryFor('telegram', 'g'), 'questions');
    assert.deepEqual(next.map((q) => q.question), ['工信部学习教育动员部署会是哪天召开的？']);
  });

  it('stores no user id', async () => {
    const digest = await digestFor('privacy');
    await ask(digest, 'private', ['国内企业推出了多少款人形机器人？']);
    await digest.close();
    for (const file of fs.readdirSync(temp.dir).filter((f) => f.startsWith('privacy.db'))) {
      assert.ok(!fs.readFileSync(path.join(temp.dir, file)).includes('U-secret-4242'), `${file} holds no user id`);
    }
  });
});

describe('summary: on demand', () => {
  it('leaves out empty sections but always has key points', async () => {
    const summary = await (await digestFor('empty')).service.summaryFor('discord', 'nobody');
    assert.deepEqual(summary.sections.map((s) => s.kind), ['keypoints']);
  });
});

describe('summary: the gaps', () => {
  it('lists questions the documents do not answer as 问了但文件里没有, grouped, most asked first, with counts', async () => {
    const digest = await digestFor('declined');
    now = at('2026-03-09T00:30:00Z');
    await ask(digest, 'team', ['今年的GDP增长目标是多少？', 'Who won the 2022 FIFA World Cup?', '今年的GDP增长目标是多少', ' 今年的GDP增长目标是多少？ '], 'declined');
    await ask(digest, 'team', ['2025年中国人工智能核心产业规模有多大？']);
    await ask(digest, 'elsewhere', ['红烧肉怎么做？'], 'declined');
    const summary = await digest.service.summaryFor('telegram', 'team');
    const section = summary.sections.find((s) => s.kind === 'declined');
    assert.equal(section?.title, '问了但文件里没有');
    assert.deepEqual(section?.items.map((i) => [i.question?.trim(), i.asked]), [
      ['今年的GDP增长目标是多少？', 3],
      ['Who won the 2022 FIFA World Cup?', 1],
    ]);
    assert.ok(section?.items.every((i) => i.paragraph === undefined), 'a declined question cites nothing');
    assert.deepEqual(itemsOf(summary, 'questions').map((q) => q.asked), [1], 'declined questions are not among the answered ones');
    assertVerbatim(summary);
  });

  it('lists answers marked wrong (👎) with their verbatim answer and the number of 👎; a changed vote counts once', async () => {
    const digest = await digestFor('wrong');
    now = at('2026-03-09T00:30:00Z');
    const [wrong, right] = await ask(digest, 'team', ['国内企业推出了多少款人形机器人？', '2025年中国人工智能核心产业规模有多大？']);
    assert.ok(wrong !== undefined && right !== undefined);
    const voter = (userId: string): Asker => ({ platform: 'telegram', chatId: 'team', userId });
    assert.equal(await digest.recordVote({ voter: voter('a'), questionId: wrong, vote: 'down', at: now }), 'recorded');
    assert.equal(await digest.recordVote({ voter: voter('b'), questionId: wrong, vote: 'up', at: now }), 'recorded');
    assert.equal(await digest.recordVote({ voter: voter('b'), questionId: wrong, vote: 'down', at: now }), 'changed');
    assert.equal(await digest.recordVote({ voter: voter('b'), questionId: wrong, vote: 'down', at: now }), 'unchanged');
    assert.equal(await digest.recordVote({ voter: voter('a'), questionId: right, vote: 'up', at: now }), 'recorded');
    // Not this chat's answer, or no such answer: nothing stored.
    assert.equal(await digest.recordVote({ voter: { ...voter('a'), chatId: 'other' }, questionId: right, vote: 'down', at: now }), 'unknown');
    assert.equal(await digest.recordVote({ voter: voter('a'), questionId: 9999, vote: 'down', at: now }), 'unknown');

    const summary = await digest.service.summaryFor('telegram', 'team');
    const section = summary.sections.find((s) => s.kind === 'wrong');
    assert.equal(section?.title, '被标为答错的回答');
    assert.deepEqual(section?.items.map((i) => [i.question, i.votesDown]), [['国内企业推出了多少款人形机器人？', 2]]);
    assertVerbatim(summary);
    // Which document the wrong answer quoted: its path and title, shown as "title ¶N".
    const report = core.documents[0];
    const item = section?.items[0];
    assert.deepEqual([item?.document, item?.title], [report?.name, report?.title]);
    assert.ok(formatSummaryText(summary).includes(`${report?.title} ¶${item?.paragraph}`), formatSummaryText(summary));

    const gaps = await digest.gaps(at('2026-03-01T00:00:00Z'), at('2026-03-10T00:00:00Z'));
    assert.deepEqual(gaps.wrong.map((w) => [w.question, w.down, w.up, w.answer?.document, w.answer?.title]), [
      ['国内企业推出了多少款人形机器人？', 2, 0, report?.name, report?.title],
    ]);
  });
});
