/**
 * English words the bridge reaches no word of the documents for, reached through a word of nearly the same meaning.
 * The dictionaries translate an English word into the Chinese most often used for it (request → 请求, 要求, 申请书;
 * delay → 延迟, 耽搁), while a report writes its own near synonym (申请, 推迟): "How many virtual machines were
 * requested?" found no 请求 and was declined. A document word stands for the English word when it shares a character
 * with one of the translations (Chinese near synonyms usually share a morpheme: 延迟, 推迟) and the embedding model
 * puts the two close, and the dictionary says they mean alike (one holds the other, 申请书 and 申请, or their glosses
 * share a word, 延迟 and 推迟 "to postpone"). All three tests together: sharing a character alone joins 时间 to
 * 延时, closeness alone joins 价格 to 费用 (and leaves 支出 further away), and both together join 缺席 (absent) to
 * 缺陷 (a defect).
 */

import { type AnalysedQuery } from './analyse.js';

/**
 * The English words of a question near synonyms are looked for: dictionary words (no acronym, no name) that reach no
 * Chinese word and that the documents do not write as they are (`occurs`).
 */
export function unreachedEnglishWords(query: AnalysedQuery, occurs: (form: string) => boolean): string[] {
  return query.words
    .filter((w) => w.tag === 'eng' && w.acronym !== true && /^[a-z]{3,}$/.test(w.word) && !w.forms.some((f) => /\p{Script=Han}/u.test(f) || occurs(f)))
    .map((w) => w.word);
}

/** What near synonyms are looked for with. */
export interface NearSynonymInputs {
  /** The dictionary's Chinese translations of an English word (any of its forms). */
  translations: (word: string) => Promise<readonly string[]>;
  /** The documents' words the dictionaries know (Han words of two characters or more are compared; names are none). */
  words: () => readonly string[];
  /** Unit vectors of short texts, in order. */
  embed: (texts: readonly string[]) => Promise<Float32Array[]>;
  /** Stems of the English words the dictionary glosses a Chinese word with ([] when it has none). */
  meanings: (word: string) => Promise<readonly string[]>;
  /** An English word's stem, as `meanings` writes them. */
  stem: (word: string) => string;
}

export interface NearSynonymOptions {
  /** Least cosine between a translation and a document word. */
  threshold: number;
  /** Most document words compared per English word (those sharing the most characters first). */
  maxCandidates: number;
  /** Most document words an English word reaches. */
  maxSynonyms: number;
}

export const NEAR_SYNONYM_OPTIONS: NearSynonymOptions = { threshold: 0.8, maxCandidates: 48, maxSynonyms: 3 };

/** English word → document words of nearly the same meaning; words with none are left out. */
export type NearSynonyms = (englishWords: readonly string[]) => Promise<Record<string, string[]>>;

/** Translations of two to six Han characters; a one-character one (率 for lead) shares its character with too much. */
const TRANSLATION = /^\p{Script=Han}{2,6}$/u;
/** Most translations compared per English word: the dictionary lists the usual senses first. */
const MAX_TRANSLATIONS = 12;
/** Most vectors (about 20 MB), and most words' meanings, kept: questions made of random English words must not grow the caches without end. */
const MAX_CACHED_VECTORS = 10_000;

