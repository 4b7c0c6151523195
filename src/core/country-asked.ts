/**
 * Questions asking which country (哪个国家, 哪些国家, 哪国): answered only by a sentence that names one. "星河的机器人
 * 出口到哪些国家？" quoted a sentence on support at the level of the state (国家层面) — no country at all.
 */
import { tag } from './index/segmenter.js';

/** 哪个国家, 哪些国家, 哪一国, 哪国 — not 哪些国际… (international). */
const COUNTRY_ASKED = /哪(?:个|些|一个|一)?国(?:家)?(?!际)/u;

/** Words ending in 国 that name no country: all of them, abroad, one's own, a power (全国, 外国, 本国, 大国). */
const NO_COUNTRY = /^(?:全国|各国|外国|本国|出国|回国|归国|爱国|报国|建国|治国|强国|大国|小国|该国|两国|多国|一国|他国|祖国|国家)$/u;

/** A character and 国 closing a word (扶余国, 中国): not 国家, 国际, 国内 and the like, which open other words. */
const STATE = /\p{Script=Han}国(?![家际内外务产企营有民])/gu;

export const asksCountry = (question: string): boolean => COUNTRY_ASKED.test(question);

/**
 * Does a sentence name a country or another place that could be one: a place jieba knows (ns: 法国, 日本, 南非) or a
 * state written with 国 (扶余国, 鲁国)? What the question itself names (意大利 in "意大利大道属于哪个国家？") is no answer.
 */
export function namesCountry(sentence: string, named: ReadonlySet<string>): boolean {
  if (tag(sentence).some(({ word, tag: wordTag }) => !named.has(word) && /^ns/.test(wordTag) && word.length >= 2)) return true;
  // A state jieba does not know is written with 国 after its name (扶余国, 鲁国), cut apart or not.
  return [...sentence.matchAll(STATE)].some((m) => !NO_COUNTRY.test(m[0]) && ![...named].some((n) => n.endsWith(m[0])));
}
