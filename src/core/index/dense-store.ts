/**
 * Paragraph vectors in an hnswlib (HNSW, cosine) index and sentence vectors in
 * a flat Float32 file, under the index folder with a manifest saying what they
 * were built from. Loading checks the manifest; any mismatch means rebuild.
 */
import fs from 'node:fs';
import path from 'node:path';
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface Manifest {
  /** Layout of the files in the folder; bump when it changes. */
  format: number;
  model: string;
  dimension: number;
  corpusHash: string;
  paragraphs: number;
  sentences: number;
  builtAt: string;
  buildMs: number;
}

export const INDEX_FORMAT = 2;

export interface DenseStore {
  manifest: Manifest;
  /** ¶ indices (0-based) and cosine similarities, best first. */
  search(query: Float32Array, k: number): { index: number; similarity: number }[];
  sentenceVector(i: number): Float32Array;
}

/** Search breadth: exact on small corpora, bounded on large ones. */
const efFor = (count: number): number => Math.max(64, Math.min(count, 200));

const files = (dir: string) => ({
  manifest: path.join(dir, 'manifest.json'),
  paragraphs: path.join(dir, 'paragraphs.hnsw'),
  sentences: path.join(dir, 'sentences.f32'),
});

function wrap(manifest: Manifest, hnsw: Hnsw, sentences: Float32Array): DenseStore {
  const { dimension } = manifest;
  return {
    manifest,
    search(query, k) {
      const n = Math.min(k, hnsw.getCurrentCount());
      if (n === 0) return [];
      const { neighbors, distances } = hnsw.searchKnn(Array.from(query), n);
      return neighbors.map((index, i) => ({ index, similarity: 1 - (distances[i] ?? 1) }));
    },
    sentenceVector: (i) => sentences.subarray(i * dimension, (i + 1) * dimension),
  };
}

/** The stored index if it matches `expected`; undefined when it must be rebuilt. */
export function readDenseStore(dir: string, expected: Pick<Manifest, 'model' | 'corpusHash' | 'paragraphs' | 'sentences'>): DenseStore | undefined {
  const f = files(dir);
  try {
    const manifest = JSON.parse(fs.readFileSync(f.manifest, 'utf8')) as Manifest;
    const same =
      manifest.format === INDEX_FORMAT &&
      manifest.model === expected.model &&
      manifest.corpusHash === expected.corpusHash &&
      manifest.paragraphs === expected.paragraphs &&
      manifest.sentences === expected.sentences;
    if (!same) return undefined;
    const hnsw = new HierarchicalNSW('cosine', manifest.dimension);
    hnsw.readIndexSync(f.paragraphs);
    hnsw.setEf(efFor(manifest.paragraphs));
    const bytes = fs.readFileSync(f.sentences);
    const sentences = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    if (sentences.length !== manifest.sentences * manifest.dimension || hnsw.getCurrentCount() !== manifest.paragraphs) return undefined;
    return wrap(manifest, hnsw, sentences);
  } catch {
    return undefined; // missing or unreadable: rebuild
  }
}

/** Writes a new store; the manifest goes last, so a crash mid-write leaves no valid-looking index. */
export function writeDenseStore(dir: string, manifest: Manifest, paragraphVectors: readonly Float32Array[], sentenceVectors: readonly Float32Array[]): DenseStore {
  fs.mkdirSync(dir, { recursive: true });
  const f = files(dir);
  fs.rmSync(f.manifest, { force: true });
  const hnsw = new HierarchicalNSW('cosine', manifest.dimension);
  hnsw.initIndex({ maxElements: Math.max(1, paragraphVectors.length), m: 16, efConstruction: 200, randomSeed: 42 });
  paragraphVectors.forEach((vector, i) => hnsw.addPoint(Array.from(vector), i));
  hnsw.setEf(efFor(paragraphVectors.length));
  hnsw.writeIndexSync(f.paragraphs);
  const flat = new Float32Array(sentenceVectors.length * manifest.dimension);
  sentenceVectors.forEach((vector, i) => flat.set(vector, i * manifest.dimension));
  fs.writeFileSync(f.sentences, Buffer.from(flat.buffer, flat.byteOffset, flat.byteLength));
  const tmp = `${f.manifest}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  fs.renameSync(tmp, f.manifest);
  return wrap(manifest, hnsw, flat);
}
