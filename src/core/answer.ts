/**
 * Composes the answer from the retrieved paragraphs: the one to three
 * sentences that best answer the question, quoted verbatim (a caption whole;
 * an enumeration with its items), then the citations. Nothing here writes
 * text of its own: every character of `answer` comes from the report.
 */
import { holdsLength } from './answer-phrase.js';
import { type Bm25Index } from './index/bm25.js';
import { BIGRAM } from './index/segmenter.js';
import { type DenseStore } from './index/dense-store.js';
import { definedTermAsked, definesTerm } from './definition-asked.js';
import { eventAsked, tellsEvent } from './event-asked.js';
import { asksNameOrigin, tellsNameOrigin } from './name-origin-asked.js';
import { asksOrigin, tellsOrigin } from './origin-asked.js';
import { headedText, type Passages, type SentenceRecord } from './passages.js';
import { actFormsOf, type AnalysedQuery } from './query/analyse.js';
import { askedNameMark, asksWhatSaid, asksWhy, doneByMark, FACT_PATTERNS, roleMark, POST_ENDING, REASON_GIVEN, SPEECH_VERB } from './query/intent.js';
import { type Citation, type Paragraph, type QuotedSentence } from './reply.js';
import { asksPlan, type Misfit, paragraphMisfit, sentenceMisfit } from './time-fit.js';
import { type Ranked } from './retrieve.js';
import { normaliseForMatch } from './text/normalise.js';

