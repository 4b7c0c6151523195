/**
 * Many documents in many formats, with the real core (real model, real
 * index): questions about the PDF's and the DOCX's content are answered from
 * them and cited by document and paragraph within it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCore } from '../../../src/core/bot.js';
import { type ReportCore } from '../../../src/core/core.js';
import { projectRoot, testCoreConfig } from '../../helpers/core.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-docs-'));
const dataDir = path.join(work, 'data');
const fixtures = path.join(projectRoot, 'test/fixtures/formats');

describe('a data folder of PDF, DOCX, HTML and text documents (real core)', () => {
  let core: ReportCore;

  before(async () => {
    const copies: [string, string][] = [
      ['weekly.pdf', 'weekly/2026-w48.pdf'],
      ['travel-policy.docx', 'hr/travel-policy.docx'],
      ['news.html', 'news/incinerator.html'],
    ];
    for (const [from, to] of copies) {
      fs.mkdirSync(path.dirname(path.join(dataDir, to)), { recursive: true });
      fs.copyFileSync(path.join(fixtures, from), path.join(dataDir, to));
    }
    fs.copyFileSync(path.join(projectRoot, 'data/report.txt'), path.join(dataDir, 'report.txt'));
    core = await createCore(testCoreConfig({ dataDir, indexDir: path.join(dataDir, 'index') }));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('lists every document with its title, each numbered from ¶1', () => {
    assert.deepEqual(core.documents.map((d) => [d.name, d.title]).slice(0, 3), [
      ['hr/travel-policy.docx', '关于调整差旅报销标准的通知'],
      ['news/incinerator.html', '滨江新区首座垃圾焚烧发电厂并网发电'],
      ['report.txt', core.paragraphs.find((p) => p.document === 'report.txt')?.title],
    ]);
    assert.equal(core.documents[3]?.name, 'weekly/2026-w48.pdf');
    for (const doc of core.documents) {
      const numbers = core.paragraphs.filter((p) => p.document === doc.name).map((p) => p.number);
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1), doc.name);
    }
  });

  it('answers a question about the PDF from the PDF, cited as that document’s paragraph', async () => {
    const reply = await core.ask('华东数据中心改造后PUE降到了多少？');
    assert.equal(reply.kind, 'answer');
    if (reply.kind !== 'answer') return;
    assert.match(reply.answer, /1\.18/);
    const [best] = reply.citations;
    assert.equal(best?.document, 'weekly/2026-w48.pdf');
    assert.equal(best?.title, '星河科技2026年第48周运营周报');
    const source = core.source({ document: 'weekly/2026-w48.pdf', paragraph: best?.paragraph ?? 0 });
    assert.ok(source.kind === 'paragraph' && source.paragraph.text.includes('1.42降到1.18'));
  });

  it('answers a question about the DOCX from the DOCX', async () => {
    const reply = await core.ask('在北京出差，住宿费每晚最多能报销多少钱？');
    assert.equal(reply.kind, 'answer');
    if (reply.kind !== 'answer') return;
    assert.match(reply.answer, /六百五十元/);
    assert.equal(reply.citations[0]?.document, 'hr/travel-policy.docx');
    assert.ok(reply.sentences.every((s) => s.document === 'hr/travel-policy.docx'));
  });

  it('answers from the web page’s article, never its furniture', async () => {
    const reply = await core.ask('垃圾焚烧发电厂的年发电量是多少？');
    assert.equal(reply.kind, 'answer');
    if (reply.kind !== 'answer') return;
    assert.match(reply.answer, /四亿千瓦时/);
    assert.equal(reply.citations[0]?.document, 'news/incinerator.html');
  });

  it('still answers from the report, and declines what no document says', async () => {
    const reply = await core.ask('2025年人工智能核心产业规模有多大？');
    assert.equal(reply.kind, 'answer');
    assert.equal(reply.citations[0]?.document, 'report.txt');
    assert.equal((await core.ask('星河科技的股价是多少？')).kind, 'declined');
  });

  it('/source takes DOC#N by path, file name or key; a bare N asks which document', () => {
    const byPath = core.source('weekly/2026-w48.pdf#2');
    const byName = core.source('2026-w48.pdf#2');
    const byStem = core.source('2026-w48 ¶2');
    const byKey = core.source(`${core.documents[3]?.key}#2`);
    for (const result of [byPath, byName, byStem, byKey]) {
      assert.equal(result.kind, 'paragraph');
      if (result.kind === 'paragraph') assert.deepEqual([result.paragraph.document, result.paragraph.number], ['weekly/2026-w48.pdf', 2]);
    }
    const bare = core.source('2');
    assert.ok(bare.kind === 'invalid' && bare.reason === 'ambiguous' && bare.documents.length === 4);
    const unknown = core.source('budget.xlsx#1');
    assert.ok(unknown.kind === 'invalid' && unknown.reason === 'unknown_document' && unknown.document === 'budget.xlsx');
    const range = core.source('hr/travel-policy.docx#999');
    assert.ok(range.kind === 'invalid' && range.reason === 'out_of_range' && range.max === core.documents[0]?.paragraphs);
  });
});
