/**
 * Packs rendered blocks into messages of at most 4096 characters. Parts break
 * between blocks (paragraphs) when they can; a block too long on its own
 * breaks between sentences, each piece re-wrapped in its line's tags, so a
 * cut never falls inside a tag, an entity or a surrogate pair.
 */
import { type Block, type Line, escapeHtml, renderBlock, renderLine, tagOverhead } from './html.js';

/** Telegram's limit for one message's text. We measure the HTML itself, which is never shorter than what Telegram counts. */
export const MESSAGE_LIMIT = 4096;

export function packParts(blocks: readonly Block[], limit: number = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current = '';
  const add = (html: string, separator: string): void => {
    if (current === '') current = html;
    else if (current.length + separator.length + html.length <= limit) current += separator + html;
    else {
      parts.push(current);
      current = html;
    }
  };
  for (const block of blocks) {
    const html = renderBlock(block);
    if (html.length <= limit) {
      add(html, '\n\n');
      continue;
    }
    block.forEach((line, index) => {
      splitLine(line, limit).forEach((piece, pieceIndex) => add(renderLine(piece), index === 0 && pieceIndex === 0 ? '\n\n' : '\n'));
    });
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** A line cut into lines that each render within `limit`, between sentences where possible. */
export function splitLine(line: Line, limit: number = MESSAGE_LIMIT): Line[] {
  const budget = limit - tagOverhead(line.style);
  if (renderLine(line).length <= limit) return [line];
  const pieces = sentences(line.text).flatMap((sentence) => fit(sentence, budget));
  // A cut line loses its highlight: the offsets belonged to the whole text.
  return greedy(pieces, budget).map((text) => text.trim()).filter((text) => text !== '').map((text) => ({ text, ...(line.style ? { style: line.style } : {}) }));
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '\n']);
const CLOSERS = new Set(['”', '’', '"', "'", '）', ')', '」', '』', '》', '】', ']']);
const CLAUSE_MARKS = new Set(['，', ',', '、', '：', ':', ' ', '\t']);

/** Sentences with their end punctuation, closing quotes and trailing space; joined they give back `text`. */
export function sentences(text: string): string[] {
  return cutAfter(text, (i) => TERMINATORS.has(text[i] ?? '') || (text[i] === '.' && (i + 1 === text.length || /\s/.test(text[i + 1] ?? ''))));
}

function cutAfter(text: string, isEnd: (index: number) => boolean): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isEnd(i)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? '') || /\s/.test(text[end] ?? ''))) end++;
    out.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** A sentence longer than the budget: cut at clause marks, then (last resort) between code points. */
function fit(sentence: string, budget: number): string[] {
  if (escapeHtml(sentence).length <= budget) return [sentence];
  return cutAfter(sentence, (i) => CLAUSE_MARKS.has(sentence[i] ?? '')).flatMap((clause) => {
    return escapeHtml(clause).length <= budget ? [clause] : greedy(Array.from(clause), budget);
  });
}

/** Joins consecutive pieces while their escaped length stays within budget (each piece already fits). */
function greedy(pieces: readonly string[], budget: number): string[] {
  const out: string[] = [];
  let chunk = '';
  let length = 0;
  for (const piece of pieces) {
    const pieceLength = escapeHtml(piece).length;
    if (chunk !== '' && length + pieceLength > budget) {
      out.push(chunk);
      chunk = '';
      length = 0;
    }
    chunk += piece;
    length += pieceLength;
  }
  if (chunk !== '') out.push(chunk);
  return out;
}
