import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createNearSynonyms } from '../../src/core/query/near-synonyms.js';

/** Unit vectors in two dimensions at the given angles: cos(a − b) is their similarity. */
const ANGLES: Record<string, number> = { 申请书: 0, 请求: 0.2, 申请: 0.3, 请示: 1.2, 服务器: 0.1, 推迟: 0.25, 延迟: 0 };
const vector = (word: string): Float32Array => {
  const angle = ANGLES[word] ?? Math.PI / 2;
  return new Float32Array([Math.cos(angle), Math.sin(angle)]);
};

function finder(words: string[]) {
  const embedded: string[][] = [];
  const find = createNearSynonyms({
    translations: async (word) => ({ requested: ['请求', '申请书', '邀'], delayed: ['延迟'] })[word] ?? [],
    words: () => words,
    embed: async (texts) => (embedded.push([...texts]), texts.map(vector)),
  });
  return { find, embedded };
}

describe('near synonyms of English words in the documents', () => {
  it('takes a document word sharing a character with a translation and close to it, not one only sharing a character', async () => {
    const { find, embedded } = finder(['申请', '请示', '服务器', '推迟']);
    assert.deepEqual(await find(['requested', 'delayed', 'unknown']), { requested: ['申请'], delayed: ['推迟'] });
    // 服务器 shares no character with any translation: it is never embedded, however close its vector.
    assert.ok(!embedded.flat().includes('服务器'));
    // A one-character translation (邀) is no evidence: it would share its character with too much.
    assert.ok(!embedded.flat().includes('邀'));
  });

  it('embeds each word once for the life of the finder', async () => {
    const { find, embedded } = finder(['申请', '请示']);
    await find(['requested']);
    await find(['requested']);
    assert.equal(embedded.length, 1);
  });

  it('passes an embedding failure to the caller, who answers without near synonyms', async () => {
    const find = createNearSynonyms({ translations: async () => ['请求'], words: () => ['请示'], embed: async () => Promise.reject(new Error('model gone')) });
    await assert.rejects(find(['requested']), /model gone/);
  });
});
