/**
 * Telegram HTML parse mode, the small part of it this bot uses. Everything
 * the user or the report wrote goes through `escapeHtml` exactly once, at the
 * edge, so no input can open a tag, close ours or smuggle in a link.
 */

/** The only escaping function for Telegram: `&`, `<`, `>` (and `"` for attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** How a line is wrapped; `quote` is an expandable blockquote (Bot API 7.4). */
export type Style = 'plain' | 'bold' | 'italic' | 'quote' | 'blockquote';

const TAGS: Record<Style, readonly [string, string]> = {
  plain: ['', ''],
  bold: ['<b>', '</b>'],
  italic: ['<i>', '</i>'],
  quote: ['<blockquote expandable>', '</blockquote>'],
  blockquote: ['<blockquote>', '</blockquote>'],
};

/**
 * One line of a message: plain text (never markup) and how to wrap it.
 * `text` is escaped when rendered; a line may span several `\n`.
 */
export interface Line {
  text: string;
  style?: Style;
  /** A stretch of `text` (offsets, end exclusive) set in bold inside the line: the answer phrase. */
  highlight?: { start: number; end: number };
}

/** Lines that belong together (a citation's heading and its quote): kept in one part when they fit. */
export type Block = readonly Line[];

export function renderLine(line: Line): string {
  const [open, close] = TAGS[line.style ?? 'plain'];
  const h = line.highlight;
  if (!h || h.start < 0 || h.end > line.text.length || h.start >= h.end) return `${open}${escapeHtml(line.text)}${close}`;
  const [before, phrase, after] = [line.text.slice(0, h.start), line.text.slice(h.start, h.end), line.text.slice(h.end)];
  return `${open}${escapeHtml(before)}<b>${escapeHtml(phrase)}</b>${escapeHtml(after)}${close}`;
}

export function renderBlock(block: Block): string {
  return block.map(renderLine).join('\n');
}

/** Length a line takes once rendered, tags included. */
export function renderedLength(line: Line): number {
  return renderLine(line).length;
}

/** Characters the tags of a style add around the text. */
export function tagOverhead(style: Style | undefined): number {
  const [open, close] = TAGS[style ?? 'plain'];
  return open.length + close.length;
}
