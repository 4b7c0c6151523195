/**
 * Splits a paragraph into sentences at Chinese and Western sentence ends,
 * keeping closing quotes with their sentence. Every sentence is an exact
 * substring of the text it came from, with its offset, so quotes stay verbatim.
 */

export interface Sentence {
  text: string;
  /** Offset in the paragraph's `text`. */
  start: number;
}

const SENTENCE = /(?:[^。！？!?；;：:\n]|[：:](?!第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]是))+(?:[。！？!?；;]+[”’」』）)]*|[：:]|\n|$)/gu;

export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    sentences.push({ text: trimmed, start: offset + (match.index ?? 0) + leading });
  }
  return sentences;
}
