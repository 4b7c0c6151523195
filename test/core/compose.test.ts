/**
 * What an answer quotes around its best sentence: a heading brings the sentence after it, and sentences of the same
 * paragraph that score close to the best come too, each sentence once. Over a made-up page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { compose } from '../../src/core/answer.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildPassages } from '../../src/core/passages.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-compose-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));
fs.writeFileSync(path.join(work, 'progress.txt'), '智能产业进展\n\n第二，工具赋能生产。截至年底，制造业企业应用普及率超过三成，极大提升了各环节质效。\n');

describe('a heading quoted with the sentence after it', () => {
  it('quotes that sentence once, though it also scores close to the heading', async () => {
    const passages = buildPassages((await loadCorpus(work)).paragraphs);
    const [heading, next] = passages.sentences;
    assert.ok(heading && next && heading.text === '第二，工具赋能生产。');
    const { sentences, citations } = compose({
      query: analyseQuestion('工具怎样赋能生产？', undefined),
      ranked: [{ index: 0, fused: 1, lexical: 1, bm25: 1, dense: 0, denseScaled: 0, matched: [] }],
      passages,
      scored: [{ sentence: heading, score: 1, lexical: 1 }, { sentence: next, score: 0.9, lexical: 1 }],
    });
    assert.deepEqual(sentences.map((s) => s.text), [heading.text, next.text]);
    assert.equal(citations[0]?.text, heading.text + next.text);
  });
});
