/**
 * Classifies the lines of a page that came through a layout extraction.
 * Newspaper pages mix body text with headlines, bylines, photo captions and
 * credits, and speaker labels; only body text is split into paragraphs, the
 * rest becomes metadata of the paragraphs around it.
 */

import { type MarkedStructure } from './readers/types.js';
import { signOffLines } from './sign-off.js';

export type LineKind = 'blank' | 'headline' | 'byline' | 'dateline' | 'credit' | 'caption' | 'speaker' | 'body' | 'signoff';

export interface Line {
  kind: LineKind;
  text: string;
  /** 0-based line index in the source file. */
  index: number;
  /** An item of a list the format marks (MarkedStructure.listItems). */
  listItem?: true;
}

/**
 * Sentence-final punctuation, optionally followed by closing quotes/brackets; an English full stop after a word in
 * lower case, a number or a closing mark (not after an initial: "J.").
 */
const FINISHED = /(?:[。！？!?…：:]|(?<=[a-z]{2}|[0-9%)\]"'”’])\.)[”’」』）)"']*$/u;
/** Punctuation that occurs inside sentences but hardly ever in a headline. */
const SENTENCE_INNER = /[，。；！？,;]/u;
/** `(晓峰)`, `（记者 王某）` */
const BYLINE = /^[（(][^（）()]{1,16}[)）]$/u;
/** `新华社记者 王磊摄`, `本报记者 张三 摄`, `王五/摄` */
const CREDIT = /^[^，。；！？]{2,30}[\s/]?摄$/u;
/** `星河科技创始人、董事长兼CEO张明：` */
const SPEAKER = /^[^，。；！？：:]{3,60}[：:]$/u;
const MAX_HEADLINE = 64;
/** `2026-11-28 09:30 来源：城市晚报 记者 周明远`, `2026年3月5日 新华社`: when and where an article was published. */
const DATELINE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s|$)/u;
/** Labels of the field naming who wrote a report (报告人：, 编写：): read by the cleaner and by who-wrote questions. */
export const WRITER_LABEL = '报告人|编写人|编制人|撰写人|执笔人|起草人|填报人|编写|编制|撰写|执笔|起草';
/**
 * A report's header fields under its title, who wrote it or when (报告人：副处长 韩雪梅　报告日期：2026年12月3日,
 * 编写：许晴): short and with no comma, like a headline, but a paragraph of their own that says who reports.
 */
const HEADER_FIELD = new RegExp(`(?:${WRITER_LABEL}|汇报人|报告日期|日期)\\s*[：:]`, 'u');

/**
 * A line opening a list item in plain text or a PDF: `1. `, `2、`, `3)`, `（4）`, `- `, `• ` (not `1.5亿`, a number).
 */
export const ITEM_MARK = /^(?:[-*•·▪●]\s+|\d{1,2}(?:[.．](?!\d)|[、)）])\s*|[（(]\d{1,2}[)）]\s*)(?=\S)/u;

/**
 * In a document whose format marks no lists, the body lines opening with an item mark are list items where a
 * section (the lines between two headlines) has two or more of them: one such line alone may be a numbered sentence.
 */
function markPlainListItems(lines: Line[]): void {
  // A short item without a full stop looks like a headline; beside another item it is one of a list (a numbered
  // headline has its section's text under it, not another number).
  const opens = lines.map((line) => (line.kind === 'headline' || line.kind === 'body') && ITEM_MARK.test(line.text));
  const nextFilled = (i: number, step: number): number => {
    let j = i + step;
    while (lines[j]?.kind === 'blank') j += step;
    return j;
  };
  lines.forEach((line, i) => {
    if (line.kind === 'headline' && opens[i] && (opens[nextFilled(i, 1)] || opens[nextFilled(i, -1)])) line.kind = 'body';
  });
  let section: Line[] = [];
  const close = (): void => {
    if (section.length >= 2) for (const line of section) line.listItem = true;
    section = [];
  };
  lines.forEach((line, i) => {
    if (line.kind === 'headline') close();
    else if (line.kind === 'body' && opens[i]) section.push(line);
  });
  close();
}

/** True when a line holds a report's header fields (报告人：…): a paragraph of its own, ended though it has no stop. */
export function isHeaderField(text: string): boolean {
  return HEADER_FIELD.test(text);
}

/** True when a body line ends a sentence (so the next line starts a new paragraph). */
export function endsSentence(text: string): boolean {
  return FINISHED.test(text);
}

function kindOf(text: string): LineKind {
  if (text === '') return 'blank';
  if (BYLINE.test(text)) return 'byline';
  if (CREDIT.test(text)) return 'credit';
  if (SPEAKER.test(text) && /\p{Script=Han}/u.test(text)) return 'speaker';
  if (text.length <= MAX_HEADLINE && !SENTENCE_INNER.test(text) && !endsSentence(text) && !isHeaderField(text)) return DATELINE.test(text) ? 'dateline' : 'headline';
  return 'body';
}

/**
 * Classifies every line. A caption is the text line right above a photo
 * credit (no blank line between), whatever it looks like.
 */
export function classifyLines(source: string, marked?: MarkedStructure): Line[] {
  const headings = new Set(marked?.headings);
  const items = new Set(marked?.listItems);
  const lines = source.split(/\r?\n/).map((raw, index): Line => {
    const text = raw.replace(/[\u200b\ufeff]/g, '').trim();
    let kind = kindOf(text);
    // Where the format marks its headings, they alone are headlines.
    if (marked?.headings && text !== '') kind = headings.has(text) ? 'headline' : kind === 'headline' ? 'body' : kind;
    return kind === 'body' && items.has(text) ? { kind, text, index, listItem: true } : { kind, text, index };
  });
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const above = lines[i - 1];
    if (line?.kind === 'credit' && above !== undefined && above.kind !== 'blank') above.kind = 'caption';
  }
  for (const i of signOffLines(lines, marked?.headings !== undefined)) (lines[i] as Line).kind = 'signoff';
  if (marked?.listItems === undefined) markPlainListItems(lines);
  return lines;
}
