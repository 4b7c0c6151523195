/**
 * A synthetic corpus for `bench --scale N`: N paragraphs recombined from the
 * report's own sentences (seeded, so runs are comparable), each made unique by
 * a numbered lead-in, written as one document of blank-line-separated paragraphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../core/corpus/sentences.js';
import { type Paragraph } from '../core/reply.js';

/** mulberry32: a tiny seeded generator, enough to shuffle reproducibly. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticCorpus(paragraphs: readonly Paragraph[], count: number, dataDir: string): void {
  const sentences = paragraphs.flatMap((p) => splitSentences(p.body).map((s) => s.text)).filter((s) => /[。！？]$/.test(s));
  const next = random(42);
  const pick = (): string => sentences[Math.floor(next() * sentences.length)] as string;
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`第${i + 1}条资料显示，${pick()}${pick()}`);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'synthetic.txt'), `${out.join('\n\n')}\n`);
}
