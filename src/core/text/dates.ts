/** An English month name, full or short, with an optional full stop (December, Dec., Sept): for dates in regular expressions. */
const ENGLISH_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** An English date, month first or day first: December 4, 2026; Dec. 4th; 4 December 2026. */
function englishDate(year: string): string {
  const day = '[0-9]{1,2}(?:st|nd|rd|th)?';
  return `\\b(?:${ENGLISH_MONTH}\\s+${day}${year}|${day}\\s+${ENGLISH_MONTH}${year})\\b`;
}

/** A date that may leave out its year (Dec. 4th): what a count is not. */
export const ENGLISH_DATE = englishDate('(?:,?\\s+[0-9]{4})?');
/** A date with its year (December 4, 2026): what closes a sign-off. */
export const ENGLISH_DATE_WITH_YEAR = englishDate(',?\\s+[0-9]{4}');

/** A whole date as a report writes it, as a pattern source: 2026年12月4日, 2026-12-04, December 4, 2026. */
export const FULL_DATE = `(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|${ENGLISH_DATE_WITH_YEAR})`;
