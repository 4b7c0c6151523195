/**
 * A question about a rare name (青溪鱼) is not answered by a sentence from a document that never writes it: when its
 * own article has lost the sentence asked for, another article's sentence of the same shape is no answer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesAnotherSubject } from '../../src/core/answerability.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';
import { coreOverDocumentsInSuite } from '../helpers/core.js';

describe('a sentence quoted from a document that never names the question\'s subject', () => {
  // 青溪 is rare in general Chinese, 生活 and 科 are not (information as analyseQuestion reads it).
  const information = (word: string): number => (['科', '其中', '一种', '生活'].includes(word) ? 6 : 11);

  it('is another subject\'s, and one from a document naming it is not', () => {
    const query = analyseQuestion('青溪鱼是什么科的其中一种？', undefined, information);
    assert.equal(quotesAnotherSubject(query, { text: '长鳍石鲉为鲉科的其中一种。', document: '长鳍石鲉\n长鳍石鲉为鲉科的其中一种。' }), true);
    assert.equal(quotesAnotherSubject(query, { text: '本鱼为鲤科的其中一种。', document: '青溪鱼\n青溪鱼体长约4厘米。本鱼为鲤科的其中一种。' }), false);
    assert.equal(quotesAnotherSubject(query, { text: '长鳍石鲉为鲉科的其中一种。' }), false, 'no document read');
    assert.equal(quotesAnotherSubject(analyseQuestion('Which family is it in?', undefined, information), { text: 'x', document: 'y' }), false, 'no name opens an English question');
  });

  const fishes = coreOverDocumentsInSuite(
    {
      'qingxi.txt': '青溪鱼\n\n青溪鱼体长约4厘米，雄鱼色彩鲜艳。目前分布在广东山区的小河以及广州一带。1980年代时曾以为青溪鱼已经野外灭绝。\n',
      'rockfish.txt': '长鳍石鲉\n\n长鳍石鲉，又称新石狗公，为辐鳍鱼纲鲉形目鲉科的其中一种鱼。本鱼分布于西太平洋区，栖息在深海。\n',
    },
    'quoted-subject-',
  );

  it('is declined, rather than quoting the other fish\'s family', async () => {
    const reply = await fishes().ask('青溪鱼是什么科的其中一种？');
    assert.equal(reply.kind, 'declined');
  });

  it('leaves the other fish\'s own question answered', async () => {
    const reply = await fishes().ask('长鳍石鲉是什么科的其中一种？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.citations[0]?.text ?? '', /鲉科/u);
  });
});
