/**
 * Word segmentation for the lexical index and for reading questions.
 * jieba (@node-rs/jieba: prebuilt, no install step) in search mode gives words
 * and their sub-words (数据库 → 数据, 数据库); Han character bigrams
 * catch uncommon names that jieba cuts in odd places; Latin words are
 * lower-cased and numbers kept whole and without their unit.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { normaliseForMatch } from '../text/normalise.js';
import { isStopword } from './stopwords.js';

let jieba: Jieba | undefined;

/** jieba's dictionary loads on first use (~200 ms). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const known = new Set<string>();

/**
 * Teaches jieba the documents' own names (speakers, bylines) so questions cut them as the documents
 * mean them: without it 王卯青说了什么 is cut 王卯|青说 and 晓文写 stays one unknown word, and neither is
 * found in the documents. Words are only ever added (jieba cannot forget one), each once.
 */
export function addNames(names: readonly string[]): void {
  const fresh = [...new Set(names)].filter((n) => /^\p{Script=Han}{2,4}$/u.test(n) && !known.has(n));
  if (fresh.length === 0) return;
  for (const n of fresh) known.add(n);
  segmenter().loadDict(Buffer.from(fresh.map((n) => `${n} ${NAME_FREQUENCY} nr`).join('\n'), 'utf8'));
}

/** A name's weight in jieba's dictionary: enough to win over the pieces an unknown name falls into. */
const NAME_FREQUENCY = 20000;

/** Prefix that keeps bigram terms apart from words of the same letters. */
export const BIGRAM = '#';

const HAN_RUN = /\p{Script=Han}{2,}/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

export interface Tagged {
  word: string;
  tag: string;
}

/**
 * A pair jieba's guessing glued across a word's end and the verb after it (来客数是多少 → 来客|数是, tagged x as no
 * word it knows): the head of the word before, then 是, 有 or 为.
 */
const GLUED_VERB = /^(\p{Script=Han})([是有为])$/u;

/** Words with jieba's part-of-speech tags (nr person, ns place, nt organisation, eng, m numeral…). */
export function tag(text: string): Tagged[] {
  return segmenter()
    .tag(normaliseForMatch(text), true)
    .map((t) => ({ word: t.word.trim(), tag: t.tag }))
    .filter((t) => WORDLIKE.test(t.word))
    .flatMap((t) => {
      const glued = t.tag === 'x' ? GLUED_VERB.exec(t.word) : null;
      return glued ? [{ word: glued[1] as string, tag: 'n' }, { word: glued[2] as string, tag: 'v' }] : [t];
    });
}

/**
 * The dictionary words a word is made of, when it is more than one: the cut without jieba's guessing of new words,
 * or a compound's search-mode parts when they make it up (数据中心 → 数据|中心), or its longest opening part and a
 * one-character head (错误率 → 错误|率). [] for a word of one piece.
 */
export function piecesOf(word: string): string[] {
  const cut = segmenter().cut(word, false);
  if (cut.length > 1) return cut;
  const parts = segmenter().cutForSearch(word, false).filter((p) => p !== word);
  if (parts.join('') === word) return parts;
  // A compound of a word and a one-character head (错误|率): its longest part that opens it, and the rest.
  const opening = parts.filter((p) => word.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  return opening !== undefined && word.length - opening.length === 1 ? [opening, word.slice(opening.length)] : [];
}

/** Content words of a text: jieba search-mode words without stopwords, numbers also without units. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of segmenter().cutForSearch(normaliseForMatch(text), true)) {
    const word = raw.trim();
    if (!WORDLIKE.test(word) || isStopword(word)) continue;
    // The same glued pair tag() cuts back (续约率为 → 续约|率为): its head is the word the question asks by.
    const glued = GLUED_VERB.exec(word);
    if (glued && segmenter().cut(word, false).length === 2) {
      out.push(glued[1] as string);
      continue;
    }
    out.push(word);
    const number = /^(\d+(?:\.\d+)?)[%％]$/.exec(word);
    if (number?.[1]) out.push(number[1]);
  }
  return out;
}

/** Han character bigrams of a text (prefixed with BIGRAM). */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of normaliseForMatch(text).match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(BIGRAM + run.slice(i, i + 2));
  }
  return out;
}

/** Distinct Han characters (prefixed with BIGRAM): lets the index tell whether a one-character word occurs at all. */
export function characters(text: string): string[] {
  return [...new Set(normaliseForMatch(text).match(/\p{Script=Han}/gu) ?? [])].map((c) => BIGRAM + c);
}

/** Every term the lexical index stores for a text. */
export function terms(text: string): string[] {
  return [...words(text), ...bigrams(text)];
}

/** Terms of a paragraph in the index: its words, bigrams and (once each) its characters. */
export function indexTerms(text: string): string[] {
  return [...terms(text), ...characters(text)];
}
