/** Small numbers as a report may write them in characters (3 → 三, 2 → 二 or 两), indexed by value. */
export const CHINESE_NUMERALS = ['零〇', '一', '二两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The value of a count as written (五 → 5, 两 → 2, 12 → 12; NaN for what is no number). */
export function countValue(numeral: string): number {
  const digit = CHINESE_NUMERALS.findIndex((forms) => forms.includes(numeral));
  return digit >= 0 ? digit : Number(numeral);
}

/** The spellings a sentence may give one numeral in: 两 as 两, 2 or 二; 5 as 5 or 五; a larger one as written. */
export function numeralSpellings(numeral: string): string[] {
  const value = countValue(numeral);
  if (Number.isNaN(value)) return [numeral];
  return [...new Set([numeral, String(value), ...(CHINESE_NUMERALS[value] ?? '')])];
}
