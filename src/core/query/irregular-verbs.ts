/** English irregular verb forms (wink-lexicon's table: rose → rise, found → find, lost → lose). */
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';

/**
 * The base form of an irregular verb form, if the word is one (a base form maps to itself). Looked up as an own
 * key only: a question's "constructor" is no verb form, and must not find Object's.
 */
export function baseOfIrregular(word: string): string | undefined {
  return Object.hasOwn(irregularVerbs, word) ? irregularVerbs[word] : undefined;
}
