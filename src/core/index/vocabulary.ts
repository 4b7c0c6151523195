/**
 * Does a word occur in the report at all? Answerability asks this of every
 * content word of a question. Index terms answer most words at once; other Han
 * words are checked as substrings of the report (after a bigram filter that
 * rejects most absent words without scanning the text).
 */
import { type Bm25Index } from './bm25.js';
import { BIGRAM } from './segmenter.js';
import { normaliseForMatch } from '../text/normalise.js';

export interface Vocabulary {
  occurs(word: string): boolean;
  /** Whether the report writes this phrase, ignoring case, spaces and punctuation (肖恩·保罗 = 肖恩保罗, FIPS 代码 = fips代码). */
  writes(phrase: string): boolean;
  /**
   * Whether a one-character word is written as a word or as the end of one: 数据表 is a kind of 表 (Chinese
   * compounds end with their head), 表示 is no 表. `occurs` is looser: any word holding the character.
   */
  heads(character: string): boolean;
  /**
   * Whether the documents write a name this word may shorten: its characters in order, the first and the last
   * among them, with one to six left out between each two, within one clause (工信部 in 工业和信息化部). With
   * `insertions`, none may be left out too: the documents write the name with words put in (赛斯纳飞机公司 for 赛斯纳公司).
   */
  spellsOut(word: string, options?: { insertions?: boolean }): boolean;
  /**
   * Whether the documents write a shortening of this name: its first and last characters with one or two of the
   * others, in order, between them (中科院 for 中国科学院).
   */
  writesShortening(name: string): boolean;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
/** How many characters a shortened name may leave out between two it keeps (工|业和|信|息化|部). */
const MAX_SPELLED_OUT = 6;
const HAN_PAIR = /^\p{Script=Han}{2}$/u;

/** A text to match literally inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Are `some` characters found in `all`, in order? */
function isInOrder(some: readonly string[], all: readonly string[]): boolean {
  let at = 0;
  for (const character of some) {
    at = all.indexOf(character, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Letters and digits only, in matching form. */
export function compact(text: string): string {
  return normaliseForMatch(text).replace(NOT_LETTER_OR_DIGIT, '');
}

export function createVocabulary(bm25: Bm25Index, texts: () => readonly string[]): Vocabulary {
  // The whole text in matching form is needed only for words the index cannot settle: made on first use.
  let text: string | undefined;
  const normalised = (): string => (text ??= normaliseForMatch(texts().join('\n')));
  const corpus = { includes: (word: string): boolean => normalised().includes(word) };
  // The same text with letters and digits only, made from the normalised one.
  let compacted: string | undefined;
  let wordEnds: Set<string> | undefined;
  const lastCharacters = (): Set<string> =>
    (wordEnds ??= new Set(bm25.terms().filter((t) => !t.startsWith(BIGRAM) && t.length > 1 && /\p{Script=Han}$/u.test(t)).map((t) => t.slice(-1))));
  return {
    writes(phrase) {
      const wanted = compact(phrase);
      return wanted !== '' && (compacted ??= normalised().replace(NOT_LETTER_OR_DIGIT, '')).includes(wanted);
    },
    spellsOut(word, options = {}) {
      const characters = [...normaliseForMatch(word)];
      if (characters.length < 2) return false;
      // A shortened name keeps one character of each part it shortens: 教育部 is no shortening of 教育动员部署.
      const gap = String.raw`[^\s，。；、,.;]{${options.insertions === true ? 0 : 1},${MAX_SPELLED_OUT}}?`;
      return new RegExp(characters.map(escapeRegExp).join(gap), 'u').test(normalised());
    },
    writesShortening(name) {
      const characters = [...normaliseForMatch(name)];
      if (characters.length < 3) return false;
      const [first, last, inner] = [characters[0]!, characters.at(-1)!, characters.slice(1, -1)];
      const candidates = normalised().match(new RegExp(`${escapeRegExp(first)}[^\\s，。；、,.;]{1,2}${escapeRegExp(last)}`, 'gu')) ?? [];
      return candidates.some((written) => isInOrder([...written].slice(1, -1), inner));
    },
    heads(character) {
      return bm25.documentFrequency(character) > 0 || lastCharacters().has(character);
    },
    occurs(word) {
      if (bm25.documentFrequency(word) > 0) return true;
      if (!/\p{Script=Han}/u.test(word)) return corpus.includes(word);
      if (word.length === 1) return bm25.documentFrequency(BIGRAM + word) > 0;
      // Only pairs of Han characters are indexed as bigrams: 11月 is filtered by none and looked for whole.
      for (let i = 0; i + 1 < word.length; i++) {
        const pair = word.slice(i, i + 2);
        if (HAN_PAIR.test(pair) && bm25.documentFrequency(BIGRAM + pair) === 0) return false;
      }
      return corpus.includes(word);
    },
  };
}
