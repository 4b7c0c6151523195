/**
 * A report's sign-off: who wrote it and when, closing the document (研发部 陈思远 / 2026年11月30日, "Tom Becker,
 * Platform Lead / December 4, 2026"). It answers who wrote the report and when, and nothing else: as a paragraph
 * it was quoted for "How many inquiries did the service center handle?" because it writes 客户服务中心 — and its
 * date passed for a count.
 */
import { FULL_DATE } from '../text/dates.js';
import { type Line } from './lines.js';

/** A line that closes on a date, with what comes before it on the line (the signer, when the format joined them). */
const ENDS_WITH_DATE = new RegExp(`^(.*?)[\\s,，]*${FULL_DATE}(?:\\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?$`, 'u');
/** A signer's line: a team, a name, a post — short, and no sentence (no full stop, colon or Chinese comma). */
const SIGNER = /^[^。；！？：:，;!?]{2,40}$/u;
const LIST_ITEM = /^(?:[-*•·]|[0-9]+[.、)）]|[（(][一二三四五六七八九十0-9]+[)）])/u;
/** At most this many signer lines above the date (a team, then a name). */
const MAX_SIGNER_LINES = 2;

/**
 * Indices of the lines that sign the document off, or [] when it does not close on one: the last line closes on a
 * date, and a signer stands before the date on that line or on the lines right above it (no blank line between).
 */
export function signOffLines(lines: readonly Line[], headingsMarked = false): number[] {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]?.kind === 'blank') last--;
  const closing = lines[last];
  const dated = closing ? ENDS_WITH_DATE.exec(closing.text) : null;
  if (!closing || !dated) return [];
  const signer = (text: string): boolean => SIGNER.test(text) && !LIST_ITEM.test(text) && !/\.$/.test(text);
  const before = (dated[1] ?? '').trim();
  if (before !== '') return signer(before) ? [last] : [];
  const above: number[] = [];
  for (let i = last - 1; i >= 0 && above.length < MAX_SIGNER_LINES; i--) {
    const line = lines[i] as Line;
    // Where the format marks its blocks, a blank line only separates them: a web page's 厂长办公室<br>2026年12月3日
    // comes as two blocks. A list item is never a signer, nor, where the format marks headings, a heading (## Next week).
    if (line.kind === 'blank' && headingsMarked) continue;
    if (line.kind === 'blank' || line.listItem || (headingsMarked && line.kind === 'headline') || !signer(line.text)) break;
    above.unshift(i);
  }
  return above.length > 0 ? [...above, last] : [];
}
