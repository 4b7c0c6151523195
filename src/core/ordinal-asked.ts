/**
 * Questions asking which one of a series (第几层, 第几届, 第几名): answered only by a sentence that gives a numeral in
 * the unit asked (第18层, 第六届, 十八张) — not a place in another series (第二批 for 第几教学楼). "5号楼施工到第几层了？"
 * quoted a sentence about the basement of 5号楼, which numbers a building and no floor, and "夜间儿科门诊在几楼？" one
 * giving the clinic's hours.
 */

/** 第几 and the unit the place is counted in (层 of 第几层), or a floor asked where something is (在几楼, 是几层). */
const ORDINAL_ASKED = /第几\s*(\p{Script=Han})|[在是]几\s*([楼层])/u;

/** A numeral in digits (half- or full-width) or in characters. */
const NUMERAL = '[0-9０-９零〇一二三四五六七八九十百千两]';

/** The unit a question asks a place in (层 of 第几层), or undefined when it asks none. */
export function ordinalUnitAsked(question: string): string | undefined {
  const asked = ORDINAL_ASKED.exec(question);
  return asked?.[1] ?? asked?.[2];
}

/** Does a Chinese question ask a place in a series that the sentence does not give? */
export function givesNoOrdinal(question: string, sentence: string): boolean {
  const unit = ordinalUnitAsked(question);
  if (unit === undefined) return false;
  return !new RegExp(`${NUMERAL}\\s*${unit}`, 'u').test(sentence);
}
