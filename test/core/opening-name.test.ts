/**
 * A question opening with a name jieba cut in two (瑞|尼尔山, 北|土城站) is about
 * that name: its pieces occurring apart in the documents (山, 站, 北) must not
 * make it look covered. Found on the CMRC fit part, where such off-corpus
 * questions were answered from unrelated passages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide, DEFAULT_THRESHOLDS, measure } from '../../src/core/answerability.js';
import { Bm25Index } from '../../src/core/index/bm25.js';
import { words } from '../../src/core/index/segmenter.js';
import { createVocabulary } from '../../src/core/index/vocabulary.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';

describe('the name a question opens with', () => {
  for (const [question, lead] of [
    ['瑞尼尔山又被称作什么？', '瑞尼尔'],
    ['北土城站连接了哪两条线路？', '北土城'],
    ['史丹佛郡实际管辖了多少个非都市区？', '史丹佛'],
  ] as const) {
    it(`is read from ${question}`, () => assert.equal(analyseQuestion(question, undefined).lead, lead));
  }

  for (const question of ['李婉华毕业于什么学校？', '北京上海之间有多少趟高铁？', '王小明修复了什么问题？', 'Who fixed the bug?']) {
    it(`is not read from ${question}: a name and what is asked about it, two names, or no Chinese`, () => {
      assert.equal(analyseQuestion(question, undefined).lead, undefined);
    });
  }
});

describe('a question whose opening name the documents never write whole', () => {
  const texts = ['尼尔·阿姆斯特朗在北京出生。', '瑞士的山很高，又被称作欧洲屋脊。'];
  const bm25 = new Bm25Index();
  bm25.addAll(texts.map((text, id) => ({ id, terms: words(text) })));
  const vocabulary = createVocabulary(bm25, () => texts);

  it('is declined though every piece occurs', () => {
    const query = analyseQuestion('瑞尼尔山又被称作什么？', undefined);
    const signals = measure(query, [{ index: 1, fused: 1, lexical: 1, bm25: 1, dense: 0, denseScaled: 0, matched: ['山', '称作'] }], bm25, vocabulary);
    assert.equal(signals.leadMissing, '瑞尼尔');
    assert.equal(decide(signals, DEFAULT_THRESHOLDS), false);
    assert.equal(decide({ ...signals, leadMissing: undefined }, DEFAULT_THRESHOLDS), true, 'nothing else declines it');
  });

  it('matches the documents’ writing whatever the spacing, case or name dots', () => {
    assert.ok(vocabulary.writes('尼尔阿姆斯特朗'));
    assert.ok(!vocabulary.writes('瑞尼尔'));
  });
});
