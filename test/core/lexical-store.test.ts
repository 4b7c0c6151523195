import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildLexical, openLexical } from '../../src/core/index/build.js';
import { readLexical, writeLexical } from '../../src/core/index/lexical-store.js';
import { buildPassages, type SentenceRecord } from '../../src/core/passages.js';
import { silentLogger } from '../../src/logger.js';
import { projectRoot } from '../helpers/core.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-lexical-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));
const corpus = await loadCorpus(path.join(projectRoot, 'data'));

describe('the lexical store', () => {
  it('reads back the same index and sentence table it wrote', () => {
    const bm25 = buildLexical(corpus);
    const passages = buildPassages(corpus.paragraphs);
    writeLexical(work, corpus, bm25, passages);
    const stored = readLexical(work, corpus);
    assert.ok(stored);
    assert.equal(stored.bm25.size, bm25.size);
    const query = [...passages.sentences[5]!.terms].slice(0, 6).map((term) => ({ term, weight: 1 }));
    assert.deepEqual(stored.bm25.search(query, 20), bm25.search(query, 20));
    assert.equal(stored.passages.sentences.length, passages.sentences.length);
    for (const [i, s] of passages.sentences.entries()) {
      const r: SentenceRecord = stored.passages.sentences[i]!;
      assert.deepEqual(
        { paragraph: r.paragraph, text: r.text, start: r.start, id: r.id, terms: [...r.terms].sort(), normalised: r.normalised, namesPerson: r.namesPerson, isLabel: r.isLabel },
        { paragraph: s.paragraph, text: s.text, start: s.start, id: s.id, terms: [...s.terms].sort(), normalised: s.normalised, namesPerson: s.namesPerson, isLabel: s.isLabel },
      );
    }
    assert.deepEqual(stored.passages.sentencesOf.map((list) => list.map((s) => s.id)), passages.sentencesOf.map((list) => list.map((s) => s.id)));
    assert.deepEqual(stored.passages.headlineTerms.map((set) => [...set].sort()), passages.headlineTerms.map((set) => [...set].sort()));
    assert.deepEqual(stored.passages.normalised, passages.normalised);
    for (const term of ['人工智能', '#智能', 'ai', '不存在的词']) {
      assert.equal(stored.passages.sentenceIndex.documentFrequency(term), passages.sentenceIndex.documentFrequency(term), term);
      assert.equal(stored.bm25.idf(term), bm25.idf(term), term);
    }
  });

  it('is not used for other documents, and a damaged file is rebuilt', () => {
    assert.equal(readLexical(work, { ...corpus, hash: 'f'.repeat(64) }), undefined);
    const file = path.join(work, 'lexical.bin');
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 200));
    assert.equal(readLexical(work, corpus), undefined);
    const opened = openLexical(work, corpus, silentLogger());
    assert.equal(opened.rebuilt, true);
    assert.equal(openLexical(work, corpus, silentLogger()).rebuilt, false);
  });
});
