/** A question naming one kind of a thing (联合直播) is not answered by a sentence about another kind (新品直播). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindsNamed, quotesOtherKind } from '../../src/core/kind-asked.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

const DOCUMENTS = '12月4日晚的新品直播由主播林悦主持，观看人数峰值为2.3万人。12月10日与联名品牌“山野茶事”开展联合直播。';
const writes = (phrase: string): boolean => DOCUMENTS.includes(phrase);

describe('a kind of thing a question names', () => {
  it('is a word and the thing after it, when the documents write the two as one phrase', () => {
    assert.deepEqual(kindsNamed('联合直播由谁主持？', writes), [{ modifier: '联合', head: '直播' }]);
    assert.deepEqual(kindsNamed('年终直播由谁主持？', writes), [], 'a pairing the documents never make may be a paraphrase of theirs');
    assert.deepEqual(kindsNamed('哪一联合直播由林悦主持？', writes), [], 'which kind is asked: the sentence’s own kind is the answer');
  });

  it('is not answered by a sentence on another kind of it, and is by one on its own kind', () => {
    const kinds = kindsNamed('联合直播由谁主持？', writes);
    assert.equal(quotesOtherKind(kinds, { text: '12月4日晚的新品直播由主播林悦主持，观看人数峰值为2.3万人。' }), true);
    assert.equal(quotesOtherKind(kinds, { text: '12月10日与联名品牌“山野茶事”开展联合直播。' }), false);
    assert.equal(quotesOtherKind(kinds, { text: '直播由主播林悦主持。' }), false, 'the thing alone names no other kind');
  });
});

describe('a kind of thing asked, with the real core', () => {
  const core = coreOverDocumentsInSuite(
    {
      'media-weekly.md': [
        '# 新媒体运营周报',
        '## 本周数据',
        '12月4日晚的新品直播由主播林悦主持，观看人数峰值为2.3万人，直播间成交订单4,120单。',
        '## 下周计划',
        '12月10日与联名品牌“山野茶事”开展联合直播。',
      ].join('\n\n'),
    },
    'kind-asked-',
  );

  it('declines who hosts the joint livestream, which the report does not say, and answers who hosted the launch one', async () => {
    assert.equal((await core().ask('联合直播由谁主持？')).kind, 'declined');
    const launch = await core().ask('新品直播由谁主持？');
    assert.match(launch.kind === 'answer' ? launch.answer : '', /林悦/);
  });
});
