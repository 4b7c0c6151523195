/** A which-country question is answered only by a sentence that names a country. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesNoCountry } from '../../src/core/answerability.js';
import { asksCountry, namesCountry } from '../../src/core/country-asked.js';
import { analyseQuestion } from '../../src/core/query/analyse.js';

describe('a question asking which country', () => {
  it('is read in its usual forms, not in 哪些国际… (international)', () => {
    for (const question of ['众擎的机器人出口到哪些国家？', '西米德兰兹郡位于哪个国家？', '他是哪国人？']) assert.ok(asksCountry(question), question);
    for (const question of ['普朗特培养了哪些国际知名的力学家？', '会议在哪个城市召开？']) assert.ok(!asksCountry(question), question);
  });

  it('is not answered by a sentence naming no country: 国家 as the state is none', () => {
    const query = analyseQuestion('众擎的机器人出口到哪些国家？', undefined);
    assert.equal(namesNoCountry(query, { text: '国家层面的明确支持，将为人形机器人产业发展营造更加良好的政策环境。' }), true);
    assert.equal(namesNoCountry(query, { text: '全国已有300多家企业推出产品。' }), true, '全国 is the whole country asked of, no country');
    assert.equal(namesNoCountry(query, { text: '众擎的机器人已出口到德国和日本。' }), false);
  });

  it('takes a state written with 国 though jieba knows no place there, and not a place the question names', () => {
    assert.equal(namesCountry('余蔚，是十六国时期的扶余国国王。', new Set()), true);
    assert.equal(namesCountry('意大利大道位于巴黎。', new Set(['意大利大道'])), true, '巴黎 is a place');
    const query = analyseQuestion('意大利大道属于哪个国家？', undefined);
    assert.equal(namesNoCountry(query, { text: '意大利大道是一条著名的大道。' }), true);
  });
});
