import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { meaningsOf } from '../../src/core/query/bridge.js';
import { createNearSynonyms } from '../../src/core/query/near-synonyms.js';

/** Unit vectors in two dimensions at the given angles: cos(a − b) is their similarity. */
const ANGLES: Record<string, number> = { 申请书: 0, 请求: 0.2, 申请: 0.3, 请示: 1.2, 服务器: 0.1, 推迟: 0.25, 延迟: 0, 缺席: 0, 缺陷: 0.2, 春天: 0, 春季: 0.2, 引擎: 0, 众擎: 0.3 };
/** Stems of each word's dictionary glosses, as `meaningsOf` gives them. */
const MEANINGS: Record<string, string[]> = { 推迟: ['postpon', 'defer'], 延迟: ['delai', 'postpon'], 缺席: ['absent'], 缺陷: ['defect', 'flaw'], 春天: ['spring'], 春季: ['springtim'] };
const vector = (word: string): Float32Array => {
  const angle = ANGLES[word] ?? Math.PI / 2;
  return new Float32Array([Math.cos(angle), Math.sin(angle)]);
};

function finder(words: string[]) {
  const embedded: string[][] = [];
  const find = createNearSynonyms({
    translations: async (word) => ({ requested: ['请求', '申请书', '邀'], delayed: ['延迟'], absent: ['缺席'], spring: ['春天'], engine: ['引擎'] })[word] ?? [],
    words: () => words,
    embed: async (texts) => (embedded.push([...texts]), texts.map(vector)),
    meanings: async (word) => MEANINGS[word] ?? [],
    stem: (word) => word,
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

  it('takes only a word the dictionary says means alike: one holding the other, or glosses sharing or opening a word', async () => {
    const { find } = finder(['申请', '推迟', '缺陷', '春季']);
    // 申请 is part of 申请书, 推迟 and 延迟 both mean postpone, springtime opens with spring; a defect is not absent.
    assert.deepEqual(await find(['requested', 'delayed', 'absent', 'spring']), { requested: ['申请'], delayed: ['推迟'], spring: ['春季'] });
  });

  it('takes no word a translation only negates (不参加 is absent, 参加 attend)', async () => {
    const find = createNearSynonyms({
      translations: async (word) => ({ absent: ['不参加'], wireless: ['无线'] })[word] ?? [],
      words: () => ['参加', '无线耳机'],
      embed: async (texts) => texts.map(() => new Float32Array([1, 0])),
      meanings: async () => [],
      stem: (word) => word,
    });
    assert.deepEqual(await find(['absent', 'wireless']), { wireless: ['无线耳机'] });
  });

  it('lets a word the dictionary does not gloss stand, since it cannot say they differ (众擎, a company, for engine)', async () => {
    const { find } = finder(['众擎']);
    assert.deepEqual(await find(['engine']), { engine: ['众擎'] });
  });

  it('embeds each word once for the life of the finder', async () => {
    const { find, embedded } = finder(['申请', '请示']);
    await find(['requested']);
    await find(['requested']);
    assert.equal(embedded.length, 1);
  });

  it('passes an embedding failure to the caller, who answers without near synonyms', async () => {
    const find = createNearSynonyms({
      translations: async () => ['请求'],
      words: () => ['请示'],
      embed: async () => Promise.reject(new Error('model gone')),
      meanings: async () => [],
      stem: (word) => word,
    });
    await assert.rejects(find(['requested']), /model gone/);
  });

  it('reads meanings from CC-CEDICT as gloss stems: 推迟 and 延迟 share one, 缺席 and 缺陷 none', async () => {
    const [postpone, delay, absent, defect] = await Promise.all(['推迟', '延迟', '缺席', '缺陷'].map(meaningsOf));
    assert.ok(postpone?.includes('defer') && delay?.includes('postpon') && postpone.includes('postpon'));
    assert.deepEqual(absent, ['absent']);
    assert.ok(defect?.includes('defect') && !defect.some((m) => absent?.includes(m)));
  });
});
