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

/**
 * A bracket's content stays in its sentence, whatever it holds: 伊维卡·奥利奇（，；），克罗地亚足球运动员 is one sentence, and
 * so is （注：含外包人员）.
 */
const SENTENCE = /(?:（[^（）\n]{0,60}）|\([^()\n]{0,60}\)|[^。！？!?；;：:\n]|[：:](?!第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]是))+(?:[。！？!?；;]+[”’」』）)]*|[：:]|\n|$)/gu;

/** Abbreviations a full stop ends without ending the sentence (Dr. Smith, e.g. Kubernetes). */
const ABBREVIATION = String.raw`(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e|Inc|Ltd|Co|No|Nos|Fig|Mt|Gen|Col|Lt|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)`;
/**
 * Where an English sentence ends at a full stop: after a word in lower case, a number or a closing mark, before a
 * space and a capital, a number or an opening mark. Not after an initial or an acronym (J. Smith, U.S. Army), nor a
 * list's number (1. 光学…), nor a decimal point (2.8).
 */
const AFTER_ENGLISH_FULL_STOP = new RegExp(String.raw`(?<=(?<=[a-z]{2}|[0-9%)\]"'”’])(?<!^\s*[0-9]{1,2})\.${ABBREVIATION}(?=\s+["“‘(]?[A-Z0-9]))`, 'u');

export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    let at = match.index ?? 0;
    for (const piece of raw.split(AFTER_ENGLISH_FULL_STOP)) {
      const leading = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed !== '') sentences.push({ text: trimmed, start: offset + at + leading });
      at += piece.length;
    }
  }
  return sentences;
}
