/**
 * BM25 search over typed scratch arrays must rank exactly as the plain
 * definition does: the same documents, scores, order (ties by id) and
 * matched terms, for narrow and wide (> 32 term) questions, search after search.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Bm25Index, type QueryTerm } from '../../src/core/index/bm25.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The textbook definition the index must agree with. */
function reference(documents: readonly string[][], query: readonly QueryTerm[], limit: number, k1 = 1.2, b = 0.75): { id: number; score: number; matched: string[] }[] {
  const average = documents.reduce((sum, d) => sum + d.length, 0) / documents.length;
  const hits = new Map<number, { id: number; score: number; matched: string[] }>();
  for (const { term, weight } of query) {
    const df = documents.filter((d) => d.includes(term)).length;
    if (df === 0) continue;
    const idf = Math.log(1 + (documents.length - df + 0.5) / (df + 0.5));
    documents.forEach((terms, id) => {
      const tf = terms.filter((t) => t === term).length;
      if (tf === 0) return;
      const hit = hits.get(id) ?? { id, score: 0, matched: [] };
      hit.score += (weight * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * terms.length) / average));
      if (!hit.matched.includes(term)) hit.matched.push(term);
      hits.set(id, hit);
    });
  }
  return [...hits.values()].sort((x, y) => y.score - x.score || x.id - y.id).slice(0, limit);
}

describe('BM25 search', () => {
  const next = random(20261202);
  const vocabulary = Array.from({ length: 60 }, (_, i) => `w${i}`);
  const pick = (): string => vocabulary[Math.floor(next() * next() * vocabulary.length)] as string; // skewed: some words are common
  const documents = Array.from({ length: 400 }, () => Array.from({ length: 3 + Math.floor(next() * 20) }, pick));
  const index = new Bm25Index();
  index.addAll(documents.map((terms, id) => ({ id, terms })));

  const close = (actual: ReturnType<typeof reference>, expected: ReturnType<typeof reference>, what: string): void => {
    assert.deepEqual(actual.map((h) => h.id), expected.map((h) => h.id), what);
    actual.forEach((h, i) => {
      assert.ok(Math.abs(h.score - (expected[i]?.score ?? NaN)) < 1e-9, `${what}: score of ${h.id}`);
      assert.deepEqual([...h.matched].sort(), [...(expected[i]?.matched ?? [])].sort(), `${what}: matched terms of ${h.id}`);
    });
  };

  it('ranks as the definition does, question after question (the scratch arrays start clean each time)', () => {
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(next() * 8);
      const query = Array.from({ length: size }, () => ({ term: next() < 0.1 ? 'absent' : pick(), weight: 0.25 + next() }));
      const limit = 1 + Math.floor(next() * 30);
      close(index.search(query, limit), reference(documents, query, limit), `round ${round}`);
    }
  });

  it('handles a question of more than 32 distinct words the same way', () => {
    const query = vocabulary.slice(0, 40).map((term, i) => ({ term, weight: 1 + (i % 3) / 2 }));
    close(index.search(query, 25), reference(documents, query, 25), 'wide question');
    // …and a narrow one right after still starts from clean scratch arrays.
    const narrow = [{ term: 'w1', weight: 1 }];
    close(index.search(narrow, 10), reference(documents, narrow, 10), 'narrow after wide');
  });

  it('finds nothing for words no document has', () => {
    assert.deepEqual(index.search([{ term: 'absent', weight: 1 }], 10), []);
  });
});
