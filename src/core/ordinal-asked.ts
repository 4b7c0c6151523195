/**
 * Questions asking which one of a series (第几层, 第几届, 第几名): answered only by a sentence that gives a place in
 * a series — 第 and a numeral (第18层, 第六届) or a numeral in the unit asked (十八张, 3层). "5号楼施工到第几层了？"
 * quoted a sentence about the basement of 5号楼, which numbers a building and no floor.
 */

/** 第几 and the unit the place is counted in (层 of 第几层). */
const ORDINAL_ASKED = /第几\s*(\p{Script=Han})/u;

/** A numeral in digits (half- or full-width) or in characters. */
const NUMERAL = '[0-9０-９零〇一二三四五六七八九十百千两]';

/** An ordinal in any unit (第三, 第 18). */
const ORDINAL = new RegExp(`第\\s*${NUMERAL}`, 'u');

/** The unit a question asks a place in (层 of 第几层), or undefined when it asks none. */
export function ordinalUnitAsked(question: string): string | undefined {
  return ORDINAL_ASKED.exec(question)?.[1];
}

/** Does a Chinese question ask a place in a series that the sentence does not give? */
export function givesNoOrdinal(question: string, sentence: string): boolean {
  const unit = ordinalUnitAsked(question);
  if (unit === undefined) return false;
  return !ORDINAL.test(sentence) && !new RegExp(`${NUMERAL}\\s*${unit}`, 'u').test(sentence);
}
