/**
 * Helpers shared by readers: how two pieces of one wrapped sentence join, and
 * how paragraphs are laid out for the cleaner.
 */

/** Han, kana, hangul and CJK punctuation/full-width forms: no spaces between them. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Joins two pieces of one line or sentence: nothing where either side is CJK, one space between Latin words. */
export function joinWrapped(left: string, right: string): string {
  const a = left.replace(/\s+$/u, '');
  const b = right.replace(/^\s+/u, '');
  if (a === '' || b === '') return a + b;
  // A word hyphenated across lines ("infra-\nstructure") joins without the hyphen's space.
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a + b;
  return isCjk(a.at(-1)) || isCjk(b[0]) ? a + b : `${a} ${b}`;
}

/** Collapses white space inside a paragraph the way a browser shows it, minus the spaces it would put between CJK lines. */
export function collapseSpaces(text: string): string {
  return text
    .split(/\s*\n\s*/u)
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => joinWrapped(joined, line), '');
}

/** Between the cells of a table row, which every reader makes one paragraph. */
export const CELL_SEPARATOR = ' · ';
/** Between a column's header and its cell: a full-width colon after a Chinese header, ": " after a Latin one. */
const labelled = (label: string, cell: string): string => `${label}${isCjk(label.at(-1)) ? '：' : ': '}${cell}`;

/**
 * One table row as a paragraph. With the table's header row, each cell after the first is read under its column's
 * header (退货率 · 本周：2.1% · 上周：2.6%): bare, "2.1% · 2.6%" cannot tell this week from last, and neither can a
 * quote of it. The first cell names the row and stands alone. Empty cells are left out; a header that does not
 * line up with the row (merged cells) labels nothing.
 */
export function tableRowText(cells: readonly string[], header?: readonly string[]): string {
  const aligned = header !== undefined && header.length === cells.length;
  return cells
    .map((cell, i) => {
      const label = aligned && i > 0 ? header[i] : undefined;
      return cell === '' || label === undefined || label === '' || label === cell ? cell : labelled(label, cell);
    })
    .filter((cell) => cell !== '')
    .join(CELL_SEPARATOR);
}

/**
 * A table's paragraphs: each body row under the header row, when the table has one. A table that is only a header
 * row keeps it as its one paragraph; empty rows are left out.
 */
export function tableTexts(rows: readonly (readonly string[])[], header?: readonly string[]): string[] {
  const texts = rows.length === 0 && header ? [tableRowText(header)] : rows.map((row) => tableRowText(row, header));
  return texts.filter((text) => text !== '');
}

/** Paragraphs as the cleaner reads them: one per line, a blank line between. */
export function layoutParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');
}
