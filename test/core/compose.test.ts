/**
 * What an answer quotes around its best sentence: a heading brings the sentence after it, and sentences of the same
 * paragraph that score close to the best come too, each sentence once. Over a made-up page.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { compose, joinQuoted, joinSentences, OMISSION } from '../../src/core/answer.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildPassages } from '../../src/core/passages.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { type Ranked } from '../../src/core/retrieve.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-compose-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));
fs.writeFileSync(path.join(work, 'progress.txt'), '智能产业进展\n\n第二，工具赋能生产。截至年底，制造业企业应用普及率超过三成，极大提升了各环节质效。\n');
const PLAN = '星河公司明年将坚决落实发展规划，把战略转化为行动。我们将持续加大研发投入，突破关键瓶颈。聚焦工业制造主战场，持续深化应用场景。';
fs.writeFileSync(path.join(work, 'plan.txt'), `星河公司规划\n\n${PLAN}\n`);

const ranked = (index: number): Ranked[] => [{ index, fused: 1, lexical: 1, bm25: 1, dense: 0, denseScaled: 0, matched: [] }];

describe('a heading quoted with the sentence after it', () => {
  it('quotes that sentence once, though it also scores close to the heading', async () => {
    const passages = buildPassages((await loadCorpus(work)).paragraphs);
    const at = passages.paragraphs.findIndex((p) => p.document === 'progress.txt');
    const [heading, next] = passages.sentencesOf[at] ?? [];
    assert.ok(heading && next && heading.text === '第二，工具赋能生产。');
    const { sentences, citations } = compose({
      query: analyseQuestion('工具怎样赋能生产？', undefined),
      ranked: ranked(at),
      passages,
      scored: [{ sentence: heading, score: 1, lexical: 1 }, { sentence: next, score: 0.9, lexical: 1 }],
    });
    assert.deepEqual(sentences.map((s) => s.text), [heading.text, next.text]);
    assert.equal(citations[0]?.quote, heading.text + next.text, 'side by side in the paragraph: one quote');
  });
});

describe('two sentences of a paragraph with another between them', () => {
  it('are quoted with an ellipsis where the paragraph says more, each verbatim', async () => {
    const passages = buildPassages((await loadCorpus(work)).paragraphs);
    const at = passages.paragraphs.findIndex((p) => p.document === 'plan.txt');
    const [first, , third] = passages.sentencesOf[at] ?? [];
    assert.ok(first && third);
    const { citations } = compose({
      query: analyseQuestion('星河公司将聚焦哪个主战场？', undefined),
      ranked: ranked(at),
      passages,
      scored: [{ sentence: first, score: 1, lexical: 1 }, { sentence: third, score: 0.9, lexical: 1 }],
    });
    const quote = citations[0]?.quote ?? '';
    assert.equal(quote, `${first.text}${OMISSION}${third.text}`);
    assert.ok(!PLAN.includes(quote), 'not presented as one passage');
    for (const piece of quote.split(OMISSION)) assert.ok(PLAN.includes(piece), piece);
  });
});

describe('English sentences side by side', () => {
  const paragraph = 'Maria Lopez joined the team on Monday. She will own the logging pipeline. Her first week is training.';
  it('are quoted with the space between them, as the paragraph writes them', () => {
    assert.equal(joinQuoted(paragraph, ['She will own the logging pipeline.', 'Maria Lopez joined the team on Monday.']), 'Maria Lopez joined the team on Monday. She will own the logging pipeline.');
    assert.equal(joinQuoted(paragraph, ['Maria Lopez joined the team on Monday.', 'Her first week is training.']), `Maria Lopez joined the team on Monday.${OMISSION}Her first week is training.`);
  });
  it('keep a space in the answer text; Chinese sentences run on', () => {
    assert.equal(joinSentences(['She joined on Monday.', 'She owns logging.']), 'She joined on Monday. She owns logging.');
    assert.equal(joinSentences(['她周一入职。', '她负责日志。']), '她周一入职。她负责日志。');
    assert.equal(joinSentences(['版本4.2已发布。', 'AI工具上线。']), '版本4.2已发布。AI工具上线。');
  });
});
