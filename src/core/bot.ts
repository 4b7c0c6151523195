/**
 * createCore: load the models once and the documents' snapshot (indexes and
 * all), then answer questions. The model is optional at run time: if it cannot
 * be loaded the core says why in one log line and serves lexical-only answers.
 * `watch()` keeps the snapshot in step with the data folder: a rebuild runs in
 * the background and swaps in whole; each question reads the snapshot current
 * when it started.
 */
import { type CoreConfig } from '../config.js';
import { type Logger, silentLogger } from '../logger.js';
import { citationOf, compose, joinSentences, quoted, rankSentences, type ScoredSentence } from './answer.js';
import { articleLeads, asksDocumentWriter, signOffs, writerQuestion } from './authorship.js';
import { unitPhrase } from './answer-phrase.js';
import { type Answerability, DEFAULT_THRESHOLDS, judge, judgeQuoted, type QuotedCandidate, type Thresholds } from './answerability.js';
import { featuresOf, type FeatureName, type FittedModel, probability, READER_CANDIDATES, readModel } from './answerability-model.js';
import { type CoreStatus, type DocumentsChanged, type Freshness, type ReportCore } from './core.js';
import { createExamples } from './examples.js';
import { preferListAsked } from './list-asked.js';
import { sectionAsked } from './section-asked.js';
import { isDocumentName, loadCorpus, skipKey } from './corpus/load.js';
import { type Embedder, loadEmbedder } from './index/embedder.js';
import { RebuildScheduler, watchDocuments } from './live.js';
import { supportedExtensions } from './corpus/readers/index.js';
import { analyseQuestion, type AnalysedQuery } from './query/analyse.js';
import { keepsQuestionWords } from './time-fit.js';
import { prepareDictionary, withPhrases } from './query/bridge.js';
import { unreachedEnglishWords } from './query/near-synonyms.js';
import { openInformation } from './query/information.js';
import { detectLanguage } from './query/language.js';
import { loadReader, type Reader, type ReaderScore } from './reader/reader.js';
import { type AnswerReply, type InvalidReply, type Language, type OverviewReply, type OverviewSection, type Paragraph, type QuotedSentence, type Reply } from './reply.js';
import { tag } from './index/segmenter.js';
import { detectConversation, salutationOf } from './query/intent.js';
import { paragraphAsked } from './query/paragraph-asked.js';
import { DEFAULT_WEIGHTS, type FusionWeights, retrieve, type Ranked } from './retrieve.js';
import { buildSnapshotFrom, documentChanges, type Snapshot } from './snapshot.js';
import { documentText, headedText, type Passages, type SentenceRecord } from './passages.js';
import { createSourceLookup } from './source.js';
import { hasWords, normaliseForMatch, stripInvisible } from './text/normalise.js';
import { isCreditedCaption } from './corpus/photo.js';

/** Topics a decline suggests. */
const SUGGESTIONS = 3;


/** A paragraph's topic: its headline, or the title of its document when it has none. */
function topicOf(paragraph: Paragraph): string {
  return paragraph.headline !== '' ? paragraph.headline : paragraph.title;
}

/** An overview quotes about two key sentences per article, never fewer than three in all nor a wall of text. */
const OVERVIEW_POINTS_PER_ARTICLE = 2;
const OVERVIEW_MIN_POINTS = 3;
const OVERVIEW_MAX_POINTS = 8;

export interface CoreOptions {
  logger?: Logger;
  /** Skip the model (tests of the lexical fallback, or by choice). */
  lexicalOnly?: boolean;
  weights?: FusionWeights;
  thresholds?: Thresholds;
  /** Decide with the rules alone even when the reader and its fitted model are present (comparisons). */
  withoutReader?: boolean;
  /** Candidate sentences the reader reads (fitting and comparisons); otherwise the fitted model's own count. */
  readerCandidates?: number;
  /** Read the candidates of questions the rules already decline too: fitting needs the reader's features on every row. */
  readDeclined?: boolean;
}

/** Everything `ask` computed, for evaluation and calibration tools. */
export interface Explained {
  query: AnalysedQuery;
  ranked: Ranked[];
  /** Candidate sentences, best first (reader-reordered when the reader read them). */
  scored: ScoredSentence[];
  /** The reader's verdicts on the first candidates, in `scored` order (Chinese questions, reader loaded). */
  readings?: ReaderScore[];
  /** The fitted decision's inputs and probability, when it decided. */
  fitted?: { features: Record<FeatureName, number>; probability?: number; threshold?: number };
  answerability: Answerability;
}

