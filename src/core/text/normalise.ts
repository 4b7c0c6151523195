/**
 * Text normalisation for matching (never for display: quotes stay verbatim).
 * NFKC folds full-width digits and Latin letters; OpenCC turns traditional
 * characters (Taiwan and Hong Kong forms) into simplified ones, the report's.
 */
import * as OpenCC from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;

/** Traditional → simplified; OpenCC's tables load on first use (~20 ms). */
export function simplify(text: string): string {
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}

// Control characters (but tab/newline), zero-width and bidi marks, private-use glyphs.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}]/gu;

/** Removes control and invisible characters; keeps line breaks as spaces. */
export function stripInvisible(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '');
}

/** Markup that chat clients pass through: HTML tags, Discord mentions, Markdown emphasis. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ') // code, not words
    .replace(/<a?:\w+:\d+>/g, ' ') // Discord custom emoji
    .replace(/<[@#][!&]?\d+>/g, ' ') // Discord user/role/channel mentions
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, ' ') // HTML tags, before @names so <b>@bot</b> leaves @bot on its own
    .replace(/(^|\s)@[A-Za-z0-9_]{2,32}\b/g, ' ') // @everyone, @here, @username
    .replace(/[*_~`|]{1,3}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form both the report and questions are matched in. */
export function normaliseForMatch(text: string): string {
  return simplify(text.normalize('NFKC')).toLowerCase();
}

/** True when the text holds a letter or digit of any script. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
