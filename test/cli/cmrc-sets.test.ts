/**
 * The public answerability benchmark: the split matches the reader's trainer,
 * the three sets are what their names promise, and nothing leaks between parts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSets, partOf, readContexts } from '../../src/cli/cmrc/sets.js';
import { projectRoot } from '../helpers/core.js';

const contexts = readContexts(path.resolve(projectRoot, '../shared/datasets/cmrc2018'));
const answersOf = (id: string): string[] => {
  for (const c of contexts) for (const q of c.qas) if (q.query_id === id) return q.answers.map((a) => String(a).trim()).filter((a) => a !== '');
  return [];
};

describe('CMRC benchmark sets', () => {
  it('splits contexts exactly as scripts/reader/cmrc.py does (values computed there)', () => {
    assert.deepEqual(
      ['DEV_0', 'DEV_1', 'DEV_2', 'DEV_3', 'DEV_10', 'TRIAL_800'].map(partOf),
      ['fit', 'train', 'measure', 'train', 'train', 'train'],
    );
  });

  for (const part of ['fit', 'measure'] as const) {
    const sets = buildSets(contexts, part);
    it(`${part}: every set is large enough to measure, and only ${part} contexts are used`, () => {
      assert.ok(sets.inCorpus.length >= 200 && sets.nearTopic.length >= 100 && sets.offCorpus.length >= 100);
      for (const name of sets.documents.keys()) assert.equal(partOf(name.replace(/\.txt$/, '')), part);
    });

    it(`${part}: near-topic passages keep their subject but hold no gold answer`, () => {
      const corpus = [...sets.documents.values()];
      for (const item of sets.nearTopic) {
        const contextId = item.id.replace(/_QUERY_\d+$/, '');
        const text = sets.documents.get(`${contextId}.txt`);
        assert.ok(text, `${contextId} is in the corpus`);
        for (const answer of answersOf(item.id)) assert.ok(!text.includes(answer), `${item.id}: "${answer}" was removed`);
      }
      assert.ok(corpus.length > 0);
    });

    it(`${part}: off-corpus questions come from passages not in the corpus; in-corpus evidence is in it`, () => {
      for (const item of sets.offCorpus) assert.ok(!sets.documents.has(`${item.id.replace(/_QUERY_\d+$/, '')}.txt`));
      for (const item of sets.inCorpus) {
        const text = sets.documents.get(`${item.id.replace(/_QUERY_\d+$/, '')}.txt`) ?? '';
        for (const evidence of item.evidence ?? []) assert.ok(text.includes(evidence));
        assert.ok((item.answer_keys ?? []).every((k) => (item.evidence ?? []).some((e) => e.includes(k))));
      }
    });
  }

  it('is deterministic', () => {
    const a = buildSets(contexts, 'measure');
    const b = buildSets(contexts, 'measure');
    assert.deepEqual([...a.documents], [...b.documents]);
    assert.deepEqual(a.nearTopic, b.nearTopic);
  });
});
