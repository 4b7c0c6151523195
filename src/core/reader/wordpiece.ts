/**
 * BERT's tokenizer (BertNormalizer + BertPreTokenizer + WordPiece) with the
 * character offset of every token, read from a tokenizer.json. The reader
 * needs offsets to map the answer span it finds back to the verbatim
 * sentence; Transformers.js tokenizers do not return them. Equality with the
 * Transformers.js tokenizer is checked in test/core/reader.test.ts.
 */
import fs from 'node:fs';

export interface Token {
  id: number;
  /** Offsets in the text given to `tokenize` (end exclusive). */
  start: number;
  end: number;
}

export interface WordPiece {
  tokenize(text: string): Token[];
  readonly cls: number;
  readonly sep: number;
}

interface TokenizerJson {
  model: { vocab: Record<string, number>; unk_token: string; continuing_subword_prefix: string; max_input_chars_per_word: number };
}

/** BERT's `_is_chinese_char`: CJK ideographs are split one per token. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x2a6df) ||
    (code >= 0x2a700 && code <= 0x2b73f) ||
    (code >= 0x2b740 && code <= 0x2b81f) ||
    (code >= 0x2b820 && code <= 0x2ceaf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x2f800 && code <= 0x2fa1f)
  );
}

/** BERT's `_is_punctuation`: ASCII symbols count as punctuation too. */
function isPunctuation(char: string, code: number): boolean {
  if ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)) return true;
  return /\p{P}/u.test(char);
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || /\p{Zs}/u.test(char);
}

/** BertNormalizer's clean_text drops NUL, U+FFFD and control characters. */
function isDropped(char: string, code: number): boolean {
  if (code === 0 || code === 0xfffd) return true;
  if (char === '\t' || char === '\n' || char === '\r') return false;
  return /\p{Cc}|\p{Cf}/u.test(char);
}

export function loadWordPiece(tokenizerFile: string): WordPiece {
  const json = JSON.parse(fs.readFileSync(tokenizerFile, 'utf8')) as TokenizerJson;
  const vocab = new Map(Object.entries(json.model.vocab));
  const unk = vocab.get(json.model.unk_token) ?? 100;
  const prefix = json.model.continuing_subword_prefix;
  const maxChars = json.model.max_input_chars_per_word;
  const id = (piece: string): number | undefined => vocab.get(piece);

  function pieces(word: string, start: number, out: Token[]): void {
    const chars = [...word];
    if (chars.length > maxChars) {
      out.push({ id: unk, start, end: start + word.length });
      return;
    }
    const found: Token[] = [];
    let offset = 0; // in chars
    let unit = start; // in UTF-16 units
    while (offset < chars.length) {
      let end = chars.length;
      let match: number | undefined;
      while (end > offset) {
        const piece = (offset > 0 ? prefix : '') + chars.slice(offset, end).join('');
        match = id(piece);
        if (match !== undefined) break;
        end--;
      }
      if (match === undefined) {
        out.push({ id: unk, start, end: start + word.length });
        return;
      }
      const length = chars.slice(offset, end).join('').length;
      found.push({ id: match, start: unit, end: unit + length });
      unit += length;
      offset = end;
    }
    out.push(...found);
  }

  function tokenize(text: string): Token[] {
    const out: Token[] = [];
    let word = '';
    let wordStart = 0;
    const flush = (): void => {
      if (word !== '') pieces(word, wordStart, out);
      word = '';
    };
    let index = 0;
    for (const char of text) {
      const code = char.codePointAt(0) as number;
      const at = index;
      index += char.length;
      if (isDropped(char, code)) continue;
      if (isWhitespace(char)) {
        flush();
        continue;
      }
      if (isCjk(code) || isPunctuation(char, code)) {
        flush();
        pieces(char, at, out);
        continue;
      }
      if (word === '') wordStart = at;
      word += char;
    }
    flush();
    return out;
  }

  return { tokenize, cls: id('[CLS]') ?? 101, sep: id('[SEP]') ?? 102 };
}