export interface LoadedCore extends ReportCore {
  /** Retrieval internals for one question (eval, calibration, bench). */
  explain(question: string): Promise<Explained>;
  /** The reply and what decided it, in one pass (eval, fitting). */
  answer(question: string): Promise<{ reply: Reply; explained?: Explained }>;
  /** Embeds a question alone: the bench's baseline. */
  embedQuery?(text: string): Promise<Float32Array>;
  /** Whether opening rebuilt the dense or the lexical index (false: both were read from the index folder). */
  readonly rebuilt: boolean;
  /** Passages embedded by the last (re)build; the rest came from the index or the embedding cache. */
  readonly embedded: number;
  /**
   * Re-reads the data folder now and swaps in a new snapshot if the documents
   * changed (true) — serialised with the watcher's rebuilds. Throws when the
   * rebuild fails; the previous snapshot stays.
   */
  refresh(): Promise<boolean>;
  /** Starts watching the data folder; resolves once the watcher is ready. */
  watch(options?: Partial<WatchSettings>): Promise<void>;
  /** Stops watching; waits for a rebuild in progress. */
  close(): Promise<void>;
}

export interface WatchSettings {
  /** Quiet time after the last file event before rebuilding. */
  debounceMs: number;
  /** A file's size must hold still this long (chokidar awaitWriteFinish). */
  settleMs: number;
  /** Wait before retrying a failed rebuild. */
  retryMs: number;
}

const DEFAULT_WATCH: WatchSettings = { debounceMs: 500, settleMs: 1000, retryMs: 2000 };

