/**
 * A snapshot: everything answering needs for one state of the data folder —
 * corpus, passages, lexical index, vocabulary, bridge, dense index, key points.
 * Snapshots are immutable; the core swaps a whole new one in when the
 * documents change, so a question started on the old one finishes on it.
 */
import { type CoreConfig } from '../config.js';
import { type Logger } from '../logger.js';
import { type DocumentInfo } from './core.js';
import { type Corpus, loadCorpus } from './corpus/load.js';
import { type Bm25Index } from './index/bm25.js';
import { openBridge, openDense, openLexical } from './index/build.js';
import { addNames } from './index/segmenter.js';
import { type DenseStore } from './index/dense-store.js';
import { type Embedder } from './index/embedder.js';
import { createVocabulary, type Vocabulary } from './index/vocabulary.js';
import { createKeyPoints } from './keypoints.js';
import { type Passages } from './passages.js';
import { type BridgeData, dictionaryWordsOf, englishStem, meaningsOf, translationsOf } from './query/bridge.js';
import { createNearSynonyms, type NearSynonyms } from './query/near-synonyms.js';
import { labelledNames } from './query/names.js';
import { bylinesOf } from './authorship.js';
import { type QuotedSentence } from './reply.js';

export interface Snapshot {
  readonly corpus: Corpus;
  readonly passages: Passages;
  readonly bm25: Bm25Index;
  readonly vocabulary: Vocabulary;
  readonly bridge: BridgeData;
  /** English words the bridge reaches nothing for → document words of nearly their meaning (needs the embedding model). */
  readonly nearSynonyms: NearSynonyms | undefined;
  readonly dense: DenseStore | undefined;
  /** The bylines the documents print (what someone wrote is asked by them). */
  readonly bylines: ReadonlySet<string>;
  readonly keyPoints: (options: { day: number; count: number; documents?: readonly string[] }) => QuotedSentence[];
  /** Whether building it re-wrote the dense or the lexical index on disk (false: both were read). */
  readonly rebuilt: boolean;
  /** Passages the model embedded for it (the rest came from the index or the embedding cache). */
  readonly embedded: number;
  readonly builtAt: Date;
  readonly buildMs: number;
}

export interface SnapshotInputs {
  config: Pick<CoreConfig, 'dataDir' | 'indexDir'>;
  embedder: Embedder | undefined;
  logger: Logger;
}

/** Builds a snapshot from a loaded corpus, reading whatever the index folder already holds for it. */
export async function buildSnapshotFrom(corpus: Corpus, { config, embedder, logger }: SnapshotInputs): Promise<Snapshot> {
  const started = performance.now();
  addNames(labelledNames(corpus.paragraphs));
  const lexical = openLexical(config.indexDir, corpus, logger);
  const { bm25, passages } = lexical;
  const vocabulary = createVocabulary(bm25, () => corpus.paragraphs.map((p, i) => `${p.text}\n${p.headline}\n${corpus.searchExtras[i] ?? ''}`));
  const bridgePromise = openBridge(config.indexDir, corpus, bm25, logger);
  const opened = embedder ? await openDense(config.indexDir, corpus, passages, embedder, logger) : undefined;
  const bridge = await bridgePromise;
  const dense = opened?.store;
  return {
    corpus,
    passages,
    bm25,
    vocabulary,
    bridge,
    nearSynonyms: embedder
      ? createNearSynonyms({ translations: translationsOf, words: () => dictionaryWordsOf(bridge), embed: (texts) => embedder.embedPassages(texts), meanings: meaningsOf, stem: englishStem })
      : undefined,
    dense,
    bylines: bylinesOf(passages),
    keyPoints: createKeyPoints(passages, dense),
    rebuilt: lexical.rebuilt || (opened?.rebuilt ?? false),
    embedded: opened?.embedded ?? 0,
    builtAt: new Date(),
    buildMs: Math.round(performance.now() - started),
  };
}

/** Loads the data folder through the one corpus loader, then builds the snapshot. */
export async function buildSnapshot(inputs: SnapshotInputs): Promise<Snapshot> {
  return buildSnapshotFrom(await loadCorpus(inputs.config.dataDir, { exclude: [inputs.config.indexDir] }), inputs);
}

/** What changed between two document lists, by name and content hash. */
export function documentChanges(before: readonly DocumentInfo[], after: readonly DocumentInfo[]): { added: string[]; changed: string[]; removed: string[] } {
  const old = new Map(before.map((d) => [d.name, d.hash]));
  const now = new Map(after.map((d) => [d.name, d.hash]));
  return {
    added: after.filter((d) => !old.has(d.name)).map((d) => d.name),
    changed: after.filter((d) => old.has(d.name) && old.get(d.name) !== d.hash).map((d) => d.name),
    removed: before.filter((d) => !now.has(d.name)).map((d) => d.name),
  };
}
