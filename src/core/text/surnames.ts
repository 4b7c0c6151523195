/**
 * Chinese surnames (the `chinese-surnames` package: the Hundred Family Surnames and more, 1,062 in all). jieba tags a
 * name it does not know as an unknown word, as it tags new words (带货, 新入 of 新入职): a name opens with a surname.
 */
import { createRequire } from 'node:module';

const SURNAMES: ReadonlySet<string> = new Set(createRequire(import.meta.url)('chinese-surnames/index.json') as string[]);

/** Does a word open with a Chinese surname (two-character ones too: 欧阳, 司马)? */
export function opensWithSurname(word: string): boolean {
  return SURNAMES.has(word.slice(0, 2)) || SURNAMES.has(word.slice(0, 1));
}
