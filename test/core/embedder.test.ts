/**
 * Questions are embedded through a one-thread session of their own (so the reader's pool runs undisturbed):
 * its vectors must be the pipeline's own, or the dense index built from passages would no longer match.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pipeline } from '@xenova/transformers';
import { loadEmbedder } from '../../src/core/index/embedder.js';
import { testModelDir } from '../helpers/core.js';

const MODEL = 'Xenova/bge-small-zh-v1.5';
const INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

describe('query embedding', () => {
  it('gives the feature-extraction pipeline’s vector for short, English and over-long questions', async () => {
    const modelDir = testModelDir();
    assert.ok(modelDir, 'the embedding model folder (EMBEDDING_MODEL_DIR or ../shared/models) is needed');
    const embedder = await loadEmbedder({ model: MODEL, modelDir });
    const reference = await pipeline('feature-extraction', MODEL, { quantized: true });
    for (const question of ['你好', 'What will MIIT focus on in 2026?', '工信部部长在部长通道上说了什么？'.repeat(40)]) {
      const ours = await embedder.embedQuery(question);
      const expected = (await reference([INSTRUCTION + question], { pooling: 'cls', normalize: true })).data as Float32Array;
      assert.equal(ours.length, expected.length);
      const largest = Math.max(...ours.map((x, i) => Math.abs(x - (expected[i] as number))));
      assert.ok(largest < 1e-5, `${question.slice(0, 20)}: differs by ${largest}`);
    }
  });
});
