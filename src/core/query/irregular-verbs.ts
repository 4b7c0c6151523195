/** English irregular verb forms (wink-lexicon's table: rose → rise, found → find, lost → lose). */
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';

/**
 * The base form of an irregular verb form, if the word is one (a base form maps to itself). Looked up as an own
 * key only: a question's "constructor" is no verb form, and must not find Object's.
 */
export function baseOfIrregular(word: string): string | undefined {
  return Object.hasOwn(irregularVerbs, word) ? irregularVerbs[word] : undefined;
}

/** A past form: regular (injured, migrated) or an irregular verb's other form (lost → lose, found → find). */
export function isParticipleForm(word: string): boolean {
  const base = baseOfIrregular(word);
  return /(?:ed|en)$/.test(word) || (base !== undefined && base !== word);
}
