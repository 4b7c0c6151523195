/**
 * createCore: load the documents, the model and the indexes once, then answer
 * questions. The model is optional at run time: if it cannot be loaded the
 * core says why in one log line and serves lexical-only answers.
 */
import { type CoreConfig } from '../config.js';
import { type Logger, silentLogger } from '../logger.js';
import { compose } from './answer.js';
import { DEFAULT_THRESHOLDS, judge, type Thresholds } from './answerability.js';
import { type CoreStatus, type ReportCore } from './core.js';
import { loadCorpus } from './corpus/load.js';
import { buildLexical, openBridge, openDense } from './index/build.js';
import { type DenseStore } from './index/dense-store.js';
import { type Embedder, loadEmbedder } from './index/embedder.js';
import { createVocabulary } from './index/vocabulary.js';
import { createKeyPoints } from './keypoints.js';
import { buildPassages } from './passages.js';
import { analyseQuestion, type AnalysedQuery } from './query/analyse.js';
import { openInformation } from './query/information.js';
import { detectLanguage } from './query/language.js';
import { type Reply, type SourceResult } from './reply.js';
import { DEFAULT_WEIGHTS, type FusionWeights, retrieve, type Ranked } from './retrieve.js';
import { hasWords, stripInvisible } from './text/normalise.js';

export interface CoreOptions {
  logger?: Logger;
  /** Skip the model (tests of the lexical fallback, or by choice). */
  lexicalOnly?: boolean;
  weights?: FusionWeights;
  thresholds?: Thresholds;
}

/** Everything `ask` computed, for evaluation and calibration tools. */
export interface Explained {
  query: AnalysedQuery;
  ranked: Ranked[];
  answerability: ReturnType<typeof judge>;
}

export interface LoadedCore extends ReportCore {
  /** Retrieval internals for one question (eval, calibration, bench). */
  explain(question: string): Promise<Explained>;
  /** Embeds a question alone: the bench's baseline. */
  embedQuery?(text: string): Promise<Float32Array>;
  /** Whether opening rebuilt the dense index. */
  readonly rebuilt: boolean;
}

async function tryLoadEmbedder(config: CoreConfig, logger: Logger): Promise<{ embedder?: Embedder; warning?: string }> {
  try {
    return { embedder: await loadEmbedder({ model: config.embeddingModel, modelDir: config.embeddingModelDir }) };
  } catch (error) {
    const where = config.embeddingModelDir ? `from ${config.embeddingModelDir}` : 'from the model hub';
    const warning = `Could not load the embedding model ${config.embeddingModel} ${where} (${(error as Error).message.split('\n')[0]}) — answering with keyword search only; set EMBEDDING_MODEL_DIR to a folder holding ${config.embeddingModel} to enable semantic search`;
    logger.warn(warning);
    return { warning };
  }
}

export async function createCore(config: CoreConfig, options: CoreOptions = {}): Promise<LoadedCore> {
  const logger = options.logger ?? silentLogger();
  const corpus = loadCorpus(config.dataDir);
  if (corpus.paragraphs.length === 0) logger.warn({ dataDir: config.dataDir }, 'no .txt or .md documents with text in the data folder — every question will be declined');
  const passages = buildPassages(corpus.paragraphs);
  const bm25 = buildLexical(corpus);
  const vocabulary = createVocabulary(bm25, corpus.paragraphs.map((p, i) => `${p.text}\n${p.headline}\n${corpus.searchExtras[i] ?? ''}`));
  const bridgePromise = openBridge(config.indexDir, corpus, bm25, logger);
  const informationPromise = openInformation(config.indexDir);
  const loaded = options.lexicalOnly ? { warning: 'lexical-only by configuration' } : await tryLoadEmbedder(config, logger);
  const embedder = loaded.embedder;
  let dense: DenseStore | undefined;
  let rebuilt = false;
  if (embedder) ({ store: dense, rebuilt } = await openDense(config.indexDir, corpus, passages, embedder, logger));
  const bridge = await bridgePromise;
  const information = await informationPromise;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const status: CoreStatus = embedder
    ? { mode: 'hybrid', model: embedder.model }
    : { mode: 'lexical', model: config.embeddingModel, ...(loaded.warning ? { warning: loaded.warning } : {}) };

  async function explainAnalysed(query: AnalysedQuery): Promise<Explained & { vector?: Float32Array }> {
    const vector = embedder && dense ? await embedder.embedQuery(query.denseText) : undefined;
    // Dictionary translations are too loose to demand; names and numbers given as written are not.
    const entities = query.words.filter((w) => w.salient && (w.english === undefined || /\d/.test(w.word))).map((w) => w.forms);
    const phrases = { quoted: query.phrases, texts: passages.normalised };
    const ranked = retrieve({ bm25, terms: query.terms, entities, phrases, ...(dense && vector ? { dense, vector } : {}) }, weights);
    return { query, ranked, answerability: judge(query, ranked, bm25, vocabulary, thresholds), ...(vector ? { vector } : {}) };
  }

  async function ask(question: string): Promise<Reply> {
    const started = performance.now();
    const trimmed = stripInvisible(question).trim();
    const language = detectLanguage(trimmed);
    const base = { question: trimmed, language };
    const elapsed = (): number => Math.round((performance.now() - started) * 100) / 100;
    if (trimmed === '') return { ...base, kind: 'invalid', found: false, reason: 'empty_question', citations: [], ms: elapsed() };
    if (trimmed.length > config.maxQuestionChars) {
      return { ...base, question: trimmed.slice(0, 200), kind: 'invalid', found: false, reason: 'too_long', limit: config.maxQuestionChars, citations: [], ms: elapsed() };
    }
    if (!hasWords(trimmed)) return { ...base, kind: 'invalid', found: false, reason: 'no_words', citations: [], ms: elapsed() };

    const query = analyseQuestion(trimmed, bridge, information);
    const { ranked, answerability, vector } = await explainAnalysed(query);
    const declined = (): Reply => ({ ...base, language: query.language, kind: 'declined', found: false, reason: 'not_covered', citations: [], ms: elapsed() });
    if (!answerability.answerable) return declined();
    const { sentences, citations } = compose({ query, ranked, passages, ...(dense && vector ? { dense, vector } : {}) });
    if (sentences.length === 0) return declined();
    const answer = sentences.map((s) => s.text).join('');
    return { ...base, language: query.language, kind: 'answer', found: true, answer, sentences, citations, ms: elapsed() };
  }

  function source(n: string | number): SourceResult {
    const max = corpus.paragraphs.length;
    const text = typeof n === 'number' ? String(n) : stripInvisible(n).trim().replace(/^¶/, '');
    if (!/^[+-]?\d+$/.test(text)) return { kind: 'invalid', reason: 'not_a_number', max };
    const number = Number(text);
    const paragraph = corpus.paragraphs[number - 1];
    return paragraph ? { kind: 'paragraph', paragraph } : { kind: 'invalid', reason: 'out_of_range', max };
  }

  return {
    paragraphs: corpus.paragraphs,
    documents: corpus.documents,
    status,
    rebuilt,
    ask,
    source,
    keyPoints: createKeyPoints(passages, dense),
    explain: async (question) => explainAnalysed(analyseQuestion(stripInvisible(question).trim(), bridge, information)),
    ...(embedder ? { embedQuery: (text: string) => embedder.embedQuery(text) } : {}),
  };
}