const MAX_ANSWER_CHARS = 300;
const MAX_CITATIONS = 3;
/** Paragraphs whose sentences compete for the answer. */
const CANDIDATE_PARAGRAPHS = 3;
const CANDIDATE_SHARE = 0.7;
/** A sentence this short is a heading of its paragraph (四是抓载体。): the next sentence says what it means. */
const HEADING_CHARS = 15;
/** An enumeration's items: 第一，… / 一是… / 其一… / 首先… */
const ITEM_START = /^(第[一二三四五六七八九十]+[，、,]|[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|最后)/u;
/** A sentence announcing an enumeration: 三大亮点, 三个方面, 三个层面 … */
const ANNOUNCES_LIST = /[一二三四五六七八九十两0-9]+(大|个|项|点|方面|层面)[^，。；]{0,8}([：:]|。|$)|以下|如下/u;

export interface ScoredSentence {
  sentence: SentenceRecord;
  score: number;
  /** Share of the question's term weight the sentence holds (sentence-level idf). */
  lexical: number;
  /** Set when the sentence speaks of another time than the question asks (time-fit.ts). */
  misfit?: Misfit;
}

export interface Composition {
  sentences: QuotedSentence[];
  citations: Citation[];
}

export interface SentenceArgs {
  query: AnalysedQuery;
  ranked: readonly Ranked[];
  passages: Passages;
  dense?: DenseStore;
  vector?: Float32Array;
}

/** Sentences of the paragraphs retrieval found nearly as relevant as the best, best first (a speaker's label only when asked who they are). */
export function rankSentences(args: SentenceArgs): ScoredSentence[] {
  const { ranked, passages, query } = args;
  const planAsked = asksPlan(query);
  const top = ranked.slice(0, CANDIDATE_PARAGRAPHS);
  const misfits = new Map(top.map((r) => {
    const paragraph = passages.paragraphs[r.index];
    const place = { text: () => headedText(passages, r.index), headline: paragraph?.headline ?? '', title: paragraph?.title ?? '' };
    return [r.index, paragraphMisfit(query, place, planAsked)];
  }));
  // A plan section's paragraph, or one of another period, does not set the bar: the measured figure it outranks competes.
  const bar = top.find((r) => misfits.get(r.index) === undefined) ?? ranked[0];
  const candidates = top.filter((r) => r.fused >= CANDIDATE_SHARE * (bar?.fused ?? 0));
  const posts = query.intent.identity ? titledNames(query) : [];
  const nameMark = query.intent.alias ? askedNameMark(query.text) : undefined;
  const actForms = actFormsOf(query).map(normaliseForMatch);
  const told = toldAsked(query);
  const speakers = asksWhatSaid(query.text) ? saidBy(query) : [];
  const scored = candidates.flatMap((r) => {
    const headline = passages.headlineTerms[r.index] ?? new Set<string>();
    return (passages.sentencesOf[r.index] ?? []).flatMap((sentence) => {
      // A speaker label answers who someone is, and nothing else.
      if (sentence.isLabel && !query.intent.identity) return [];
      const { score, lexical } = scoreSentence(sentence, r, { ...args, idf: passages.sentenceIndex, headline, posts, nameMark, actForms, told, speakers });
      // A sentence of another time yields to one of the time asked that the reader finds answering (bot.ts).
      const misfit = sentenceMisfit(query, sentence.text, misfits.get(r.index), planAsked);
      return [{ sentence, score, lexical, ...(misfit ? { misfit } : {}) }];
    });
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * The answer around the chosen sentence: a list with its items, or the
 * sentence with up to two close runners-up of its paragraph; then the
 * citations. `scored` is best first and starts with the chosen sentence.
 */
export function compose(args: SentenceArgs & { scored?: readonly ScoredSentence[] }): Composition {
  const { query, ranked, passages } = args;
  const scored = args.scored ?? rankSentences(args);
  const best = scored[0];
  if (!best) return { sentences: [], citations: [] };

  const list = expandMarkedList(best.sentence, query, passages, ranked);
  let chosen = list ?? expandList(best.sentence, query, passages) ?? addContext(best, scored, passages, query);
  chosen = chosen.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const sentences = chosen.map((s) => quoted(s, passages));

  // A list's items are cited in the list's order; otherwise the best sentence's paragraph comes first.
  const citedOrder: number[] = [];
  for (const s of list ? chosen : [best.sentence, ...chosen]) if (!citedOrder.includes(s.paragraph)) citedOrder.push(s.paragraph);
  const scoreOf = new Map(ranked.map((r) => [r.index, r.fused]));
  // Another retrieved paragraph is cited too when it is nearly as strong as the one quoted.
  const top = ranked[0]?.fused ?? 0;
  for (const r of ranked.slice(0, MAX_CITATIONS)) if (!citedOrder.includes(r.index) && r.fused >= 0.8 * top && citedOrder.length < MAX_CITATIONS) citedOrder.push(r.index);

  const citations = citedOrder.slice(0, Math.max(MAX_CITATIONS, citedOrder.length)).map((index) => {
    const quote = chosen.filter((s) => s.paragraph === index).map((s) => s.text);
    return citationOf(passages.paragraphs[index]!, quote, round(scoreOf.get(index) ?? 0));
  });
  return { sentences, citations };
}

/** What stands in a quote where the paragraph says more between two of the sentences quoted. */
export const OMISSION = ' … ';

/**
 * The sentences quoted from one paragraph as one quote, in the paragraph's order: side by side where the paragraph
 * writes them so, with an ellipsis where it says more between them, so a quote never reads as a passage the
 * paragraph does not hold ("…转化为企业行动。 … 聚焦工业制造主战场…", the sentence on R&D left out).
 */
export function joinQuoted(paragraphText: string, sentences: readonly string[]): string {
  const placed = sentences.map((text) => ({ text, at: paragraphText.indexOf(text) })).sort((a, b) => a.at - b.at);
  let quote = '';
  let end = -1;
  for (const { text, at } of placed) {
    // Side by side, the space between (English sentences have one) is kept: the quote is then the paragraph's own text.
    const between = at >= end && end >= 0 ? paragraphText.slice(end, at) : undefined;
    if (quote !== '') quote += between !== undefined && between.trim() === '' ? between : OMISSION;
    quote += text;
    end = at >= 0 ? at + text.length : -1;
  }
  return quote;
}

/** Sentences as one answer text: Chinese ones run on, as Chinese is written; English ones keep a space between. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, next) => (text === '' ? next : `${text}${/[!-~]$/.test(text) && /^[!-~]/.test(next) ? ' ' : ''}${next}`), '');
}

/** A paragraph as cited: where it stands, the `sentences` of it quoted, and the whole text behind the citation's button. */
export function citationOf(paragraph: Paragraph, sentences: readonly string[], score: number): Citation {
  return {
    document: paragraph.document,
    title: paragraph.title,
    paragraph: paragraph.number,
    headline: paragraph.headline,
    quote: joinQuoted(paragraph.text, sentences),
    text: paragraph.text,
    score,
    ...(paragraph.speaker ? { speaker: paragraph.speaker } : {}),
  };
}

/** A sentence as quoted: its text and where it stands (document, ¶N within it). */
export function quoted(sentence: SentenceRecord, passages: Passages): QuotedSentence {
  const paragraph = passages.paragraphs[sentence.paragraph]!;
  return { text: sentence.text, document: paragraph.document, title: paragraph.title, paragraph: paragraph.number };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Question words that restate the article's headline name its topic, not the sentence that answers. */
const HEADLINE_TERM_WEIGHT = 0.25;

function scoreSentence(
  sentence: SentenceRecord,
  paragraph: Ranked,
  args: { query: AnalysedQuery; idf: Bm25Index; headline: ReadonlySet<string>; posts: readonly RegExp[]; nameMark: RegExp | undefined; actForms?: readonly string[]; told?: readonly Told[]; speakers?: readonly RegExp[]; dense?: DenseStore; vector?: Float32Array },
): { score: number; lexical: number } {
  const { query } = args;
  let possible = 0;
  let held = 0;
  let implicit = 0;
  for (const { term, weight } of query.terms) {
    if (args.idf.documentFrequency(term) === 0) continue; // no sentence has it: it cannot tell sentences apart
    const idf = args.idf.idf(term) * (term.startsWith(BIGRAM) ? 0.5 : 1) * (args.headline.has(term) ? HEADLINE_TERM_WEIGHT : 1);
    possible += weight * idf;
    if (sentence.terms.has(term)) held += weight * idf;
    // A sentence of an article is about its headline though it may not repeat it (为1988年由某某执导的电影作品。 under 《某片》).
    else if (args.headline.has(term)) implicit += weight * idf;
  }
  const lexical = possible > 0 ? held / possible : 0;
  const about = possible > 0 ? (held + implicit) / possible : 0;
  const dense = args.dense && args.vector ? args.dense.sentenceSimilarity(sentence.id, args.vector) : 0;
  let facts = 0;
  if (query.intent.quantity && FACT_PATTERNS.quantity.test(sentence.text)) facts += 0.1;
  if (query.intent.when && FACT_PATTERNS.when.test(sentence.text)) facts += 0.1;
  if (query.intent.where && FACT_PATTERNS.where.test(sentence.text)) facts += 0.1;
  if (query.intent.where && FACT_PATTERNS.located.test(sentence.text)) facts += 0.1;
  // Asked how long (任期是多长, 持续了多长时间), the sentence giving a span answers, not a neighbour that only dates something.
  if (query.intent.length && holdsLength(sentence.text)) facts += 0.1;
  if (query.intent.who && sentence.namesPerson) facts += 0.1;
  // Asked who did something (Who presided over…?, 是由谁主持的), the sentence telling that act answers, not one that
  // shares more of the question's other words: answerability.ts declines a sentence that tells no act or names no one.
  if (args.actForms?.some((form) => sentence.normalised.includes(form))) facts += ACT_TOLD;
  for (const { tells, weight } of args.told ?? []) if (tells(sentence.text)) facts += weight;
  // Asked another name, only a sentence that gives one can answer (answerability.ts declines otherwise): it weighs as a post before a name does.
  if (args.nameMark?.test(sentence.text) && namesWhatIsAsked(query, sentence, args.nameMark, args.headline)) facts += NAME_GIVEN;
  // Asked what someone said, the sentence telling it (李明表示，…) answers, not one that only names them (a photo's caption).
  if (args.speakers?.some((speaker) => speaker.test(sentence.normalised))) facts += SPEECH_TOLD;
  // Asked who someone is (李明的职务是什么？), the sentence giving their post before their name answers (副部长李明), not one that merely names them.
  if (args.posts.some((post) => post.test(sentence.normalised))) facts += POST_BEFORE_NAME;
  if (query.phrases.some((forms) => forms.some((phrase) => sentence.normalised.includes(phrase)))) facts += 0.1;
  return { score: 0.5 * about + 0.3 * dense + 0.4 * paragraph.fused + facts, lexical };
}

/**
 * Does a sentence giving a name give it to what the question asks about? It, or its paragraph's headline, holds a word of
 * the question besides the naming words: "䲟又叫做什么？" is not answered by "港督都可以叫做肥彭" of another article.
 */
function namesWhatIsAsked(query: AnalysedQuery, sentence: SentenceRecord, nameMark: RegExp, headline: ReadonlySet<string>): boolean {
  const subject = query.terms.filter(({ term }) => !term.startsWith(BIGRAM) && !nameMark.test(term));
  return subject.length === 0 || subject.some(({ term }) => sentence.terms.has(term) || headline.has(term));
}

/** A kind of sentence that tells what a question asks, and what telling it adds to a sentence's score. */
interface Told {
  tells: (sentence: string) => boolean;
  weight: number;
}

/** The kinds of sentence telling what a Chinese question asks by its shape (由谁发行, 的导演是谁, 哪里人), read once per question. */
function toldAsked(query: AnalysedQuery): Told[] {
  if (query.language !== 'zh') return [];
  const told: Told[] = [];
  // Asked by whom with 由 (由什么机构发行), the sentence telling 由 someone did it answers, not one telling the act alone.
  const doneBy = doneByMark(query.text);
  if (doneBy) told.push({ tells: (text) => doneBy.test(text), weight: ACT_TOLD });
  // Asked who holds a role (的导演是谁), the sentence telling it (由某某执导) answers, not one naming the film's characters.
  const role = roleMark(query.text);
  if (role) told.push({ tells: (text) => role.test(text), weight: 0.1 });
  // Asked where someone comes from (哪里人, 籍贯), only a sentence telling it (太原晋阳人, 出生于台南) can answer
  // (answerability.ts declines otherwise): it weighs as a naming word does for another name.
  if (asksOrigin(query.text)) told.push({ tells: tellsOrigin, weight: NAME_GIVEN });
  // Asked why something bears its name (为什么叫挂绿), the sentence giving the cause (…，故名挂绿。) answers, not one repeating the name.
  if (asksNameOrigin(query.text)) told.push({ tells: tellsNameOrigin, weight: NAME_GIVEN });
  // Asked what a term means (什么是X, X的定义是什么), only a sentence defining it can answer (answerability.ts declines otherwise).
  const term = definedTermAsked(query.text);
  if (term) told.push({ tells: (text) => definesTerm(text, term), weight: NAME_GIVEN });
  // Asked when, where or by whom someone was born, died, graduated or something was founded, or where it lives, only a
  // sentence telling that event can answer (answerability.ts declines otherwise).
  const event = eventAsked(query.text);
  if (event) told.push({ tells: (text) => tellsEvent(event, text), weight: NAME_GIVEN });
  return told;
}

/** What telling the act a who-question asks the doer of adds to a sentence's score: as much as a naming word. */
const ACT_TOLD = 0.2;

/** What a name followed by a verb of speech adds to a sentence's score for a question asking what they said: as much as the act asked. */
const SPEECH_TOLD = 0.2;

/** What a naming word (又名, 俗称, 字) adds to a sentence's score for a question asking another name: as much as a post before a name. */
const NAME_GIVEN = 0.2;

/** What a post written before the asked name adds to a sentence's score: one fact's worth and a little more (measured: no CMRC or report figure moved). */
const POST_BEFORE_NAME = 0.2;

/** The question's person names as the documents write them in Chinese (a name, an unknown word, a pinyin name's forms). */
function personNameForms(query: AnalysedQuery): string[] {
  return query.words.filter((w) => /^(nr|x$)/.test(w.tag) || w.romanised !== undefined).flatMap((w) => w.forms.filter((f) => /\p{Script=Han}{2,}/u.test(f)));
}

/** The question's person names, each as a verb of speech follows it (李明表示, 李明在会上指出): who a what-was-said question asks. */
function saidBy(query: AnalysedQuery): RegExp[] {
  return personNameForms(query).map((f) => new RegExp(`${f}[^，。；！？]{0,6}?${SPEECH_VERB}`, 'u'));
}

/** The question's person names, each as it would follow a post (部长李明): what an identity answer holds. Made once per question. */
function titledNames(query: AnalysedQuery): RegExp[] {
  return personNameForms(query).map((f) => new RegExp(`${POST_ENDING}${f}`, 'u'));
}

/**
 * A sentence that opens by pointing back (She will own…, 他表示…) goes on with the sentence before it: asked
 * about the person that sentence names, the answer may be what the next one says of them.
 */
const POINTS_BACK = /^(?:(?:He|She|They|It|His|Her|Their|Its)\b|他|她|它|其(?![次实他它余])|该)/u;

/**
 * Up to two more sentences of the same paragraph: the next one when the best is a heading, or when it points back
 * to the best and says more of what was asked; then any that score close to the best one.
 */
function addContext(best: ScoredSentence, scored: readonly ScoredSentence[], passages: Passages, query: AnalysedQuery): SentenceRecord[] {
  const chosen = [best.sentence];
  let length = best.sentence.text.length;
  const own = passages.sentencesOf[best.sentence.paragraph] ?? [];
  const next = own[own.indexOf(best.sentence) + 1];
  const holds = (sentence: SentenceRecord, w: AnalysedQuery['words'][number]): boolean => w.forms.some((form) => sentence.terms.has(form));
  // It holds a word of the question the best lacks, or the best holds them all and what is asked is said next.
  const goesOn = (sentence: SentenceRecord): boolean =>
    POINTS_BACK.test(sentence.text) && (query.words.some((w) => holds(sentence, w) && !holds(best.sentence, w)) || query.words.every((w) => holds(best.sentence, w)));
  // Asked why, the reason a report gives right after telling what happened (事件原因是…) goes with it.
  const reasonNext = (sentence: SentenceRecord): boolean => asksWhy(query.text) && REASON_GIVEN.test(sentence.text) && !REASON_GIVEN.test(best.sentence.text);
  if (next && !best.sentence.isLabel && (length < HEADING_CHARS || goesOn(next) || reasonNext(next)) && length + next.text.length <= MAX_ANSWER_CHARS) {
    chosen.push(next);
    length += next.text.length;
  }
  for (const other of scored.slice(1)) {
    if (chosen.length >= 3) break;
    // The sentence after a heading may already be in, and may also score close: it is quoted once.
    if (chosen.includes(other.sentence) || other.sentence.paragraph !== best.sentence.paragraph || other.score < 0.75 * best.score) continue;
    if (length + other.sentence.text.length > MAX_ANSWER_CHARS) continue;
    chosen.push(other.sentence);
    length += other.sentence.text.length;
  }
  return chosen;
}

/** Most items of a marked list quoted for it: more, and the answer is the whole section rather than a quote. */
const MAX_LIST_ITEMS = 8;

/**
 * A list the format marks (bullets under 下周计划) is the answer when the question asks for it through its
 * headline: more of the question's words stand in the headline than in the item ("下周计划做什么？",
 * "What are the plans for next week?"), for the item the best sentence is in or the paragraph retrieval ranked
 * first (a sentence of another section may hold a question word — "two weeks of work" — where the plan items hold
 * none). The answer is each item's first sentence, in order, up to the answer's length, not the one item that
 * happened to score best. An item that holds as many of the question's words answers it alone ("Which dashboards
 * were rebuilt?" is not answered with every highlight).
 */
function expandMarkedList(best: SentenceRecord, query: AnalysedQuery, passages: Passages, ranked: readonly Ranked[]): SentenceRecord[] | undefined {
  const held = (has: (form: string) => boolean): number => query.words.filter((w) => w.forms.some(has)).length;
  // More of the question's words in the headline than in the item: "本周完成了哪些工作？" asks the section 本周完成,
  // though one item also writes 完成; "下周什么时候发布iOS端4.3版本？" asks its item.
  const throughHeadline = (index: number): boolean => {
    const headline = passages.headlineTerms[index] ?? new Set<string>();
    const own = passages.sentencesOf[index] ?? [];
    const inHeadline = held((form) => headline.has(form));
    // Or a list asked by its heading alone: "What are the risks?" under 问题与风险, though the first risk says 风险.
    return inHeadline > held((form) => own.some((s) => s.terms.has(form))) || (query.intent.list && inHeadline === query.words.length && inHeadline > 0);
  };
  const isItem = (index: number | undefined): index is number => index !== undefined && passages.paragraphs[index]?.listItem === true;
  const top = ranked[0]?.index;
  const at = [best.paragraph, top].find((index) => isItem(index) && throughHeadline(index));
  if (at === undefined) return undefined;
  const items = itemsOfList(passages, at);
  return items.length >= 2 ? items : undefined;
}

/**
 * The first sentence of each item of the marked list paragraph `at` stands in (same document, same headline), in
 * order: up to 8 and the answer's length, always reaching `at` itself.
 */
export function itemsOfList(passages: Passages, at: number): SentenceRecord[] {
  const item = passages.paragraphs[at];
  if (item?.listItem !== true) return [];
  const sameList = (i: number): boolean => {
    const other = passages.paragraphs[i];
    return other?.listItem === true && other.document === item.document && other.headline === item.headline;
  };
  let first = at;
  while (first > 0 && sameList(first - 1)) first--;
  first = Math.max(first, at - MAX_LIST_ITEMS + 1);
  const items: SentenceRecord[] = [];
  let length = 0;
  for (let i = first; sameList(i) && items.length < MAX_LIST_ITEMS; i++) {
    const sentence = passages.sentencesOf[i]?.[0];
    if (!sentence) continue;
    if (length + sentence.text.length > MAX_ANSWER_CHARS && i > at) break;
    items.push(sentence);
    length += sentence.text.length;
  }
  return items;
}

/**
 * A list question answered by a sentence that announces an enumeration (or
 * that is one of its items) gets the announcement and every item's first
 * sentence — items inline (一是…二是…) or as the following paragraphs (第一，…).
 */
function expandList(best: SentenceRecord, query: AnalysedQuery, passages: Passages): SentenceRecord[] | undefined {
  if (!query.intent.list || !(ANNOUNCES_LIST.test(best.text) || ITEM_START.test(best.text))) return undefined;
  const own = passages.sentencesOf[best.paragraph] ?? [];
  const inline = own.filter((s) => ITEM_START.test(s.text));
  if (inline.length >= 2) {
    const intro = own.find((s) => ANNOUNCES_LIST.test(s.text) && s.start < (inline[0]?.start ?? 0));
    return intro ? [intro, ...inline] : inline;
  }
  // Find the announcing paragraph: this one, or the one before a run of item paragraphs.
  let announce = best.paragraph;
  const sameDocument = (i: number): boolean => passages.paragraphs[i]?.document === passages.paragraphs[best.paragraph]?.document;
  while (announce > 0 && sameDocument(announce - 1) && ITEM_START.test(passages.sentencesOf[announce]?.[0]?.text ?? '')) announce--;
  const intro = (passages.sentencesOf[announce] ?? []).find((s) => ANNOUNCES_LIST.test(s.text));
  if (!intro) return undefined;
  const items: SentenceRecord[] = [];
  for (let i = announce + 1; i < passages.sentencesOf.length; i++) {
    const first = passages.sentencesOf[i]?.[0];
    if (!first || !ITEM_START.test(first.text) || passages.paragraphs[i]?.document !== passages.paragraphs[announce]?.document) break;
    items.push(first);
  }
  return items.length >= 2 ? [intro, ...items] : undefined;
}
