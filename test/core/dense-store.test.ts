/**
 * Sentence vectors are served as int8 with a scale per vector: similarities
 * stay within a few thousandths of the float ones, and a store read back from
 * disk answers exactly as the one just built.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { INDEX_FORMAT, type Manifest, readDenseStore, writeDenseStore } from '../../src/core/index/dense-store.js';

function unitVectors(count: number, dimension: number, seed: number): Float32Array[] {
  let state = seed;
  const next = (): number => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dimension }, next);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);

describe('dense store sentence vectors', () => {
  const dimension = 512;
  const paragraphs = unitVectors(20, dimension, 1);
  const sentences = unitVectors(300, dimension, 2);
  const queries = unitVectors(5, dimension, 3);
  const manifest: Manifest = { format: INDEX_FORMAT, model: 'test', dimension, corpusHash: 'h', paragraphs: 20, sentences: 300, builtAt: '', buildMs: 0 };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dense-store-'));

  it('give cosine similarities within 0.01 of the float vectors, and the same after a restart', () => {
    try {
      const built = writeDenseStore(dir, manifest, paragraphs, sentences);
      const read = readDenseStore(dir, manifest);
      assert.ok(read, 'the store written is read back');
      for (const [q, query] of queries.entries()) {
        for (let i = 0; i < sentences.length; i++) {
          const exact = dot(sentences[i] as Float32Array, query);
          assert.ok(Math.abs(built.sentenceSimilarity(i, query) - exact) < 0.01, `query ${q}, sentence ${i}`);
          assert.equal(read.sentenceSimilarity(i, query), built.sentenceSimilarity(i, query));
        }
      }
      for (let i = 0; i + 1 < sentences.length; i += 7) {
        const exact = dot(sentences[i] as Float32Array, sentences[i + 1] as Float32Array);
        assert.ok(Math.abs(read.sentencePairSimilarity(i, i + 1) - exact) < 0.01, `pair ${i}`);
        assert.ok(Math.abs(read.sentencePairSimilarity(i, i) - 1) < 0.01, `self ${i}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are refused (rebuild) when the file does not hold as many vectors as the manifest says', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'dense-store-'));
    try {
      writeDenseStore(other, manifest, paragraphs, sentences);
      fs.truncateSync(path.join(other, 'sentences.f32'), 299 * dimension * 4);
      assert.equal(readDenseStore(other, manifest), undefined);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
