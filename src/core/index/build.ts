/**
 * Opens the indexes for a corpus: loads them from the index folder when the
 * manifest matches (no re-embedding), builds and stores them otherwise, with a
 * progress bar on a terminal. The lexical index and the sentence table are
 * stored beside the dense index (lexical-store.ts); passage vectors are
 * cached by content (embedding-cache.ts), so only new passages are embedded.
 */
import cliProgress from 'cli-progress';
import { type Logger } from '../../logger.js';
import { type Corpus } from '../corpus/load.js';
import { buildPassages, denseLead, type Passages, searchableText } from '../passages.js';
import { Bm25Index } from './bm25.js';
import { readLexical, writeLexical } from './lexical-store.js';
import { type DenseStore, INDEX_FORMAT, readDenseStore, writeDenseStore } from './dense-store.js';
import { type Embedder } from './embedder.js';
import { openEmbeddingCache } from './embedding-cache.js';
import { indexTerms, terms } from './segmenter.js';
import { type BridgeData, buildBridge, readBridge, writeBridge } from '../query/bridge.js';
import { nameCandidates } from '../query/names.js';

export function buildLexical(corpus: Corpus): Bm25Index {
  const bm25 = new Bm25Index();
  bm25.addAll(corpus.paragraphs.map((p, i) => ({ id: i, terms: indexTerms(searchableText(p, corpus.searchExtras[i] ?? '')) })));
  return bm25;
}

/** The paragraph index and the sentence table for a corpus: read from the index folder, or built and stored there. */
export function openLexical(indexDir: string, corpus: Corpus, logger: Logger): { bm25: Bm25Index; passages: Passages; rebuilt: boolean } {
  const stored = readLexical(indexDir, corpus);
  if (stored) return { ...stored, rebuilt: false };
  const started = performance.now();
  const bm25 = buildLexical(corpus);
  const passages = buildPassages(corpus.paragraphs);
  writeLexical(indexDir, corpus, bm25, passages);
  logger.info({ paragraphs: corpus.paragraphs.length, sentences: passages.sentences.length, ms: Math.round(performance.now() - started) }, 'lexical index built');
  return { bm25, passages, rebuilt: true };
}

export async function openBridge(indexDir: string, corpus: Corpus, bm25: Bm25Index, logger: Logger): Promise<BridgeData> {
  const stored = readBridge(indexDir, corpus.hash);
  if (stored) return stored;
  const vocabulary = new Set<string>();
  // The words the lexical index was built from (searchableText), so search text such as a caption's photo words is bridged too.
  corpus.paragraphs.forEach((p, i) => {
    for (const t of terms(searchableText(p, corpus.searchExtras[i] ?? ''))) if (!t.startsWith('#') && bm25.documentFrequency(t) > 0) vocabulary.add(t);
  });
  const started = performance.now();
  const texts = corpus.paragraphs.map((p, i) => `${p.headline}\n${p.text}\n${corpus.searchExtras[i] ?? ''}`);
  const bridge = await buildBridge({ corpusHash: corpus.hash, vocabulary: [...vocabulary], texts, names: nameCandidates(corpus.paragraphs) });
  writeBridge(indexDir, bridge);
  logger.info({ phrases: Object.keys(bridge.phrases).length, ms: Math.round(performance.now() - started) }, 'built the English→Chinese bridge');
  return bridge;
}

function progressBar(label: string, total: number): { update(done: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {eta_formatted}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Passages embedded between two writes to the embedding cache. */
const CACHE_CHUNK = 1024;

export interface DenseOpen {
  store: DenseStore;
  rebuilt: boolean;
  /** Passages the model embedded for this open (0 when the index or the cache had them all). */
  embedded: number;
}

/**
 * The dense index for a corpus: read from the index folder when its manifest
 * matches; otherwise built from the embedding cache, embedding only the
 * passages the cache does not hold.
 */
export async function openDense(indexDir: string, corpus: Corpus, passages: Passages, embedder: Embedder, logger: Logger): Promise<DenseOpen> {
  const expected = { model: embedder.model, corpusHash: corpus.hash, paragraphs: corpus.paragraphs.length, sentences: passages.sentences.length };
  const stored = readDenseStore(indexDir, expected);
  if (stored) return { store: stored, rebuilt: false, embedded: 0 };

  const started = performance.now();
  const leads = corpus.paragraphs.map(denseLead);
  const texts = [...corpus.paragraphs.map((p, i) => leads[i] + p.text), ...passages.sentences.map((s) => (leads[s.paragraph] ?? '') + s.text)];
  const cache = openEmbeddingCache(indexDir, embedder.model, embedder.dimension);
  const vectors: (Float32Array | undefined)[] = texts.map((text) => cache.get(text));
  const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
  logger.info({ passages: texts.length, toEmbed: missing.length, model: embedder.model }, 'building the dense index (corpus or model changed)');
  const bar = progressBar('Embedding', missing.length);
  const byText = new Map<string, Float32Array>();
  // In chunks, each stored at once: a build that is stopped half way resumes where it was.
  for (let start = 0; start < missing.length; start += CACHE_CHUNK) {
    const chunk = missing.slice(start, start + CACHE_CHUNK);
    const fresh = await embedder.embedPassages(chunk, (done) => bar.update(start + done));
    cache.add(chunk.map((text, i) => ({ text, vector: fresh[i] as Float32Array })));
    chunk.forEach((text, i) => byText.set(text, fresh[i] as Float32Array));
  }
  bar.stop();
  const all = texts.map((text, i) => vectors[i] ?? (byText.get(text) as Float32Array));
  cache.compact(texts);
  const buildMs = Math.round(performance.now() - started);
  const store = writeDenseStore(
    indexDir,
    { format: INDEX_FORMAT, ...expected, dimension: embedder.dimension, builtAt: new Date().toISOString(), buildMs },
    all.slice(0, corpus.paragraphs.length),
    all.slice(corpus.paragraphs.length),
  );
  logger.info({ ms: buildMs, embedded: missing.length, perSecond: Math.round((missing.length / Math.max(1, buildMs)) * 1000) }, 'dense index built');
  return { store, rebuilt: true, embedded: missing.length };
}
