/** A question asking a place in a series (第几层) is answered only by a sentence that gives one. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesNoPlaceInSeries } from '../../src/core/answerability.js';
import { givesNoOrdinal, ordinalUnitAsked } from '../../src/core/ordinal-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';

describe('a question asking a place in a series', () => {
  it('names the unit the place is counted in', () => {
    assert.equal(ordinalUnitAsked('5号楼施工到第几层了？'), '层');
    assert.equal(ordinalUnitAsked('《张居正》获得了第几届茅盾文学奖？'), '届');
    assert.equal(ordinalUnitAsked('3号楼施工到多少层了？'), undefined, 'a count, not a place');
  });

  it('takes an ordinal in any unit or a numeral in the unit asked', () => {
    assert.equal(givesNoOrdinal('3号楼施工到第几层了？', '3号楼主体结构施工至第18层。'), false);
    assert.equal(givesNoOrdinal('这是他的第几张专辑？', '这是他的十八张个人大碟之一。'), false);
    assert.equal(givesNoOrdinal('《张居正》获得了第几届茅盾文学奖？', '2005年，本书获得第六届茅盾文学奖。'), false);
  });

  it('is not answered by a sentence that numbers something else (5号楼 is no floor)', () => {
    const query = analyseQuestion('5号楼主体结构施工到第几层了？', undefined);
    assert.equal(namesNoPlaceInSeries(query, { text: '5号楼完成地下室防水施工，防水卷材铺设面积约2,300平方米。' }), true);
    assert.equal(namesNoPlaceInSeries(query, { text: '5号楼主体结构施工至第6层。' }), false);
    assert.equal(namesNoPlaceInSeries(query, undefined), false);
  });
});
