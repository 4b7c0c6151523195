/**
 * Opens the indexes for a corpus: loads them from the index folder when the
 * manifest matches (no re-embedding), builds and stores them otherwise, with a
 * progress bar on a terminal. The lexical index is rebuilt in memory each
 * start (jieba over the corpus takes milliseconds).
 */
import cliProgress from 'cli-progress';
import { type Logger } from '../../logger.js';
import { type Corpus } from '../corpus/load.js';
import { type Passages, searchableText } from '../passages.js';
import { Bm25Index } from './bm25.js';
import { type DenseStore, INDEX_FORMAT, readDenseStore, writeDenseStore } from './dense-store.js';
import { type Embedder } from './embedder.js';
import { indexTerms, terms } from './segmenter.js';
import { type BridgeData, buildBridgeInWorker, readBridge, writeBridge } from '../query/bridge.js';
import { nameCandidates } from '../query/names.js';

export function buildLexical(corpus: Corpus): Bm25Index {
  const bm25 = new Bm25Index();
  bm25.addAll(corpus.paragraphs.map((p, i) => ({ id: i, terms: indexTerms(searchableText(p, corpus.searchExtras[i] ?? '')) })));
  return bm25;
}

export async function openBridge(indexDir: string, corpus: Corpus, bm25: Bm25Index, logger: Logger): Promise<BridgeData> {
  const stored = readBridge(indexDir, corpus.hash);
  if (stored) return stored;
  const vocabulary = new Set<string>();
  for (const p of corpus.paragraphs) for (const t of terms(p.text + p.headline)) if (!t.startsWith('#') && bm25.documentFrequency(t) > 0) vocabulary.add(t);
  const started = performance.now();
  const texts = corpus.paragraphs.map((p, i) => `${p.headline}\n${p.text}\n${corpus.searchExtras[i] ?? ''}`);
  const bridge = await buildBridgeInWorker({ corpusHash: corpus.hash, vocabulary: [...vocabulary], texts, names: nameCandidates(corpus.paragraphs) });
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

export interface DenseOpen {
  store: DenseStore;
  rebuilt: boolean;
}

export async function openDense(indexDir: string, corpus: Corpus, passages: Passages, embedder: Embedder, logger: Logger): Promise<DenseOpen> {
  const expected = { model: embedder.model, corpusHash: corpus.hash, paragraphs: corpus.paragraphs.length, sentences: passages.sentences.length };
  const stored = readDenseStore(indexDir, expected);
  if (stored) return { store: stored, rebuilt: false };

  const started = performance.now();
  const texts = [...corpus.paragraphs.map((p) => p.text), ...passages.sentences.map((s) => s.text)];
  logger.info({ passages: texts.length, model: embedder.model }, 'building the dense index (corpus or model changed)');
  const bar = progressBar('Embedding', texts.length);
  const vectors = await embedder.embedPassages(texts, (done) => bar.update(done));
  bar.stop();
  const buildMs = Math.round(performance.now() - started);
  const store = writeDenseStore(
    indexDir,
    { format: INDEX_FORMAT, ...expected, dimension: embedder.dimension, builtAt: new Date().toISOString(), buildMs },
    vectors.slice(0, corpus.paragraphs.length),
    vectors.slice(corpus.paragraphs.length),
  );
  logger.info({ ms: buildMs, perSecond: Math.round((texts.length / buildMs) * 1000) }, 'dense index built');
  return { store, rebuilt: true };
}
