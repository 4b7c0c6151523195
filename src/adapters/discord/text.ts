/**
 * The one place where text from users or the report becomes Discord text:
 * markdown and mention syntax made inert, and lengths cut without breaking a
 * surrogate pair, an escape or (where possible) a sentence.
 */

/**
 * Discord markdown: emphasis, code, spoilers, masked links, `<@id>`-style
 * tags, and headings, `-#` subtext, quotes and lists (escaped anywhere, since
 * a split can move any text to the start of a line).
 */
const MARKDOWN = /[\\*_~`|[\]()<#>-]/g;
/** `1.` starts a numbered list only at the start of a line. */
const NUMBERED = /^([ \t]*\d+)(?=\.)/gm;

/**
 * Escapes Discord markdown so text shows exactly as written (a backslash
 * before punctuation renders as the punctuation itself) and breaks
 * `@everyone` / `@here` with a zero-width space: allowed_mentions already
 * stops the ping, this also stops the highlight.
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(MARKDOWN, (char) => `\\${char}`)
    .replace(NUMBERED, '$1\\')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

const ELLIPSIS = '…';

/** Cuts to at most `max` UTF-16 units (Discord counts fewer or equal), ending in `…` when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  return safeCut(text, max - ELLIPSIS.length) + ELLIPSIS;
}

/** The longest prefix within `length` that splits neither a surrogate pair nor a `\x` escape. */
function safeCut(text: string, length: number): string {
  let end = Math.max(0, length);
  const code = text.charCodeAt(end);
  if (end > 0 && code >= 0xdc00 && code <= 0xdfff) end -= 1;
  let cut = text.slice(0, end);
  // An odd run of trailing backslashes would escape whatever follows.
  const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  return cut;
}

/** Sentence ends in Chinese and English text (the break falls after the mark and any closing quote). */
const SENTENCE_END = /[。！？；!?;.…]+[”’」』）)"']*\s*/g;

/** Splits text into sentences, keeping every character (joining the parts gives the text back). */
export function sentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

/**
 * Cuts at the last sentence end within `max` (with `…`); if the first sentence
 * is already too long, cuts inside it.
 */
export function clipAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const sentence of sentences(text)) {
    if (kept.length + sentence.length + ELLIPSIS.length > max) break;
    kept += sentence;
  }
  return kept === '' ? clip(text, max) : kept.trimEnd() + ELLIPSIS;
}

/**
 * Splits text into chunks of at most `max`, breaking between sentences;
 * only a single sentence longer than `max` is cut inside (never lost).
 */
export function chunkBySentence(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') chunks.push(current);
    current = '';
  };
  for (const sentence of sentences(text)) {
    if (current.length + sentence.length <= max) {
      current += sentence;
      continue;
    }
    flush();
    let rest = sentence;
    while (rest.length > max) {
      const head = safeCut(rest, max) || rest.slice(0, max);
      chunks.push(head);
      rest = rest.slice(head.length);
    }
    current = rest;
  }
  flush();
  return chunks;
}
