/**
 * How much information a word carries: its idf in general Chinese, from
 * jieba's idf table (红烧肉 10.8 ≫ 做 4.0). A rare word missing from the report
 * says more about a question than a common one.
 *
 * The full table (270,000 words) costs ~35 MB resident, so the index build
 * keeps only the common words (idf below COMMON_BELOW, ~30,000 entries) in
 * data/index/idf.json; any other word counts as rare (RARE_IDF).
 */
import fs from 'node:fs';
import path from 'node:path';

const COMMON_BELOW = 9.5;
/** Roughly the median idf of jieba's table: what an unlisted (rare) word is worth. */
export const RARE_IDF = 11;

export type Information = (word: string) => number;

const file = (dir: string): string => path.join(dir, 'idf.json');

async function buildCommonIdf(): Promise<Record<string, number>> {
  const { idf } = await import('@node-rs/jieba/dict.js');
  const common: Record<string, number> = {};
  for (const line of new TextDecoder().decode(idf).split('\n')) {
    const [word, value] = line.trim().split(/\s+/);
    const number = Number(value);
    if (word && Number.isFinite(number) && number < COMMON_BELOW) common[word] = Math.round(number * 100) / 100;
  }
  return common;
}

/** Loads the common-word table from the index folder, building it there first if needed. */
export async function openInformation(indexDir: string): Promise<Information> {
  let table: Record<string, number>;
  try {
    table = JSON.parse(fs.readFileSync(file(indexDir), 'utf8')) as Record<string, number>;
  } catch {
    table = await buildCommonIdf();
    fs.mkdirSync(indexDir, { recursive: true });
    fs.writeFileSync(`${file(indexDir)}.tmp`, JSON.stringify(table));
    fs.renameSync(`${file(indexDir)}.tmp`, file(indexDir));
  }
  const weights = new Map(Object.entries(table));
  return (word) => weights.get(word) ?? RARE_IDF;
}