/** The reader and its fitted decision, or why the core decides by rules alone. */
async function tryLoadReader(config: CoreConfig, logger: Logger): Promise<{ reader: Reader; model?: FittedModel } | undefined> {
  try {
    const fitted = readModel(config.answerabilityModel);
    if (!fitted) logger.warn({ file: config.answerabilityModel }, 'no fitted answerability model — deciding by rules alone (fit one with scripts/fit-answerability.ts)');
    // An operator may trade answers for declines along the measured curve (ANSWER_THRESHOLD).
    const model = fitted && config.answerThreshold !== undefined ? { ...fitted, threshold: config.answerThreshold } : fitted;
    return { reader: await loadReader(config.readerModelDir), ...(model ? { model } : {}) };
  } catch (error) {
    logger.warn(`Could not load the answer reader from ${config.readerModelDir} (${(error as Error).message.split('\n')[0]}) — deciding by rules alone; set READER_MODEL_DIR to the folder holding reader.json and onnx/model_quantized.onnx`);
    return undefined;
  }
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

/** The sentence to quote as the rules read it (answerability.ts): its text, its misfit, and its document in matching form. */
const quotedCandidate = (scored: ScoredSentence | undefined, passages: Passages): QuotedCandidate | undefined =>
  scored && { text: scored.sentence.text, document: documentText(passages, scored.sentence.paragraph), ...(scored.misfit ? { misfit: scored.misfit } : {}) };

/** How close to the first sentence's score a sentence of the time asked must come to be quoted in its place, without a reader. */
const FITTING_SHARE = 0.8;

/**
 * Without a reader, a first sentence of another time (time-fit.ts) yields to the best one of the time asked that
 * scores nearly as well and that the rules would quote: "What is the renewal rate?" is asked of the measured rate,
 * not next quarter's aim, and a sentence of another period is never quoted. Otherwise the order stands.
 */
function yieldToFitting(query: AnalysedQuery, scored: readonly ScoredSentence[], judged: (s: ScoredSentence) => Answerability): { scored: ScoredSentence[]; answerability: Answerability } {
  const first = scored[0];
  const asIs = { scored: [...scored], answerability: judged(first as ScoredSentence) };
  if (!first?.misfit) return asIs;
  for (const [i, s] of scored.entries()) {
    if (s.misfit || s.score < FITTING_SHARE * first.score) continue;
    if (first.misfit === 'plan' && !keepsQuestionWords(query, first.sentence.text, s.sentence.text)) continue;
    const answerability = judged(s);
    if (answerability.answerable) return { scored: [s, ...scored.slice(0, i), ...scored.slice(i + 1)], answerability };
  }
  return asIs;
}

/**
 * Is a sentence about what the question names (黄文山)? A sentence of the kind asked about someone else is no answer.
 * It is when its paragraph writes every name the question gives (`paragraph`, in matching form), whether or not the
 * sentence does: a paragraph on one subject goes on about it without naming it again ("体长可达76公分。" in a passage
 * on 长齿锯犁鳗).
 */
function aboutNamesAsked(query: AnalysedQuery, paragraph: string): boolean {
  return query.words.filter((w) => w.salient).every((w) => w.forms.some((form) => paragraph.includes(normaliseForMatch(form))));
}

/**
 * Rules declining a sentence for not being of the kind a question asks, whose verdict another candidate may change:
 * where someone comes from, why something bears its name, which one of a class (a colour, a school…), who their
 * relative is — or for being about another subject (a document that never names it). The older rules of the kind (a
 * country, another name, a number) decline on the first sentence alone, as they were measured.
 */
const KIND_RULES = ['tellsNoOrigin', 'tellsNoNameOrigin', 'namesNoneOfClass', 'namesNoKin', 'quotesAnotherSubject'] as const satisfies readonly (keyof Answerability)[];

/** How much the reader's verdict (0..1) adds to a candidate sentence's retrieval score when choosing what to quote. */
const READER_CHOICE_WEIGHT = 0.5;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * What the reader is told a candidate sentence is about: its article's headline, after the speaker's name in
 * a speaker's paragraph — the sentence is theirs though it never names them (王晓明说了什么？). The name goes
 * first: the reader keeps only the title's first characters.
 */
function readerTitle(paragraph: Paragraph | undefined): string {
  if (!paragraph) return '';
  return paragraph.speaker?.name ? `${paragraph.speaker.name}：${paragraph.headline}` : paragraph.headline;
}

/**
 * The exact answer phrase to show first and highlight, verbatim inside the quoted sentence: the one number in
 * the unit a counting question names (answer-phrase.ts), when the reader — if it read the sentence — finds it answering.
 */
function answerPhrase(query: AnalysedQuery, best: ScoredSentence | undefined, reading: ReaderScore | undefined, sentences: QuotedSentence[], passages: Passages): string | undefined {
  if (!best || (reading && reading.answerable < 0)) return undefined;
  const span = unitPhrase(query.text, best.sentence.text, query.countUnit ?? null);
  if (!span) return undefined;
  const where = passages.paragraphs[best.sentence.paragraph];
  const quoted = sentences.find((s) => s.text === best.sentence.text && s.document === where?.document && s.paragraph === where.number);
  if (!quoted) return undefined;
  quoted.highlight = span;
  return best.sentence.text.slice(span.start, span.end);
}

export async function createCore(config: CoreConfig, options: CoreOptions = {}): Promise<LoadedCore> {
  const logger = options.logger ?? silentLogger();
  // Every load reads the same way: the index folder is not a document, oversized files are skipped.
  const loadOptions = { exclude: [config.indexDir], logger, ...(config.maxDocumentBytes ? { maxDocumentBytes: config.maxDocumentBytes } : {}) };
  const corpus = await loadCorpus(config.dataDir, loadOptions);
  /** What the last load skipped (and logged): a rebuild says only what is new. */
  let loggedSkips = new Set(corpus.skipped.map(skipKey));
  if (corpus.paragraphs.length === 0) logger.warn({ dataDir: config.dataDir }, `no documents with text in the data folder (${supportedExtensions.join(' ')}) — every question will be declined`);
  const informationPromise = openInformation(config.indexDir);
  const readerPromise = options.lexicalOnly || options.withoutReader ? Promise.resolve(undefined) : tryLoadReader(config, logger);
  const loaded = options.lexicalOnly ? { warning: 'lexical-only by configuration' } : await tryLoadEmbedder(config, logger);
  const embedder = loaded.embedder;
  const inputs = { config, embedder, logger };
  let current: Snapshot = await buildSnapshotFrom(corpus, inputs);
  const information = await informationPromise;
  // A question as this snapshot reads it: its bridge, and its index for the headwords to search by their pieces.
  const analyseIn = (snapshot: Snapshot, text: string, bridge = snapshot.bridge): AnalysedQuery =>
    analyseQuestion(text, bridge, information, (term) => snapshot.bm25.documentFrequency(term) > 0);
  /**
   * An English question whose words the bridge reaches no document word for is read again with those words' near
   * synonyms in the documents (requested → 申请), found with the embedding model; a Chinese one is read once.
   */
  const analyseWithSynonyms = async (snapshot: Snapshot, text: string): Promise<AnalysedQuery> => {
    const query = analyseIn(snapshot, text);
    if (query.language !== 'en' || !snapshot.nearSynonyms) return query;
    const unreached = unreachedEnglishWords(query, (form) => snapshot.vocabulary.occurs(form));
    if (unreached.length === 0) return query;
    // The words are a help, not a need: a failure to embed them leaves the question as the bridge read it.
    const found = await snapshot.nearSynonyms(unreached).catch((error: unknown) => {
      logger.warn({ err: error }, 'near synonyms of an English question could not be found; answering without them');
      return {} as Record<string, string[]>;
    });
    // A near synonym is a guess: taken only when every word the bridge missed has one, never to lift a question
    // that still misses a word ("How many dealers will attend the spring launch?" is not answered for 春季 alone).
    return unreached.every((word) => found[word] !== undefined) ? analyseIn(snapshot, text, withPhrases(snapshot.bridge, found)) : query;
  };
  const reading = await readerPromise;
  const readerCandidates = options.readerCandidates ?? reading?.model?.candidates ?? READER_CANDIDATES;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const mode: CoreStatus = embedder
    ? { mode: 'hybrid', model: embedder.model }
    : { mode: 'lexical', model: config.embeddingModel, ...(loaded.warning ? { warning: loaded.warning } : {}) };
  /** Passages searched in the current snapshot: the paragraphs plus their sentences (the operators' gauge follows rebuilds). */
  const passageCount = (): number => current.passages.paragraphs.length + current.passages.sentences.length;

  /** `within`: the paragraphs the question is asked of (a writer's articles); all of them when absent. */
  async function explainAnalysed(snapshot: Snapshot, query: AnalysedQuery, within?: (index: number) => boolean): Promise<Explained & { vector?: Float32Array }> {
    const { bm25, passages, dense, vocabulary } = snapshot;
    const vector = embedder && dense ? await embedder.embedQuery(query.denseText) : undefined;
    // Dictionary translations are too loose to demand; names and numbers given as written are not.
    const entities = query.words.filter((w) => w.salient && (w.english === undefined || /\d/.test(w.word))).map((w) => w.forms);
    const phrases = { quoted: query.phrases, texts: passages.normalised };
    const found = retrieve({ bm25, terms: query.terms, entities, phrases, ...(dense && vector ? { dense, vector } : {}) }, weights);
    // A sign-off answers who wrote the document and when (signOffs), nothing else: its team name and date are no answer.
    const headlineOf = (index: number): string => normaliseForMatch(passages.paragraphs[index]?.headline ?? '');
    const listHeadline = (index: number): string | undefined => (passages.paragraphs[index]?.listItem ? headlineOf(index) : undefined);
    // Any body paragraph's heading, list or prose: what a one-word English question may name (风险 in 下周计划与风险).
    const sectionHeadline = (index: number): string | undefined => {
      const paragraph = passages.paragraphs[index];
      return paragraph?.kind === 'body' && paragraph.headline !== '' ? headlineOf(index) : undefined;
    };
    const ranked = preferListAsked(
      query,
      found.filter((r) => passages.paragraphs[r.index]?.kind !== 'signoff' && (!within || within(r.index))),
      listHeadline,
    );
    const answerability = judge(query, ranked, bm25, vocabulary, thresholds, {
      text: (index) => headedText(passages, index),
      document: (index) => documentText(passages, index),
      title: (index) => passages.paragraphs[index]?.title ?? '',
      headline: sectionHeadline,
      credited: (index) => { const paragraph = passages.paragraphs[index]; return paragraph !== undefined && isCreditedCaption(paragraph); },
    });
    let scored = ranked.length > 0 ? rankSentences({ query, ranked, passages, ...(dense && vector ? { dense, vector } : {}) }) : [];
    const base = { query, ranked, ...(vector ? { vector } : {}) };
    // The reader was trained on Chinese questions over Chinese text: English ones, and Chinese ones reaching documents
    // in English, are decided by the rules.
    if (!reading || query.language !== 'zh' || query.crossed === true || scored.length === 0) {
      const ruled = yieldToFitting(query, scored, (s) => judgeQuoted(answerability, query, quotedCandidate(s, passages)));
      return { ...base, scored: ruled.scored, answerability: ruled.answerability };
    }
    // The model can only decline more than the rules: what they decline needs no reading (the reader is most of an answer's time).
    if (!answerability.answerable && !options.readDeclined) return { ...base, scored, answerability };
    const top = scored.slice(0, readerCandidates);
    const readings = await reading.reader.read(
      query.text,
      top.map((s) => ({ title: readerTitle(passages.paragraphs[s.sentence.paragraph]), text: s.sentence.text })),
    );
    // The sentence the reader finds answering goes first; the rest keep their order.
    const order = top.map((s, i) => ({ s, r: readings[i] as ReaderScore, key: s.score + READER_CHOICE_WEIGHT * sigmoid((readings[i] as ReaderScore).answerable) }));
    order.sort((a, b) => b.key - a.key);
    // A sentence of another period, which the rules decline to quote, yields to the best of the period asked; a plan's
    // aim, to a measured figure the reader also finds answering. With none, it stays first for the rules to judge.
    const misfit = order[0]?.s.misfit;
    const plan = order[0]?.s.sentence.text ?? '';
    const fitting = misfit === 'time' ? order.findIndex((o) => o.s.misfit !== 'time') : misfit === 'plan' ? order.findIndex((o) => !o.s.misfit && o.r.answerable > 0 && keepsQuestionWords(query, plan, o.s.sentence.text)) : -1;
    if (fitting > 0) order.unshift(...order.splice(fitting, 1));
    let ruled = judgeQuoted(answerability, query, quotedCandidate(order[0]?.s, passages));
    // A sentence not of the kind asked (no birthplace where one is asked) yields to a candidate that is, which the
    // reader finds answering: "黄文山是哪里人？" over his work first, then "1931年，黄文山出生于台湾台南。".
    if (!ruled.answerable && KIND_RULES.some((flag) => ruled[flag] === true)) {
      const ofKind = order.findIndex((o, i) => i > 0 && o.r.answerable > 0 && aboutNamesAsked(query, passages.normalised[o.s.sentence.paragraph] ?? '') && judgeQuoted(answerability, query, quotedCandidate(o.s, passages)).answerable);
      if (ofKind > 0) {
        order.unshift(...order.splice(ofKind, 1));
        ruled = judgeQuoted(answerability, query, quotedCandidate(order[0]?.s, passages));
      }
    }
    // What the reader finds in a sentence of another period is no evidence the period asked is answered.
    const ofTimeAsked = top.map((s) => s.misfit !== 'time');
    const kept = ofTimeAsked.some(Boolean) ? (_: unknown, i: number): boolean => ofTimeAsked[i] === true : (): boolean => true;
    const features = featuresOf(ruled, top.filter(kept), readings.filter(kept));
    const model = reading.model;
    const p = model ? probability(model, features) : undefined;
    // The model may decline what the rules would answer, never the reverse: the rules' declines (a missing number, name or noun) stand.
    const answerable = ruled.answerable && (p === undefined || p >= (model?.threshold ?? 0));
    scored = [...order.map((o) => o.s), ...scored.slice(readerCandidates)];
    return {
      ...base,
      scored,
      readings: order.map((o) => o.r),
      fitted: { features, ...(model && p !== undefined ? { probability: p, threshold: model.threshold } : {}) },
      answerability: { ...ruled, answerable },
    };
  }

  async function answer(question: string): Promise<{ reply: Reply; explained?: Explained }> {
    const started = performance.now();
    // The snapshot current now answers this question, whatever swaps in meanwhile.
    const snapshot = current;
    const trimmed = stripInvisible(question).trim();
    const language = detectLanguage(trimmed);
    const base = { question: trimmed, language };
    const elapsed = (): number => Math.round((performance.now() - started) * 100) / 100;
    if (trimmed === '') return { reply: { ...base, kind: 'invalid', found: false, reason: 'empty_question', citations: [], ms: elapsed() } };
    if (trimmed.length > config.maxQuestionChars) {
      return { reply: { ...base, question: trimmed.slice(0, 200), kind: 'invalid', found: false, reason: 'too_long', limit: config.maxQuestionChars, citations: [], ms: elapsed() } };
    }
    if (!hasWords(trimmed)) return { reply: { ...base, kind: 'invalid', found: false, reason: 'no_words', citations: [], ms: elapsed() } };

    // analyse → (greeting | overview) → retrieve → judge → compose
    const query = await analyseWithSynonyms(snapshot, trimmed);
    const conversation = detectConversation(query.text, tag(query.text).map((t) => t.word));
    if (conversation === 'greeting') return { reply: { ...base, language: query.language, kind: 'greeting', found: false, salutation: salutationOf(query.text), citations: [], ms: elapsed() } };
    if (conversation === 'overview') {
      const reply = overview(snapshot, query.language);
      if (reply) return { reply: { ...base, ...reply, ms: elapsed() } };
    }
    const paragraph = paragraphReply(snapshot, query.text);
    if (paragraph) return { reply: { ...base, language: query.language, ...paragraph, ms: elapsed() } };
    if (asksDocumentWriter(query)) {
      // Who wrote the documents and when: each sign-off.
      const reply = quotedWhole(snapshot.passages, signOffs(snapshot.passages));
      if (reply) return { reply: { ...base, language: query.language, ...reply, ms: elapsed() } };
    }
    // A section of the report asked by its kind (下周计划是什么？, What are the problems?): every item under that heading.
    const section = sectionAsked(query, snapshot.passages);
    if (section) {
      const reply = quotedWhole(snapshot.passages, section);
      if (reply) return { reply: { ...base, language: query.language, ...reply, ms: elapsed() } };
    }
    const asked = writerQuestion(query, snapshot.bylines);
    if (asked && asked.rest === undefined) {
      // The articles the writer signed: each one's opening sentence (the citation's headline names the article).
      const reply = quotedWhole(snapshot.passages, articleLeads(snapshot.passages, asked.writer));
      if (reply) return { reply: { ...base, language: query.language, ...reply, ms: elapsed() } };
    }
    // A fact of a writer's article (王晓文报道的会议在哪天召开？): the rest of the question, asked of their articles only.
    const scope = asked?.rest ? { query: await analyseWithSynonyms(snapshot, asked.rest), within: (index: number) => snapshot.corpus.paragraphs[index]?.byline === asked.writer } : undefined;
    const explained = await explainAnalysed(snapshot, scope?.query ?? query, scope?.within);
    const { ranked, scored, readings, answerability, vector } = explained;
    const declined = (): { reply: Reply; explained: Explained } => ({
      reply: {
        ...base, language: query.language, kind: 'declined', found: false, reason: 'not_covered', citations: [], suggestions: nearestTopics(snapshot.corpus.paragraphs, ranked), ms: elapsed(),
      },
      explained,
    });
    if (!answerability.answerable) return declined();
    const { dense, passages } = snapshot;
    const { sentences, citations } = compose({ query, ranked, passages, scored, ...(dense && vector ? { dense, vector } : {}) });
    if (sentences.length === 0) return declined();
    const text = joinSentences(sentences.map((s) => s.text));
    const phrase = answerPhrase(query, scored[0], readings?.[0], sentences, passages);
    return { reply: { ...base, language: query.language, kind: 'answer', found: true, answer: text, sentences, citations, ...(phrase ? { phrase } : {}), ms: elapsed() }, explained };
  }

  /** Sentences picked without retrieval (a writer's leads, the sign-offs), each quoted whole and cited; undefined for none. */
  function quotedWhole(passages: Passages, picked: readonly SentenceRecord[]): Pick<AnswerReply, 'kind' | 'found' | 'answer' | 'sentences' | 'citations'> | undefined {
    if (picked.length === 0) return undefined;
    const sentences = picked.map((s) => quoted(s, passages));
    // One citation per paragraph, quoting every sentence picked from it.
    const cited = [...new Set(picked.map((s) => s.paragraph))];
    const citations = cited.map((index) => citationOf(passages.paragraphs[index]!, picked.filter((s) => s.paragraph === index).map((s) => s.text), 1));
    return { kind: 'answer', found: true, answer: joinSentences(sentences.map((s) => s.text)), sentences, citations };
  }

  /**
   * "第3段", "What does paragraph 3 say?": the paragraph itself, quoted whole and cited. Undefined when the message
   * names no paragraph, or one that cannot be told (several documents and none named, a document unknown): the
   * message is then asked as a question. A number past the end is answered with how many paragraphs there are.
   */
  function paragraphReply(snapshot: Snapshot, text: string): Pick<AnswerReply, 'kind' | 'found' | 'answer' | 'sentences' | 'citations'> | Pick<InvalidReply, 'kind' | 'found' | 'reason' | 'limit' | 'citations'> | undefined {
    const asked = paragraphAsked(text);
    if (asked === undefined) return undefined;
    const result = sourceIn(snapshot)(asked.document === undefined ? String(asked.paragraph) : `${asked.document}#${asked.paragraph}`);
    if (result.kind === 'invalid') return result.reason === 'out_of_range' ? { kind: 'invalid', found: false, reason: 'no_such_paragraph', limit: result.max, citations: [] } : undefined;
    const { passages } = snapshot;
    const index = passages.paragraphs.indexOf(result.paragraph);
    return index < 0 ? undefined : quotedWhole(passages, passages.sentencesOf[index] ?? []);
  }

  /** What the documents cover nearest to a declined question: distinct topics of the best-ranked paragraphs. */
  function nearestTopics(paragraphs: readonly Paragraph[], ranked: readonly Ranked[]): string[] {
    const topics: string[] = [];
    const add = (paragraph: Paragraph | undefined): void => {
      const topic = paragraph ? topicOf(paragraph) : '';
      if (topic !== '' && !topics.includes(topic)) topics.push(topic);
    };
    for (const hit of ranked) {
      if (topics.length >= SUGGESTIONS) break;
      add(paragraphs[hit.index]);
    }
    // Nothing near at all (no shared word, no model): the documents' own topics, in order.
    for (const paragraph of paragraphs) {
      if (topics.length >= SUGGESTIONS) break;
      add(paragraph);
    }
    return topics;
  }

  /** Each article's headline and its most representative sentences (key points, grouped by headline). */
  function overview(snapshot: Snapshot, language: Language): Pick<OverviewReply, 'language' | 'kind' | 'found' | 'sections' | 'citations'> | undefined {
    const { corpus, keyPoints } = snapshot;
    /** The paragraph a quote cites: ¶`paragraph` of `document`. */
    const firstOf = new Map(corpus.documents.map((d) => [d.name, d.first]));
    const paragraphAt = (ref: { document: string; paragraph: number }): Paragraph | undefined => {
      const first = firstOf.get(ref.document);
      return first === undefined ? undefined : corpus.paragraphs[first + ref.paragraph - 1];
    };
    const articles = new Set(corpus.paragraphs.filter((p) => p.kind === 'body').map((p) => `${p.document}\n${p.headline}`)).size;
    const points = keyPoints({ day: 0, count: Math.min(OVERVIEW_MAX_POINTS, Math.max(OVERVIEW_MIN_POINTS, articles * OVERVIEW_POINTS_PER_ARTICLE)) });
    if (points.length === 0) return undefined;
    // Reading order: documents as loaded, then ¶N, then place in the paragraph.
    const order = (point: QuotedSentence): number => (firstOf.get(point.document) ?? 0) + point.paragraph;
    const sorted = [...points].sort((a, b) => order(a) - order(b) || (paragraphAt(a)?.text.indexOf(a.text) ?? 0) - (paragraphAt(b)?.text.indexOf(b.text) ?? 0));
    const sections: OverviewSection[] = [];
    for (const point of sorted) {
      const paragraph = paragraphAt(point);
      if (!paragraph) continue;
      let section = sections.find((s) => s.document === paragraph.document && s.headline === paragraph.headline);
      if (!section) sections.push((section = { document: paragraph.document, title: paragraph.title, headline: paragraph.headline, sentences: [] }));
      section.sentences.push(point);
    }
    const cited = new Map<string, Paragraph>();
    for (const point of sorted) {
      const paragraph = paragraphAt(point);
      if (paragraph) cited.set(`${paragraph.document}#${paragraph.number}`, paragraph);
    }
    const citations = [...cited.values()].map((paragraph) =>
      citationOf(paragraph, sorted.filter((p) => p.document === paragraph.document && p.paragraph === paragraph.number).map((p) => p.text), 1),
    );
    return { language, kind: 'overview', found: true, sections, citations };
  }

  // ¶ references belong to one set of documents: a lookup per snapshot.
  const sourceOf = new WeakMap<Snapshot, ReturnType<typeof createSourceLookup>>();
  function sourceIn(snapshot: Snapshot): ReturnType<typeof createSourceLookup> {
    let lookup = sourceOf.get(snapshot);
    if (!lookup) sourceOf.set(snapshot, (lookup = createSourceLookup(snapshot.corpus.paragraphs, snapshot.corpus.documents)));
    return lookup;
  }
  const source: ReturnType<typeof createSourceLookup> = (ref) => sourceIn(current)(ref);

  // ── Live documents ───────────────────────────────────────────────────
  const listeners = new Set<(event: DocumentsChanged) => void>();
  let lastError: string | undefined;
  let scheduler: RebuildScheduler | undefined;
  let stopWatching: (() => Promise<void>) | undefined;
  let refreshing: Promise<boolean> = Promise.resolve(false);

  async function rebuild(): Promise<boolean> {
    try {
      const corpus = await loadCorpus(config.dataDir, { ...loadOptions, alreadyLogged: loggedSkips });
      loggedSkips = new Set(corpus.skipped.map(skipKey));
      if (corpus.hash === current.corpus.hash) {
        lastError = undefined;
        return false;
      }
      const next = await buildSnapshotFrom(corpus, inputs);
      const previous = current;
      current = next; // the swap: questions from here on read the new snapshot
      lastError = undefined;
      const event: DocumentsChanged = {
        documents: next.corpus.documents,
        ...documentChanges(previous.corpus.documents, next.corpus.documents),
        paragraphs: next.corpus.paragraphs.length,
        embedded: next.embedded,
        buildMs: next.buildMs,
      };
      logger.info({ added: event.added, changed: event.changed, removed: event.removed, paragraphs: event.paragraphs, embedded: event.embedded, ms: event.buildMs }, 'documents changed: now answering from the new set');
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          logger.warn(`a documents-changed listener failed (${(error as Error).message})`);
        }
      }
      return true;
    } catch (error) {
      lastError = (error as Error).message.split('\n')[0];
      throw error;
    }
  }

  function refresh(): Promise<boolean> {
    refreshing = refreshing.catch(() => false).then(rebuild);
    return refreshing;
  }

  async function watch(settings: Partial<WatchSettings> = {}): Promise<void> {
    if (stopWatching) return;
    const { debounceMs, settleMs, retryMs } = { ...DEFAULT_WATCH, ...settings };
    const rebuilds = new RebuildScheduler(async () => void (await refresh()), { debounceMs, retryMs, maxRetries: 5, logger });
    const watcher = watchDocuments({
      dataDir: config.dataDir,
      exclude: [config.indexDir],
      isDocument: isDocumentName,
      settleMs,
      logger,
      onChange: ({ kind, name }) => {
        logger.debug({ kind, name }, 'document event');
        rebuilds.request();
      },
    });
    scheduler = rebuilds;
    stopWatching = async () => {
      await watcher.close();
      await rebuilds.close();
    };
    await watcher.ready;
    prepareDictionary();
    // Anything that changed between loading and the watcher's first scan.
    rebuilds.request(0);
  }

  const ask = async (question: string): Promise<Reply> => (await answer(question)).reply;
  // Example questions belong to one set of documents: made afresh (on first /help) for each snapshot.
  const examplesOf = new WeakMap<Snapshot, ReturnType<typeof createExamples>>();
  const examples: ReturnType<typeof createExamples> = (language) => {
    const snapshot = current;
    let made = examplesOf.get(snapshot);
    if (!made) {
      made = createExamples({ paragraphs: snapshot.corpus.paragraphs, keyPoints: snapshot.keyPoints, bridge: snapshot.bridge, information, ask });
      examplesOf.set(snapshot, made);
    }
    return made(language);
  };

  return {
    examples,
    get paragraphs() {
      return current.corpus.paragraphs;
    },
    get documents() {
      return current.corpus.documents;
    },
    get status(): CoreStatus {
      return { ...mode, passages: passageCount() };
    },
    get freshness(): Freshness {
      return { updatedAt: current.builtAt, rebuilding: scheduler?.busy ?? false, ...(lastError ? { lastError } : {}) };
    },
    get rebuilt() {
      return current.rebuilt;
    },
    get embedded() {
      return current.embedded;
    },
    ask,
    answer,
    source,
    keyPoints: (keyOptions) => current.keyPoints(keyOptions),
    explain: async (question) => {
      const snapshot = current;
      return explainAnalysed(snapshot, await analyseWithSynonyms(snapshot, stripInvisible(question).trim()));
    },
    ...(embedder ? { embedQuery: (text: string) => embedder.embedQuery(text) } : {}),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    refresh,
    watch,
    async close() {
      await stopWatching?.();
      stopWatching = undefined;
      scheduler = undefined;
      await refreshing.catch(() => undefined);
    },
  };
}
