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
    assert.equal(ordinalUnitAsked('夜间儿科门诊在几楼？'), '楼', 'a floor asked where something is');
    assert.equal(ordinalUnitAsked('这栋楼有几层？'), undefined, 'how many floors is a count');
    assert.equal(givesNoOrdinal('夜间儿科门诊在几楼？', '增设夜间儿科门诊，开诊时间为每天18:00至22:00。'), true);
    assert.equal(givesNoOrdinal('夜间儿科门诊在几楼？', '夜间儿科门诊设在门诊楼三楼。'), false);
  });

  it('takes a numeral in the unit asked, with 第 or without, and no place in another series', () => {
    assert.equal(givesNoOrdinal('智慧教室在第几教学楼？', '智慧教室改造完成第二批，新增智慧教室24间。'), true);
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
