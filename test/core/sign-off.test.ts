/**
 * A report's sign-off (who wrote it, when) is read as such: its own paragraph, never quoted for the report's
 * content, and the answer to who wrote the report. Made-up documents, so nothing here depends on today's report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksDocumentWriter } from '../../src/core/authorship.js';
import { cleanDocument } from '../../src/core/corpus/clean.js';
import { readerFor } from '../../src/core/corpus/readers/index.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocuments, coreOverDocumentsInSuite } from '../helpers/core.js';

const WEEKLY = `质量部周报

本周共完成来料检验420批，合格率为98.1%。

下周将完成两家供应商的年度审核。

质量部 赵一鸣
2026年12月4日
`;

const signOff = (text: string, marked?: { headings: string[] }): string | undefined => cleanDocument(text, marked).find((p) => p.kind === 'signoff')?.text;

describe('reading a sign-off', () => {
  it('takes the signer lines right above a closing date, or before it on the same line, as one paragraph', () => {
    assert.equal(signOff(WEEKLY), '质量部 赵一鸣 2026年12月4日');
    assert.equal(signOff('本周完成迁移。\n\n客户服务中心 王蕾2026年12月4日'), '客户服务中心 王蕾2026年12月4日');
    assert.equal(signOff('Cloud costs rose 12% this month.\n\nTom Becker, Platform Lead\nDecember 4, 2026\n'), 'Tom Becker, Platform Lead December 4, 2026');
  });

  it('is no sign-off without a signer, after a sentence, a list item or a marked heading, nor when the date is not last', () => {
    assert.equal(signOff('本周完成迁移。\n\n2026年12月4日'), undefined, 'a date alone');
    assert.equal(signOff('本周完成迁移，时间是\n2026年12月4日'), undefined, 'a sentence running into the date');
    assert.equal(signOff('下周计划：\n1. 完成审核\n2026年12月4日'), undefined, 'a list item');
    assert.equal(signOff('Notes.\n\nNext review\nDecember 11, 2026', { headings: ['Next review'] }), undefined, 'a heading the format marks');
    assert.equal(signOff('质量部 赵一鸣\n2026年12月4日\n\n附件：检验明细表。'), undefined, 'text after it');
  });

  it('reads a web page’s sign-off split by <br> into two blocks, but never a list item above the date', async () => {
    const read = async (body: string): Promise<string | undefined> => {
      const page = await readerFor('x.html')!.read(new TextEncoder().encode(`<html><body><h1>月报</h1><h2>下月安排</h2>${body}</body></html>`));
      return cleanDocument(page.text, page.marked).find((p) => p.kind === 'signoff')?.text;
    };
    assert.equal(await read('<ol><li>启动仓库货架改造，预算约35万元。</li></ol><p>二号生产基地 厂长办公室<br>2026年12月3日</p>'), '二号生产基地 厂长办公室 2026年12月3日');
    assert.equal(await read('<ul><li>启动华北仓选址调研</li></ul><p>2026年12月3日</p>'), undefined);
  });
});

describe('who wrote the report', () => {
  it('is asked in either language, and only when nothing else is asked', () => {
    for (const question of ['这份周报是谁写的？', '这份月报是谁写的？', '这份季度报告是谁写的？', '年度工作报告是谁写的？', '报告是哪天写的？', '落款是谁？', 'Who wrote the report?', 'Who is the author of this document?', 'When was the report written?']) {
      assert.equal(asksDocumentWriter(analyseQuestion(question, undefined)), true, question);
    }
    for (const question of ['Who wrote the section on cloud costs?', '谁负责供应商审核？', '王蕾写了哪篇报道？', 'Who leads the team?']) {
      assert.equal(asksDocumentWriter(analyseQuestion(question, undefined)), false, question);
    }
  });
});

describe('a report that closes on a sign-off (real core)', () => {
  const core = coreOverDocumentsInSuite({ 'quality-weekly.txt': WEEKLY }, 'sign-off-');

  it('answers who wrote it, and when, with the sign-off quoted whole and cited', async () => {
    for (const question of ['这份周报是谁写的？', 'Who wrote the report?']) {
      const reply = await core().ask(question);
      assert.ok(reply.kind === 'answer', JSON.stringify(reply));
      assert.equal(reply.answer, '质量部 赵一鸣 2026年12月4日');
      assert.equal(reply.citations[0]?.paragraph, 3, 'the headline is no paragraph: two of text, then the sign-off');
      assert.equal(reply.citations[0]?.headline, '', 'it signs the whole document, not its last section');
    }
  });

  it('never quotes the sign-off for the report’s content: its team name and date are no answer', async () => {
    const counted = await core().ask('质量部本周完成了多少批来料检验？');
    assert.ok(counted.kind === 'answer' && counted.answer.includes('420批'), JSON.stringify(counted));
    const reply = await core().ask('质量部赵一鸣负责哪些工作？');
    assert.ok(reply.kind !== 'answer' || !reply.answer.includes('2026年12月4日'), JSON.stringify(reply));
  });
});

const HEADED = `# 仓储部周报

汇报人：仓储主管 钱立新　日期：2026年12月4日

## 本周工作

本周共完成入库1,020托，库位利用率为82%。

## 下周计划

下周将完成冷库的年度检修。
`;

describe('a report that signs at the top, under its title (real core)', () => {
  const core = coreOverDocumentsInSuite({ 'storage-weekly.md': HEADED }, 'header-');

  it('answers who wrote it, and when, with the header line quoted whole', async () => {
    for (const question of ['这份周报是谁写的？', 'Who wrote the report?', '这份报告是哪天写的？']) {
      const reply = await core().ask(question);
      assert.ok(reply.kind === 'answer', `${question} ${JSON.stringify(reply)}`);
      assert.ok(reply.answer.includes('钱立新') && reply.answer.includes('2026年12月4日'), JSON.stringify(reply));
      assert.equal(reply.citations[0]?.paragraph, 1);
    }
  });

  it('takes no body sentence for a header: a first paragraph that is prose is none', async () => {
    const prose = await coreOverDocuments({ 'plain.txt': '本周完成入库1,020托，2026年12月4日起启用新库位。\n\n下周检修冷库。\n' }, 'no-header-');
    try {
      const reply = await prose.core.ask('这份周报是谁写的？');
      assert.ok(reply.kind !== 'answer', JSON.stringify(reply));
    } finally {
      await prose.close();
    }
  });
});

const FIELDED = `# 检验科11月工作简报

报送：院长办公室　　编写：检验科办公室 周婷

## 一、本月工作

本月共完成检验标本4.2万份，危急值报告及时率为99%。

检验科
2026年12月2日
`;

describe('a report with a writer’s field under its title and a sign-off naming only the department (real core)', () => {
  const core = coreOverDocumentsInSuite({ 'lab-monthly.md': FIELDED }, 'writer-field-');

  it('answers who wrote it with the field naming the writer, beside the sign-off', async () => {
    for (const question of ['这份简报是谁编写的？', 'Who wrote the report?']) {
      const reply = await core().ask(question);
      assert.ok(reply.kind === 'answer', `${question} ${JSON.stringify(reply)}`);
      assert.ok(reply.answer.includes('周婷') && reply.answer.includes('2026年12月2日'), JSON.stringify(reply));
    }
  });
});