export function createNearSynonyms(inputs: NearSynonymInputs, options: NearSynonymOptions = NEAR_SYNONYM_OPTIONS): NearSynonyms {
  // Document words by character, made on first use; vectors kept for the snapshot's life (words recur across questions).
  let byCharacter: Map<string, string[]> | undefined;
  const vectors = new Map<string, Float32Array>();
  // Gloss stems by word: a word is compared with every close translation, and each question's words recur.
  const meanings = new Map<string, Promise<readonly string[]>>();
  const meaningsOf = (word: string): Promise<readonly string[]> => {
    let found = meanings.get(word);
    if (found) return found;
    if (meanings.size >= MAX_CACHED_VECTORS) meanings.clear();
    found = inputs.meanings(word);
    // A failure (the dictionary unreadable) is not kept: the next question tries again.
    found.catch(() => meanings.delete(word));
    meanings.set(word, found);
    return found;
  };
  const index = (): Map<string, string[]> => {
    if (byCharacter) return byCharacter;
    byCharacter = new Map();
    for (const word of inputs.words()) {
      if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
      for (const character of new Set(word)) {
        const list = byCharacter.get(character);
        if (list) list.push(word);
        else byCharacter.set(character, [word]);
      }
    }
    return byCharacter;
  };
  const vectorsOf = async (texts: readonly string[]): Promise<void> => {
    const wanted = [...new Set(texts)];
    let missing = wanted.filter((t) => !vectors.has(t));
    if (missing.length === 0) return;
    if (vectors.size + missing.length > MAX_CACHED_VECTORS) {
      vectors.clear();
      missing = wanted;
    }
    const embedded = await inputs.embed(missing);
    missing.forEach((text, i) => vectors.set(text, embedded[i] as Float32Array));
  };
  return async (englishWords) => {
    const asked = await Promise.all(
      [...new Set(englishWords)].map(async (english) => {
        const translations = (await inputs.translations(english)).filter((t) => TRANSLATION.test(t)).slice(0, MAX_TRANSLATIONS);
        return { english, translations, candidates: candidatesFor(translations, index(), options.maxCandidates) };
      }),
    );
    await vectorsOf(asked.flatMap((a) => (a.candidates.length > 0 ? [...a.translations, ...a.candidates] : [])));
    const out: Record<string, string[]> = {};
    for (const { english, translations, candidates } of asked) {
      const close = candidates
        .flatMap((word) => translations.map((translation) => ({ word, translation, similarity: cosine(vectors.get(translation), vectors.get(word)) })))
        .filter((c) => c.similarity >= options.threshold);
      const agreeing = await Promise.all(close.map((c) => meanAlike(c.word, c.translation, english)));
      const best = new Map<string, number>();
      close.forEach((c, i) => {
        if (agreeing[i] === true && c.similarity > (best.get(c.word) ?? 0)) best.set(c.word, c.similarity);
      });
      const words = [...best]
        .sort((a, b) => b[1] - a[1])
        .slice(0, options.maxSynonyms)
        .map(([word]) => word);
      if (words.length > 0) out[english] = words;
    }
    return out;
  };

  /**
   * Does the dictionary let a document word stand for a translation: one holds the other (申请书, 申请), but not
   * with only a negation added (不参加, 参加), their glosses share a word (延迟, 推迟: postpone), one gloss word opens
   * another (春天 spring, 春季 springtime), the document word's own gloss names the English word, or the dictionary
   * glosses only one of them and so cannot tell (a brand named after an engine, for engine → 引擎). Only glosses that
   * differ throughout say no (缺席 absent, 缺陷 defect).
   */
  async function meanAlike(word: string, translation: string, english: string): Promise<boolean> {
    if (word.includes(translation) || translation.includes(word)) return !negates(word, translation);
    const [ours, theirs] = await Promise.all([meaningsOf(word), meaningsOf(translation)]);
    if (ours.length === 0 || theirs.length === 0 || ours.includes(inputs.stem(english))) return true;
    return ours.some((a) => theirs.some((b) => a === b || opens(a, b) || opens(b, a)));
  }
}

/** One character that negates the word it opens (不参加 is "absent", 未完成 "unfinished"). */
const NEGATION = /^[不未无非没]$/u;

/** Does one word hold the other with only a negation before it (不参加 and 参加)? Then they mean the opposite. */
function negates(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.length === shorter.length + 1 && longer.endsWith(shorter) && NEGATION.test(longer.charAt(0));
}

/** The least length of a gloss word that may open a longer one (spring → springtime, not art → article). */
const LEAST_OPENING = 5;

/** Does one gloss stem open another (spring, springtim)? */
function opens(shorter: string, longer: string): boolean {
  return shorter.length >= LEAST_OPENING && longer.length > shorter.length && longer.startsWith(shorter);
}

/** Document words sharing a character with a translation, those sharing most first. */
function candidatesFor(translations: readonly string[], byCharacter: ReadonlyMap<string, readonly string[]>, most: number): string[] {
  const shared = new Map<string, number>();
  for (const character of new Set(translations.join(''))) {
    for (const word of byCharacter.get(character) ?? []) shared.set(word, (shared.get(word) ?? 0) + 1);
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, most)
    .map(([word]) => word);
}

/** Cosine of two unit vectors (0 when either is absent). */
function cosine(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (!a || !b) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
