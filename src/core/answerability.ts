/**
 * Does the report answer the question? Signals that generalise beyond any
 * one wording:
 * - coverage: how much of the question's information (content words weighted
 *   by general-Chinese idf; salient words — names, organisations, products,
 *   Latin words, numbers — count double) occurs in the report at all. A
 *   question about 特斯拉, GDP or 红烧肉 fails here however similar it sounds to
 *   paragraphs on other topics;
 * - a number the report does not have (2019 when it speaks only of 2020), or, in a
 *   Chinese question, a Latin-script name it does not have (PyTorch), means the
 *   question is about something else; so does a name the question opens with
 *   that the report never writes whole, though its pieces occur apart (瑞尼尔山
 *   cut 瑞|尼尔|山: the report has 山 and 尼尔 but never 瑞尼尔); and a number
 *   the best paragraph does not hold (2008年 asked, the paragraph on another year),
 *   or a rare word the question opens with that the best paragraph's document
 *   does not write (线蚓鳗 asked, a passage on another fish);
 * - what a counting or a when-question asks the amount or the date of, where the
 *   report never writes it (股价 in "X的股价是多少？", 出生 in "X是哪一年出生的？");
 *   and, once the sentence to quote is known, a question asking another name
 *   (字, 又名, 俗称) that the sentence gives none of, a count or an amount it
 *   gives no number for, or a doer asked in a cleft (是哪家公司生产的) whose
 *   act it does not tell (judgeQuoted);
 * - support: how much of the question's (present) content the best paragraph
 *   holds, by BM25 idf mass; dense: the best paragraph's cosine similarity.
 *   English questions are matched through a dictionary, so their lexical
 *   signals are weaker: they must also be close in meaning, a little less so
 *   when the paragraph writes their words side by side (standSideBySide).
 * Thresholds come from measured distributions: scripts/calibrate.ts.
 */
import { asksAmount, asksCount, asksMoney, COUNT_OF_THINGS, countsAnother, givesOnlyIncome, holdsDuration, holdsLength, holdsMoney, holdsNumber, holdsTime } from './answer-phrase.js';
import { ITEM_MARK } from './corpus/lines.js';
import { type Bm25Index } from './index/bm25.js';
import { BIGRAM, tag, type Tagged } from './index/segmenter.js';
import { type Vocabulary } from './index/vocabulary.js';
import { actFormsOf, type AnalysedQuery } from './query/analyse.js';
import { isEmployerFraming, isFraming, isQuantityFraming } from './query/framing.js';
import { askedNameMark, asksWhenInEnglish, CHINESE_WHEN_ASKED, englishAimAsked, POST_ENDING } from './query/intent.js';
import { classAsked, namesOneOf } from './class-asked.js';
import { asksCountry, namesCountry } from './country-asked.js';
import { definedTermAsked, definesTerm } from './definition-asked.js';
import { type KindNamed, kindsNamed, quotesOtherKind } from './kind-asked.js';
import { kinAsked, tellsKin } from './kin-asked.js';
import { eventAsked, tellsEvent } from './event-asked.js';
import { asksNameOrigin, tellsNameOrigin } from './name-origin-asked.js';
import { asksOrigin, tellsOrigin } from './origin-asked.js';
import { givesNoOrdinal } from './ordinal-asked.js';
import { repeatsCountOnly } from './members-asked.js';
import { isPersonName } from './passages.js';
import { normaliseForMatch } from './text/normalise.js';
import { CHINESE_NUMERALS, countValue } from './text/numerals.js';
import { englishStem } from './query/bridge.js';
import { contradictedTime, otherSpellings } from './relative-time.js';
import { type Misfit, plansRatherThanTells } from './time-fit.js';
import { opensWithSurname } from './text/surnames.js';
import { type Ranked } from './retrieve.js';
import { PHOTO_WORDS } from './corpus/photo.js';


export interface Thresholds {
  /** Below this coverage the question is about things the report never mentions. */
  minCoverage: number;
  /** The same for English questions, whose words pass through a dictionary and miss more often. */
  minCoverageEnglish: number;
  /** The best paragraph must hold at least this share of the question's content… */
  minSupport: number;
  /** …unless the dense side is at least this sure. */
  denseOverride: number;
  /** English questions: the best paragraph's cosine similarity must reach this. */
  minDenseEnglish: number;
  /** A concrete noun the report lacks (年纪, 股价, 原理): the best paragraph's cosine similarity must reach this. */
  minDenseWithMissingNoun: number;
  /**
   * English questions whose words (two or more) the best paragraph writes side by side, as the question puts them
   * (meeting + stress → 会议强调): no word is a guess, so the floor is lower.
   */
  minDenseEnglishSideBySide: number;
}

/**
 * Measured with scripts/calibrate.ts on test/fixtures/calibration.jsonl (45
 * in-report, 25 out-of-report questions written for calibration): Chinese
 * in-report coverage ≥ 0.56, out-of-report ≤ 0.47 unless a decisive word is
 * missing; English in-report coverage ≥ 0.50 and dense ≥ 0.52, out-of-report
 * dense ≤ 0.44. Each threshold sits in the gap, not on the nearest question.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
  minCoverage: 0.51,
  minCoverageEnglish: 0.45,
  minSupport: 0.25,
  denseOverride: 0.6,
  minDenseEnglish: 0.47,
  minDenseWithMissingNoun: 0.5,
  minDenseEnglishSideBySide: 0.35,
};

/** jieba tags of nouns, proper nouns and time words. */
const NOUN_TAGS = /^(n|nr|nrfg|nrt|ns|nt|nz|ng|t|tg)$/;
/** Nouns of things (no time words: 今天 in "今天涨了多少" is when, not what). */
const THING_TAGS = /^(n|nz|ng)$/;
/** Verbs, the events a when-question dates (not verbal nouns: 活动 in "活动是哪天开幕的" is the event itself, named otherwise). */
const EVENT_TAGS = /^v$/;
/**
 * Right after the asking words, a noun is the event dated, mis-tagged: jieba tags 封顶 a noun in "3号楼什么时候封顶？",
 * which asks when the building tops out. An adverb (会, 将, 才) may stand between.
 */
const WHEN_ADVERB = '会|将|要|能|才';
const DATED_NEXT = new RegExp(`(?:${CHINESE_WHEN_ASKED.source})(?:${WHEN_ADVERB}|可以)?$`, 'u');
const DATED_NOUN_TAGS = /^(?:n|vn)$/;
/** An adverb jieba glues to the verb after it (会|用 as 会用/n): the word is then no event, mis-tagged or not. */
const GLUED_ADVERB = new RegExp(`^(?:${WHEN_ADVERB})`, 'u');

/** Is the word the event a Chinese when-question dates, right after its asking words, though jieba tags it a noun? */
function datedRightAfterAsking(query: AnalysedQuery, word: { word: string; tag: string }): boolean {
  const at = query.text.indexOf(word.word);
  return DATED_NOUN_TAGS.test(word.tag) && !GLUED_ADVERB.test(word.word) && at > 0 && DATED_NEXT.test(query.text.slice(0, at));
}
/**
 * Verbs that say when an event begins, goes on or ends, not what it is: in "社区团购什么时候开始试点？" the event dated
 * is 试点, and a report that writes "12月8日起…将试点" need never write 开始.
 */
const PHASE_VERB = /^(?:开始|结束|继续|进行|开展|着手)$/u;
/**
 * Verbs of a rule or a plan taking effect: "新的差旅报销标准从什么时候开始执行？" asks when the standard applies, which a
 * notice dates with 自2027年1月1日起调整 and need never write 执行.
 */
const TAKES_EFFECT = /^(?:执行|实施|施行|生效|适用|启用)$/u;

export interface Signals {
  coverage: number;
  missingSalient: string[];
  /** A missing word that settles it alone (a number, an acronym, or a Latin name in a Chinese question). */
  missingDecisive: string[];
  /** Every content word the report does not contain, with its tag and information weight. */
  missingWords: { word: string; tag: string; weight: number }[];
  /** Missing nouns that name what is asked (not framing words like 评价, 职务). */
  missingNouns: string[];
  /**
   * What a counting or a when-question asks the amount or the time of, where the documents never write it: a thing
   * counted or measured (股价 in "X的股价是多少？", cost in "How much does X cost?") or an event dated (出生 in "X是哪一年出生的？"). The documents
   * cannot give the amount of what they never name, nor the date of what they never tell. Quantity nouns (比例, 数量)
   * are how an amount is asked, not what it is of, and do not count.
   */
  missingAskedOf: string[];
  /** The name the question opens with (query.lead), when the report never writes it whole. */
  leadMissing?: string;
  /** The relative time the question asks (week:last) when the best paragraph speaks only of another (this week). */
  timeContradicted?: string;
  /** Numbers the question gives (2008年, 12号线) that the best paragraph and its headline do not hold. */
  numbersNotInBest: string[];
  /** Kinds of a thing the question names that the documents write as one phrase (联合直播): see kind-asked.ts. */
  kindsNamed: KindNamed[];
  /** The rare word a Chinese question opens with (its subject: 线蚓鳗, 劲松站), when the best paragraph's document does not write it (openingName). */
  openingAway?: string;
  support: number;
  dense: number;
  english: boolean;
  /** An English question's words (two or more, by their translations) stand side by side in the best paragraph: see minDenseEnglishSideBySide. */
  sideBySide: boolean;
  /** An English question's words (three or more, by their translations) all stand in one sentence of the best paragraph (standInOneSentence): as sideBySide. */
  sameSentence: boolean;
  /**
   * An English question whose only content is someone of the report, named in pinyin (What did Wang Xiaoming say? → 王晓明),
   * with a number or where they work (What did Li Lecheng point out about 2025? Which company does Wang Xiaoming work
   * for?): exact matches, no dictionary guess.
   */
  onlyNamesPerson: boolean;
  /**
   * An English question every word of which (by its translations) is in the headline the best paragraph stands
   * under, a list's or a section's ("What are the risks?" over 风险与求助, or over the prose of 下周计划与风险): the
   * section is what is asked, its heading no dictionary guess that the paragraphs' embeddings, which hardly write the
   * heading's words, could bear out.
   */
  namesList: boolean;
  /**
   * An English question that names someone of the report in pinyin and asks about a topic (What did Zhou Jian say
   * about supply chains?), where the best paragraph writes the name and a translation of every other word: the
   * name is no guess, and it ties the topic to that paragraph, as side by side ties words.
   */
  personWithTopic: boolean;
  /**
   * An English question asking who did something, where the best paragraph is a label naming the act's doer (Who
   * chaired the meeting? over 主持人：项目经理韩冰): a form of the act and a name after its colon, no guess.
   */
  labelNamesDoer: boolean;
  /**
   * An English who-question about a photo, where the best paragraph is a caption with its credit (Who took the photo
   * of Li Lecheng? over …李乐成接受媒体采访。新华社记者 李鑫摄), and the caption writes whatever else the question names:
   * the credit names who took it. The photo word reaches the caption only through its index words (corpus/photo.ts).
   */
  creditNamesPhotographer: boolean;
  hasDense: boolean;
}

/** A thing a Chinese counting question asks the amount of (股价 in "股价是多少", 表 in "多少张表"), not how the amount is asked (比例). */
function asksAmountOf(query: AnalysedQuery, word: { word: string; tag: string }): boolean {
  return query.language === 'zh' && query.intent.quantity && THING_TAGS.test(word.tag) && !isFraming(word.word) && !isQuantityFraming(word.word);
}

/** A measure of something, one character on a thing (下载量, 销量, 访问量, 通过率): what it measures is the stem. */
const MEASURE_OF = /^(\p{Script=Han}{2,})[量率额]$/u;

/**
 * A Chinese counting question asks a measure of a thing (下载量是多少) that the documents write neither whole nor by its
 * stem (下载): they cannot give the amount of what they never speak of. jieba tags such words as it likes (下载量
 * is l), so the word's form is read, not its tag; a stem written (下载超过十万次) leaves it to the other signals,
 * and a quantity noun (产品数量) is how the amount is asked, not a thing.
 */
function measuresUnwritten(query: AnalysedQuery, word: string, vocabulary: Vocabulary): boolean {
  const stem = MEASURE_OF.exec(word)?.[1];
  return query.intent.quantity && stem !== undefined && !isQuantityFraming(word) && !vocabulary.occurs(stem);
}

/**
 * A one-character thing counted, cut from its measure word (多少|张表 → 表), that the documents hold only inside
 * other words (表示), not as a word or a word's head (数据表) — nor as the start of a word with the question's
 * next word (多少|家茶|企: 茶企). "迁移了多少张表？" quoted a sentence about racks over documents without tables.
 */
function countedCharacterUnwritten(query: AnalysedQuery, i: number, vocabulary: Vocabulary): boolean {
  const word = query.words[i];
  if (!word?.counted || [...word.word].length !== 1 || !asksAmountOf(query, word) || vocabulary.heads(word.word)) return false;
  const next = query.words[i + 1]?.word;
  return next === undefined || !vocabulary.writes(word.word + next);
}

/** Verbs, and nouns made of them (退货 is either): a kind of thing said by an act. */
const VERB_TAGS = /^(?:v|vn)$/;
/** The asking word of a Chinese counting question. */
const COUNT_ASKED = /多少|几/u;
/** The asking word as jieba cuts it, a word of its own. */
const COUNT_WORD_ALONE = new RegExp(`^(?:${COUNT_ASKED.source})$`, 'u');

/**
 * An unwritten verb saying which kind of the counted thing is asked (退货 in "本周退货订单有多少单？"): it stands right
 * before the thing, and both before the asking word, so the thing is the subject counted, not the object of the verb
 * (获得多少票). Documents that write 出库订单 but never 退货 cannot count returned orders: the outbound count was
 * quoted.
 */
function kindOfCountedUnwritten(query: AnalysedQuery, i: number, vocabulary: Vocabulary): boolean {
  const word = query.words[i];
  const thing = query.words[i + 1];
  if (word === undefined || thing === undefined || !VERB_TAGS.test(word.tag) || !asksAmountOf(query, thing) || !thing.forms.some((f) => vocabulary.occurs(f))) return false;
  // jieba may have cut across a word the documents write: 新高|低温箱 is 新的高低温箱.
  if (vocabulary.writes(word.word.slice(-1) + thing.word)) return false;
  const phrase = query.text.indexOf(word.word + thing.word);
  const asking = query.text.search(COUNT_ASKED);
  return phrase >= 0 && asking > phrase + word.word.length + thing.word.length;
}

/** A number as written: 2008, 4.2, 0.3 (whole, so 2 is not found in 20). */
const NUMBER = /\d+(?:\.\d+)?/g;

/** The numbers of the question's words: 2008年 → 2008, 30% → 30, 12号线 → 12. */
function numbersOf(query: AnalysedQuery): string[] {
  return [...new Set(query.words.flatMap((w) => w.word.match(NUMBER) ?? []))];
}

/** A text without the given numbers (whole: 43 is taken out of 共43条, not out of 143). */
function withoutNumbers(text: string, numbers: readonly string[]): string {
  return numbers.length === 0 ? text : text.replace(NUMBER, (n) => (numbers.includes(n) ? '·' : n));
}

/**
 * A number in characters naming one of a series (一号基地, 二号线, 一期工程, 第三批, 第二轮): what tells it from its
 * neighbours.
 */
const NUMBERED_NAME = /^(?:第)?([一二三四五六七八九十])[号期]|^第([一二三四五六七八九十])[批届轮代季]/u;

/**
 * Is a numbered name (一号, 一期, 第三批) written neither so nor in digits (1号)? Then the documents speak of another of
 * the series: "一号基地11月生产了多少套控制器？" quoted the output of 二号基地, "桌面云一期部署了多少个终端？" the 二期's,
 * "第三批智慧教室什么时候改造？" the second batch's.
 */
function numberedNameUnwritten(word: string, vocabulary: Vocabulary): boolean {
  const named = NUMBERED_NAME.exec(word);
  const numeral = named?.[1] ?? named?.[2];
  if (numeral === undefined) return false;
  const digits = word.replace(numeral, String(countValue(numeral)));
  return !vocabulary.occurs(digits);
}

/** A list number opening a line: 四、 （二） 3. */
const LINE_NUMBERING = /(^|\n)\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．](?![0-9]))/gu;

/** The numbers a text does not hold, whole or (small ones) in characters; the text is read only when there are numbers to look for. */
function numbersMissingFrom(numbers: readonly string[], text: () => string): string[] {
  if (numbers.length === 0) return [];
  // A line's list number (四、行政与后勤, （二）, 3.) orders sections and items: it writes no number of the content.
  const written = text().replace(LINE_NUMBERING, '$1');
  const held = new Set(written.match(NUMBER) ?? []);
  return numbers.filter((n) => !held.has(n) && ![...(CHINESE_NUMERALS[Number(n)] ?? '')].some((c) => written.includes(c)));
}

/**
 * Does `text` write every word of the question (two at least, each by one of its report forms) side by side, at
 * most one character apart (会议强调, 出席了会议)? Then the question reads as the documents put it, in translation.
 */
export function standSideBySide(query: AnalysedQuery, text: string): boolean {
  const forms = query.words.map((w) => w.forms.filter((f) => f !== w.english));
  if (forms.length < 2 || forms.some((f) => f.length === 0)) return false;
  const follows = (at: number, rest: readonly (readonly string[])[]): boolean => {
    const [next, ...after] = rest;
    if (!next) return true;
    return [at, at + 1].some((gap) => next.some((form) => text.startsWith(form, gap) && follows(gap + form.length, after)));
  };
  // Side by side in the question's order or the reverse (stress + meeting → 会议强调).
  return [forms, [...forms].reverse()].some(([first = [], ...rest]) =>
    first.some((form) => {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (follows(at + form.length, rest)) return true;
      return false;
    }),
  );
}

/** Does the headline a paragraph stands under (normalised; undefined with none) write every word of the question? */
export function namesListHeadline(query: AnalysedQuery, headline: string | undefined): boolean {
  if (headline === undefined || headline === '' || query.words.length === 0) return false;
  return query.words.every((w) => w.forms.some((form) => form !== w.english && headline.includes(form)));
}

/** Fewer words than this meet in one sentence by chance: with two, english-short lost 2 of its 10 declines. */
const SAME_SENTENCE_WORDS = 3;

/**
 * Does one sentence of `text` write every word of an English question (three at least, each by one of its report
 * forms), in any order? "When was version 4.2 released?" meets "移动端4.2版本于周二上线…" (4.2, and 版本, CC-CEDICT's word
 * for both version and release) at a cosine of 0.44, under the English floor; one translation may be a guess, three
 * met in one sentence are not.
 */
export function standInOneSentence(query: AnalysedQuery, text: string): boolean {
  const forms = query.words.map((w) => w.forms.filter((f) => f !== w.english));
  if (forms.length < SAME_SENTENCE_WORDS || forms.some((f) => f.length === 0)) return false;
  return text.split(/[。！？；!?;\n]/u).some((sentence) => forms.every((options) => options.some((f) => sentence.includes(f))));
}

/** See Signals.labelNamesDoer. The act's doer may be written as the act and one character (主持人, 编制人). */
export function labelNamesDoer(query: AnalysedQuery, text: string): boolean {
  if (query.language !== 'en' || query.doerAct === undefined) return false;
  const acts = actFormsOf(query).filter((form) => /^\p{Script=Han}{2,}$/u.test(form));
  return acts.some((act) => new RegExp(`(?:^|[\\s，。；;])${act}[人者方]?[：:]\\s*\\p{Script=Han}{2,}`, 'u').test(text));
}

/** See Signals.creditNamesPhotographer. `credited`: the best paragraph is a caption with its credit. */
export function creditNamesPhotographer(query: AnalysedQuery, text: string, credited: boolean): boolean {
  if (query.language !== 'en' || !query.intent.who || !credited) return false;
  const photo = query.words.filter((w) => w.forms.some((form) => PHOTO_WORDS.includes(form)));
  if (photo.length === 0) return false;
  // A credit answers for its own photo only: whoever or whatever else the question names, the caption writes.
  return query.words.every((w) => photo.includes(w) || w.forms.some((form) => text.includes(normaliseForMatch(form))));
}

/** See Signals.personWithTopic. */
export function namesPersonWithTopic(query: AnalysedQuery, text: string): boolean {
  if (query.language !== 'en' || !query.words.some((w) => w.romanised !== undefined) || query.words.every((w) => w.romanised !== undefined)) return false;
  return query.words.every((w) => w.forms.some((form) => text.includes(normaliseForMatch(form))));
}

/** An asking word right before the noun it asks (哪位生物学家, 什么机构, 何种药物): what a question opening so ends with. */
const ASKING_DETERMINER = /(?:哪\p{Script=Han}?|什么|何\p{Script=Han}?)$/u;

/** A word general Chinese hardly writes (information ≥ this): a name, a species, a place — what a question is about. */
const RARE_WORD = 10;

/**
 * The name a Chinese question opens with: its first word but a question word (哪国, 什么), when general Chinese
 * hardly writes it (RARE_WORD). jieba glues a 是 to a name it does not know (周俊是), so a closing 是 is dropped; only
 * the first two characters are looked for, so what jieba glues after the name (曾效力) does not matter either.
 */
export function openingName(query: AnalysedQuery): string | undefined {
  if (query.language !== 'zh') return undefined;
  const opening = query.words.find((w) => w.tag !== 'r' && !w.word.startsWith('哪'));
  // A word reaching documents in English through the dictionary (错误率 → error rate) is no name to find written.
  // Nor is a relative time (下个月, which a report writes 下月).
  if (opening === undefined || opening.weight < RARE_WORD || opening.crossed === true || otherSpellings(opening.word).length > 0) return undefined;
  // The noun an asking word opens with is what is asked, not the subject: 哪位|生物学家 正式建立了…的名称？
  const at = query.text.indexOf(opening.word);
  if (at >= 0 && ASKING_DETERMINER.test(query.text.slice(0, at))) return undefined;
  const name = [...opening.word.replace(/是$/u, '')];
  return name.length >= 2 ? normaliseForMatch(name.slice(0, 2).join('')) : undefined;
}

/** What the rules read of a paragraph beyond its retrieval scores, each in matching form. */
export interface ParagraphViews {
  /**
   * Paragraph i's text and headline. A number is looked for in the best paragraph only: the report may well have
   * 2008 elsewhere, in a paragraph on something else.
   */
  text?: (index: number) => string;
  /** The whole document of paragraph i, where the name a question opens with is looked for (openingName). */
  document?: (index: number) => string;
  /** The title of paragraph i's document: a weekly report's undated figures are this week's (contradictedTime). */
  title?: (index: number) => string;
  /** The headline paragraph i stands under, a list's or a section's (normalised; undefined with none): namesList. */
  headline?: (index: number) => string | undefined;
  /** Is paragraph i a photo caption with its credit (creditNamesPhotographer)? */
  credited?: (index: number) => boolean;
}

/** Tags jieba gives a name it does not know (x) or takes for one. */
const UNKNOWN_NAME_TAGS = /^(?:x|nr|nrt|ns|nz)$/u;

/**
 * Is a question word the documents do not write only jieba's cut across a name it does not know, which the documents
 * write? It glues a 是 or an adverb onto the name (王沈是, 杨昊现), or gives the name's last character to the next word
 * (扎加藏|布发源, where the documents write 扎加藏布 and 发源), or glues the place word closing the noun before onto
 * it (室温|下乙二醛). Only words of three characters or more are re-cut, so a two-character word the documents lack
 * (佳丽) is never read as two characters they write apart.
 */
export function writtenAcrossCut(query: AnalysedQuery, i: number, vocabulary: Vocabulary): boolean {
  const word = query.words[i]?.word;
  if (query.language !== 'zh' || word === undefined || !/^\p{Script=Han}{3,}$/u.test(word)) return false;
  if (GLUED_AFTER_NAME.test(word) && vocabulary.occurs(word.slice(0, -1))) return true;
  const before = query.words[i - 1];
  // A place word closing the noun before, glued onto a name jieba does not know (室温|下乙二醛 for 室温下|乙二醛).
  if (before !== undefined && GLUED_BEFORE_NAME.test(word) && NOUN_TAGS.test(before.tag) && query.text.includes(before.word + word) && vocabulary.occurs(word.slice(1))) return true;
  // The name before is one jieba does not know (x) or took for a name, so 教育部|部长 is no 教育 and a 部部长 written by chance.
  return before !== undefined && UNKNOWN_NAME_TAGS.test(before.tag) && query.text.includes(before.word + word) && vocabulary.occurs(before.word + word.slice(0, 1)) && vocabulary.occurs(word.slice(1));
}

/** A place word (方位词) after a noun that jieba glues onto the name that follows (室温|下乙二醛). */
const GLUED_BEFORE_NAME = /^[上下内里]/u;

/** One character jieba glues onto a name it does not know: a copula or an adverb after it (王沈是, 杨昊现, 李明曾). */
const GLUED_AFTER_NAME = /[是现曾也又还都将已]$/u;

/** The fewest characters of a question word the index never cut that count as written where a paragraph has them. */
const MIN_UNCUT_NAME = 3;

export function measure(query: AnalysedQuery, ranked: readonly Ranked[], bm25: Bm25Index, vocabulary: Vocabulary, views: ParagraphViews = {}): Signals {
  const { text: paragraphText, document: documentText, title, headline, credited } = views;
  let total = 0;
  let found = 0;
  const missingSalient: string[] = [];
  const missingDecisive: string[] = [];
  const missingWords: Signals['missingWords'] = [];
  const missingNouns: string[] = [];
  const missingAskedOf: string[] = [];
  for (const [i, word] of query.words.entries()) {
    const weight = word.weight * (word.salient ? 2 : 1);
    const written = word.forms.some((form) => vocabulary.occurs(form)) || writtenAcrossCut(query, i, vocabulary);
    // How an amount is asked (钱 in 多少钱, 比例) is not what it is asked of: the answer gives a number (172万元),
    // so a report that never writes the word is no sign of anything.
    if (!written && query.language === 'zh' && isQuantityFraming(word.word)) continue;
    total += weight;
    // An organisation named in several words (印度|空间|研究|组织) that the documents never write — whole, with words
    // put in, or shortened — is one they say nothing of, as a one-word name is (below).
    const organisation = query.language === 'zh' ? organisationEndedBy(query, i) : undefined;
    if (organisation !== undefined && !vocabulary.spellsOut(organisation, { insertions: true }) && !vocabulary.writesShortening(organisation)) missingDecisive.push(organisation);
    if (written) {
      found += weight;
      if (countedCharacterUnwritten(query, i, vocabulary)) missingAskedOf.push(word.word);
      continue;
    }
    missingWords.push({ word: word.word, tag: word.tag, weight: word.weight });
    if (query.language === 'zh') {
      // What a counting question counts (股价), or the event a when-question dates (出生): the documents cannot give
      // the amount of what they never name, nor the date of what they never tell. A verb that frames other questions
      // (担任 in 担任什么职务) is still the event a when-question dates (什么时候担任).
      const framing = isFraming(word.word);
      // Over documents in English a Chinese noun the dictionary does not reach is no sign: the English floor holds.
      if (!framing && NOUN_TAGS.test(word.tag) && query.crossed !== true) missingNouns.push(word.word);
      if (asksAmountOf(query, word) || (!framing && measuresUnwritten(query, word.word, vocabulary)) || kindOfCountedUnwritten(query, i, vocabulary)) missingAskedOf.push(word.word);
      if (query.intent.when && (EVENT_TAGS.test(word.tag) || datedRightAfterAsking(query, word)) && !TAKES_EFFECT.test(word.word) && !(PHASE_VERB.test(word.word) && i < query.words.length - 1)) missingAskedOf.push(word.word);
    }
    // The same in English: "How much does a … robot cost?" over documents that never speak of cost, "How many
    // robots did X sell?" over documents that never tell a sale, and "How many workers were injured?" over
    // documents that never tell an injury.
    const englishWords = word.english?.split(' ');
    // And "What is the truck load factor?" over documents that write nothing for factor: the attribute asked is not there.
    if (englishWords !== undefined && (englishWords.at(-1) === query.amountOf || englishWords[0] === query.countedAct || englishWords[0] === query.countedState || englishWords.some((w) => query.definedTerm?.includes(w) === true) || englishWords.at(-1) === query.headAsked)) missingAskedOf.push(word.word);
    // An organisation the documents never name (教育部 over a report of 工业和信息化部): they say nothing of it.
    if (query.language === 'zh' && namesOrganisation(word) && !vocabulary.spellsOut(word.word)) missingDecisive.push(word.word);
    // One of a numbered series the documents never write (一期 where they write 二期): jieba tags it as it likes (d).
    if (numberedNameUnwritten(word.word, vocabulary)) missingDecisive.push(word.word);
    // A character jieba knows only inside words (a morpheme, g) standing alone is a piece of a name it does not know
    // (疣|鹦嘴鱼): documents never writing that character say nothing of what it names, however much of the rest they write.
    if (query.language === 'zh' && word.tag === 'g' && /^\p{Script=Han}$/u.test(word.word)) missingDecisive.push(word.word);
    if (!word.salient) continue;
    missingSalient.push(word.english ?? word.word);
    if (/\d/.test(word.word) || word.acronym === true || (query.language === 'zh' && /^[a-z]/.test(word.word))) missingDecisive.push(word.word);
  }
  const best = ranked[0];
  // The best paragraph's text, built once and only when a rule needs it.
  let bestText: string | undefined;
  const readBest = best && paragraphText ? (): string => (bestText ??= paragraphText(best.index)) : undefined;
  let bestMatchText: string | undefined;
  const bestWrites = (term: string): boolean => readBest !== undefined && (bestMatchText ??= normaliseForMatch(readBest())).includes(term);
  let possible = 0;
  let held = 0;
  for (const term of query.terms) {
    if (term.term.startsWith(BIGRAM)) continue;
    const mass = term.weight * bm25.idf(term.term);
    if (bm25.documentFrequency(term.term) === 0) {
      // A name jieba cuts one way in the question and another in the documents (扎加藏|布发源 against 扎加|藏布) is
      // no index word, yet the best paragraph may write it: then it is held, or support would rest on the rest (山).
      // Three characters at least: two are often written across words by chance (年|会场 writes 年会).
      if (query.language === 'zh' && [...term.term].length >= MIN_UNCUT_NAME && bestWrites(term.term)) {
        possible += mass;
        held += mass;
      }
      continue;
    }
    possible += mass;
    if (best?.matched.includes(term.term)) held += mass;
  }
  const numbersNotInBest = readBest ? numbersMissingFrom(numbersOf(query), readBest) : [];
  const opening = openingName(query);
  const openingAway = opening !== undefined && best !== undefined && documentText !== undefined && !documentText(best.index).includes(opening) ? opening : undefined;
  const leadMissing = query.lead !== undefined && !vocabulary.writes(query.lead) ? query.lead : undefined;
  const timeContradicted = readBest ? contradictedTime(query.text, readBest, () => (best && title ? title(best.index) : '')) : undefined;
  // A Chinese question reaching documents in English through the dictionary is held as an English one is.
  const english = query.language === 'en' || query.crossed === true;
  return {
    ...(leadMissing ? { leadMissing } : {}),
    ...(timeContradicted ? { timeContradicted } : {}),
    ...(openingAway ? { openingAway } : {}),
    numbersNotInBest,
    kindsNamed: query.language === 'zh' ? kindsNamed(query.text, (phrase) => vocabulary.writes(phrase)) : [],
    coverage: total === 0 ? 0 : found / total,
    missingSalient,
    missingDecisive,
    missingWords,
    missingNouns,
    missingAskedOf,
    support: possible > 0 ? held / possible : 0,
    dense: best?.dense ?? 0,
    english,
    // Both read the best paragraph's text: only for English questions, which they concern.
    sideBySide: english && readBest !== undefined && standSideBySide(query, readBest()),
    sameSentence: english && readBest !== undefined && standInOneSentence(query, readBest()),
    personWithTopic: english && readBest !== undefined && namesPersonWithTopic(query, readBest()),
    namesList: english && best !== undefined && namesListHeadline(query, headline?.(best.index)),
    labelNamesDoer: english && readBest !== undefined && labelNamesDoer(query, readBest()),
    creditNamesPhotographer: english && best !== undefined && readBest !== undefined && creditNamesPhotographer(query, readBest(), credited?.(best.index) === true),
    onlyNamesPerson: query.words.some((w) => w.romanised !== undefined) && query.words.every((w) => w.romanised !== undefined || /^\d+$/.test(w.word) || (query.intent.identity && w.english !== undefined && isEmployerFraming(w.english))),
    hasDense: ranked.some((r) => r.dense !== 0),
  };
}

export function decide(s: Signals, t: Thresholds): boolean {
  return (
    s.missingDecisive.length === 0 &&
    s.leadMissing === undefined &&
    s.timeContradicted === undefined &&
    s.numbersNotInBest.length === 0 &&
    s.openingAway === undefined &&
    s.missingAskedOf.length === 0 &&
    s.coverage >= (s.english ? t.minCoverageEnglish : t.minCoverage) &&
    (s.support >= t.minSupport || s.dense >= t.denseOverride) &&
    // The dense floor guards dictionary guesses; a question that names a person of the report exactly, alone or
    // with words their paragraph writes, makes none that the paragraph does not bear out.
    (!s.english || !s.hasDense || s.dense >= (s.sideBySide || s.sameSentence ? t.minDenseEnglishSideBySide : t.minDenseEnglish) || s.onlyNamesPerson || s.personWithTopic || s.namesList || s.labelNamesDoer || s.creditNamesPhotographer) &&
    (s.missingNouns.length === 0 || !s.hasDense || s.dense >= t.minDenseWithMissingNoun)
  );
}

export interface Answerability extends Signals {
  answerable: boolean;
  /** Set when the sentence to quote gives no name, though the question asks another name of something (givesNoName). */
  givesNoName?: boolean;
  /** Set when the sentence to quote gives no number, though the question counts (givesNoNumber). */
  givesNoNumber?: boolean;
  /** Set when the sentence to quote speaks of another kind of the thing the question names a kind of (quotesOtherKind). */
  quotesOtherKind?: boolean;
  /** Set when the sentence to quote does not tell the act whose doer is asked (tellsNoAct). */
  tellsNoAct?: boolean;
  /** Set when the sentence to quote does not write the post whose holder is asked (namesNoPost). */
  namesNoPost?: boolean;
  /** Set when the sentence to quote gives no span of time, though the question asks how long (givesNoDuration). */
  givesNoDuration?: boolean;
  /** Set when the sentence to quote gives no time at all, though the question asks when (datesNothing). */
  datesNothing?: boolean;
  /** Set when the sentence to quote writes the event a when-question asks, but dates another (datesAnotherEvent). */
  datesAnotherEvent?: boolean;
  /** Set when a question asks when something began and the sentence to quote gives only a deadline (datesOnlyDeadline). */
  datesOnlyDeadline?: boolean;
  /** Set when the sentence to quote is of another period than the question names (quotesAnotherTime). */
  quotesAnotherTime?: boolean;
  /** Set when the sentence to quote only asks for or plans what a question asks the outcome of (tellsNoOutcome). */
  tellsNoOutcome?: boolean;
  /** Set when the sentence to quote names the thing counted but counts another in the unit asked (countsOtherThing). */
  countsOtherThing?: boolean;
  /** Set when the sentence to quote does not write the attribute an amount question asks (omitsAttributeAsked). */
  omitsAttributeAsked?: boolean;
  /** Set when a question asks a sum of money and the sentence to quote gives none (givesNoMoney). */
  givesNoMoney?: boolean;
  /** Set when an English how-many question's act is not told by the sentence to quote (tellsNoCountedAct). */
  tellsNoCountedAct?: boolean;
  /** Set when an English question's sentence to quote does not write which measure it asks (omitsEnglishAttribute). */
  omitsEnglishAttribute?: boolean;
  /** Set when an English question asks an aim and the sentence to quote neither writes one nor plans (omitsEnglishAim). */
  omitsEnglishAim?: boolean;
  /** Set when an English who-question's act is not told by the sentence to quote (tellsNoEnglishAct). */
  tellsNoEnglishAct?: boolean;
  /** Set when the sentence to quote counts the kind the question counts, but not as many (countsOtherNumber). */
  countsOtherNumber?: boolean;
  /** Set when a who-question's sentence to quote names no one (namesNoOne). */
  namesNoOne?: boolean;
  /** Set when a question asks the members of a group it counts and the sentence to quote only counts them (namesNoMembers). */
  namesNoMembers?: boolean;
  /** Set when a question asks which country and the sentence to quote names none (namesNoCountry). */
  namesNoCountry?: boolean;
  /** Set when a question asks where someone comes from and the sentence to quote does not tell it (tellsNoOrigin). */
  tellsNoOrigin?: boolean;
  /** Set when a question asks someone's relative and the sentence to quote does not write the relation (namesNoKin). */
  namesNoKin?: boolean;
  /** Set when a question asks why something bears its name and the sentence to quote gives no cause of it (tellsNoNameOrigin). */
  tellsNoNameOrigin?: boolean;
  /** Set when a question asks which one of a class (a colour, a school, a taxon…) and the sentence to quote names none (namesNoneOfClass). */
  namesNoneOfClass?: boolean;
  /** Set when a question asks what a term is or means and the sentence to quote does not define it (definesNoTerm). */
  definesNoTerm?: boolean;
  /** Set when a question asks of a birth, death, founding, graduation or range and the sentence to quote does not tell it (tellsNoEvent). */
  tellsNoEvent?: boolean;
  /** Set when a question asks a place in a series (第几层) and the sentence to quote gives none (namesNoPlaceInSeries). */
  namesNoPlaceInSeries?: boolean;
  /** Set when a question counts a thing it names after 多少 and the sentence to quote names it not (namesNoThingCounted). */
  namesNoThingCounted?: boolean;
  /** Set when the sentence to quote comes from a document that never writes the name the question opens with (quotesAnotherSubject). */
  quotesAnotherSubject?: boolean;
}

/**
 * A question asking another name of something (又名, 俗称, 字, 学名, also known as) is answered only by a
 * sentence that gives that kind of name (askedNameMark: 字 for a courtesy name, a naming word otherwise). Near-topic questions of
 * this kind were answered with a neighbouring sentence about the same thing ("李明的字是什么？" with a sentence of
 * his deeds). `sentence` is the one to be quoted first.
 */
export function givesNoName(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  return query.intent.alias && sentence !== undefined && !askedNameMark(query.text).test(sentence.text);
}

/** What an English how-many question counts when its shape does not say (see givesNoNumber). */
const UNNAMED_THING = 'things';

/**
 * Does a Chinese question count a thing it names right after the asking word, with no measure word (影响了多少订单,
 * 有多少员工): a share (96.3%) or a date is then no count of it, as with 多少台. Not a quantity asked by its noun
 * (多少钱, 多少比例), nor a time word (多少时间 is answered by a span).
 */
function countsThingNamed(query: AnalysedQuery): boolean {
  return thingNamedCounted(query) !== undefined;
}

/** The thing a Chinese question counts right after the asking word, with no measure word (有多少|粉丝), and the word after it. */
function thingNamedCounted(query: AnalysedQuery, options: { afterMeasure?: boolean } = {}): { thing: string; next: Tagged | undefined } | undefined {
  if (query.language !== 'zh') return undefined;
  const words = tag(query.text);
  const at = words.findIndex((w) => COUNT_WORD_ALONE.test(w.word) || (options.afterMeasure === true && w.tag === 'm' && COUNT_WITH_MEASURE.test(w.word)));
  // 哪几类恐龙 asks which kinds, not how many.
  if (at < 0 || words[at - 1]?.word === '哪') return undefined;
  let thingAt = at + 1;
  // After a measure word, cut apart (多少|名|学生) or glued to the asking word (几名|医师), when asked.
  if (options.afterMeasure === true && COUNT_WORD_ALONE.test(words[at]!.word) && words[thingAt]?.tag === 'q' && [...words[thingAt]!.word].length === 1) thingAt++;
  const thing = words[thingAt];
  if (thing === undefined || !THING_TAGS.test(thing.tag) || [...thing.word].length < 2 || isQuantityFraming(thing.word) || isFraming(thing.word)) return undefined;
  return { thing: thing.word, next: words[thingAt + 1] };
}

/** 几名, 多少个: the asking word with a measure word jieba glues to it. */
const COUNT_WITH_MEASURE = /^(?:多少|几)\p{Script=Han}$/u;

/**
 * The thing counted, when it is the head of what is counted: not a noun before another (多少|人形|机器人|产能 counts
 * capacity). Named after a measure word too (多少名学生): "全校有多少名学生？" quoted 4,830名考生. In CMRC's train and fit
 * parts 24 of 25 such questions' gold sentences name it, whole or by its first character.
 */
function headThingCounted(query: AnalysedQuery): string | undefined {
  const counted = thingNamedCounted(query, { afterMeasure: true });
  return counted === undefined || (counted.next !== undefined && THING_TAGS.test(counted.next.tag)) ? undefined : counted.thing;
}

/**
 * A count of a thing named right after the asking word (林悦有多少粉丝？) is answered only by a sentence that names it,
 * whole or by its first character (500股 for 股份): "林悦有多少粉丝？" quoted the livestream she hosted, which counts
 * viewers and orders.
 */
export function namesNoThingCounted(query: AnalysedQuery, sentence: QuotedCandidate | undefined): boolean {
  const thing = headThingCounted(query);
  return thing !== undefined && sentence !== undefined && !sentence.text.includes(thing) && !sentence.text.includes(thing.charAt(0));
}

/**
 * A question that counts (多少家, 几台, how many) or asks an amount (价格是多少, what is the price of) is answered
 * only by a sentence that gives a number, in digits or in characters (三百, 数十, 半数, 三成). "春晚上用了多少台机器人？"
 * quoted a sentence about the robots' show that counts nothing, "工信部有多少名副部长？" one that names a
 * vice-minister, and "What is the price of a humanoid robot?" one that weighs an industry in 汽车价格.
 */
export function givesNoNumber(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (sentence === undefined || !asksAmount(query.text, query.countUnit ?? null, query.intent)) return false;
  // The question's own numbers are what it already knows: "43条意见中有多少条被采纳了？" is not answered by "共收集意见43条".
  // An English how-many question counts in the thing it names (inquiries), as 多少台 counts in 台.
  // One whose thing the question's shape hides ("How many people work at …?") still counts no date: 3月3日 is none.
  const countIn = query.countUnit ?? (asksCount(query.text, null) ? (query.amountOf ?? UNNAMED_THING) : countsThingNamed(query) ? UNNAMED_THING : undefined);
  const given = withoutNumbers(sentence.text, numbersOf(query));
  return countIn === undefined && query.intent.length ? !holdsLength(given) : !holdsNumber(given, countIn);
}

/**
 * A question asking who did something, in a cleft (是哪家公司生产的, 是由谁主持的), is answered only by a sentence
 * that tells that act (query.actAsked): the verb as written, or another word its event is named with (发售 for 发行,
 * 创办 for 创立: actFormsOf), alone or opening a longer word (改编自, 主持会议), but not made a noun by one more
 * character (生产力 is no 生产) unless that noun is the act's doer (主持人：韩冰 tells who presides).
 * "春晚上表演的人形机器人是哪家公司生产的？" quoted a sentence on the robots' show that names no maker.
 */
export function tellsNoAct(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.actAsked === undefined || sentence === undefined) return false;
  const acts = actFormsOf(query);
  const madeNoun = (word: string, act: string, wordTag: string): boolean => wordTag === 'n' && word.length === act.length + 1 && !namesDoer(word.slice(-1));
  return !tag(sentence.text).some(({ word, tag: wordTag }) => acts.some((act) => word.includes(act) && !madeNoun(word, act, wordTag)));
}

const isEnglishText = (text: string): boolean => !/\p{Script=Han}/u.test(text) && /[a-z]{3}/iu.test(text);

/** Does an English sentence write a verb in any of its forms (make, makes, made, making)? */
function tellsInSomeForm(text: string, verb: string): boolean {
  const stem = englishStem(verb);
  return (text.toLowerCase().match(/[a-z]+/gu) ?? []).some((w) => englishStem(w) === stem);
}

/**
 * An English question asking who did something (Who leads …? Which company makes …?) is answered only by a sentence
 * that tells the act, as a Chinese cleft is (tellsNoAct): "Who leads the Singapore office?" quoted the sentence
 * sharing the on-call rotation with that office.
 */
export function tellsNoEnglishAct(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.doerAct === undefined || sentence === undefined) return false;
  // A sentence in English tells the act in some form of the verb (makes → made, leads → Lead), whether or not the
  // verb is a stop word or reaches the documents: "Which company makes the load testing tool?" is not answered by
  // "Start load testing…", nor "Who wrote the section on cloud costs?" by the sentence on cloud costs.
  if (isEnglishText(sentence.text)) return !tellsInSomeForm(sentence.text, query.doerAct);
  const word = query.words.find((w) => w.english === query.doerAct || w.word === query.doerAct);
  if (word === undefined) return false;
  // A verb that reaches no word of the documents (chaired, over a report in Chinese) cannot be looked for, but a
  // who-question is still not answered by a sentence naming no one ("Who chaired the meeting?" quoted the venue).
  if (word.forms.length === 1 && /^who\b/iu.test(query.text.trim()) && /\p{Script=Han}/u.test(sentence.text)) return !namesSomeone(sentence.text);
  // In a sentence in Chinese only the documents' own English forms of the verb are looked for: its dictionary
  // translations are too loose to require ("Who fixed …?" is answered by a sentence saying 解决).
  const english = word.forms.filter((form) => /^[a-z]/.test(form) && form !== word.english);
  const text = sentence.text.toLowerCase();
  return english.length > 0 && ![word.word, ...english].some((form) => text.includes(form));
}

/** A Chinese question asking for a person: 谁, 哪位, 什么人, 叫什么名字 (intent.who), or "Who …?" in English. */
const ASKS_PERSON = /谁|哪位|什么人|^\W*who(?:m|se)?\b/iu;
/** A question asking for an organisation or a brand: 哪家公司, 什么机构, 哪个品牌; in English "Which company …?", "What brand …?". */
const ASKS_ORGANISATION = /哪(?:一|几)?家|哪些(?:公司|企业|机构|单位|供应商|厂商|品牌)|(?:哪个|哪一个|什么)(?:公司|企业|机构|单位|部门|组织|团队|银行|学校|大学|医院|厂|品牌|牌子|厂商|供应商|车队|门店|分店|工厂|仓库|分公司|子公司|办事处|小组|科室|实验室|承包商|服务商|经销商|代理商)|^\W*(?:which|what) (?:company|firm|organi[sz]ation|supplier|vendor|team|department|agency|bank|brand|manufacturer|maker)\b/iu;
/** Endings that name an organisation and seldom anything else (华信公司, 市第一医院). */
const ORGANISATION_ENDING = '公司|集团|银行|大学|学院|研究院|研究所|事务所|医院|法院|协会|委员会|办事处';
/**
 * Words ending like the organisations they name: 采购部, 广州办事处, 华润集团, 质检组 — not kinds of business (供应商,
 * 平台), words that only end like one (好处, 场所), nor two characters ending in one (模组, 内部).
 */
const ORGANISATION_WORD = new RegExp(`(?:${ORGANISATION_ENDING}|企业|中心|办公室|\\p{Script=Han}{2}[部局厅署办组队厂社团])$`, 'u');
/**
 * Names of organisations by their ending (华信公司, 市第一医院, 教育部): only endings that are seldom anything else —
 * not 中心 (市中心), 组 or 队 — and three characters or more, so a kind (公司, 医院) is none.
 */
const ORGANISATION_NAME = new RegExp(`(?:${ORGANISATION_ENDING})$`, 'u');
/** One character ending a ministry or a bureau (教育部, 统计局), when it ends no word of its own (干部, 格局, 部署). */
const ORGANISATION_CHARACTER = /\p{Script=Han}{2}[部局厅署]$/u;

/** Does a question word name one organisation (a noun, not a place: 东北部 ends like 教育部)? */
function namesOrganisation(word: { word: string; tag: string }): boolean {
  if ([...word.word].length < 3 || !/^n(?!s)/.test(word.tag)) return false;
  if (ORGANISATION_NAME.test(word.word)) return true;
  if (!ORGANISATION_CHARACTER.test(word.word)) return false;
  const tail = tag(word.word.slice(-2));
  return tail.length !== 1 || tail[0]?.tag === 'x';
}

/** A word ending the name of an organisation written in several words: 印度空间研究|组织, 上海豫园足球|俱乐部. */
const ORGANISATION_LAST_WORD = new RegExp(`^(?:${ORGANISATION_ENDING}|组织|基金会|联盟|俱乐部)$`, 'u');
/** What jieba tags the words of such a name: names, nouns, and verbs used as nouns (研究). */
const ORGANISATION_PART_TAGS = /^(?:n|ns|nr|nrt|nz|nt|j|vn)$/u;
/** A proper name opens it (印度, 上海): 空间研究组织 alone is a kind of organisation, not one. */
const PROPER_NAME_TAGS = /^(?:ns|nr|nrt|nz|nt|j)$/u;

/**
 * The organisation a question names in several words ending at word i (印度|空间|研究|组织 → 印度空间研究组织): the words
 * before it, written together, back to the proper name that opens them. Undefined when word i ends none.
 */
export function organisationEndedBy(query: AnalysedQuery, i: number): string | undefined {
  const last = query.words[i];
  if (last === undefined || !ORGANISATION_LAST_WORD.test(last.word)) return undefined;
  let name = last.word;
  let first = i;
  while (first > 0) {
    const before = query.words[first - 1]!;
    // An organisation inside (上海交通大学|医学院, or a word typed twice, 大学大学) ends the name there: it is looked for alone.
    if (!ORGANISATION_PART_TAGS.test(before.tag) || ORGANISATION_LAST_WORD.test(before.word) || !query.text.includes(before.word + name)) break;
    name = before.word + name;
    first--;
  }
  while (first < i && !PROPER_NAME_TAGS.test(query.words[first]!.tag)) {
    name = name.slice(query.words[first]!.word.length);
    first++;
  }
  return first < i ? name : undefined;
}

/** A question asking a person's name itself: 叫什么名字, 姓名, "What is the name of …". */
const NAME_ASKED = /叫什么|叫啥|名字|姓名|\bnames?\b/iu;
/** Nouns of a person by what they do or are (作者, 统治者) and titles of rulers, posts the post endings leave out (君主, 总督). */
const PERSON_NOUN = /(?:\p{Script=Han}者|君主|国王|女王|皇帝|皇后|天皇|总统|首相|总督|元首|酋长|教皇|王子|公主|太子)$/u;
/** People named by a role they play (顾客, 游客, 消费者, 参与者): no name, whatever jieba tags them. */
const PEOPLE_BY_ROLE = /^\p{Script=Han}+(?:者|客)$/u;
/** Pronouns that stand for someone named before (他, 她们, 我) — the paragraph names them. */
const PERSON_PRONOUN = /^(?:他|她|他们|她们|我|我们|本人|其)$/u;

/**
 * A question asking who (谁, 哪位, 叫什么名字, Who …?) or which organisation (哪家公司, 哪个部门) is answered only by a
 * sentence that names someone: a person, a post or title (组长, 负责人, 总督), a pronoun for one named before, an organisation or
 * a word jieba does not know (a name it cannot cut) — for a person, a place is no answer. "支付网关的压力测试由谁负责？"
 * quoted "下周重点是…启动支付网关的压力测试。", which names no one at all.
 */
export function namesNoOne(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (sentence === undefined || !/\p{Script=Han}/u.test(sentence.text)) return false;
  const organisation = ASKS_ORGANISATION.test(query.text);
  if (!organisation && !ASKS_PERSON.test(query.text) && !query.intent.who) return false;
  // Asking a name (叫什么名字, 姓名) is not answered by a post or an organisation: "新入职的三名销售代表叫什么名字？"
  // quoted the sentence counting them, which gives their post and office.
  const nameAsked = NAME_ASKED.test(query.text);
  // What the question itself names is not who it asks for: "4号贴片机是哪个品牌的？" is not answered by a sentence
  // whose only proper noun is 贴片机.
  const named = new Set(query.words.flatMap((w) => w.forms).map(normaliseForMatch));
  // An organisation asked alone (哪家门店, 哪个部门) is not named by people of a role (顾客, 消费者).
  const organisationOnly = organisation && !ASKS_PERSON.test(query.text) && !query.intent.who;
  const tagged = taggedByClause(doerScope(query, sentence.text));
  return !tagged.some((t, i) => {
    if (named.has(normaliseForMatch(t.word))) return false;
    // People named by their role are no one's name, though jieba tags some as one (顾客/nr): "哪家门店的投诉最多？"
    // quoted "本周共收到顾客投诉37起…", which names no store.
    if (PEOPLE_BY_ROLE.test(t.word)) return !organisationOnly && !nameAsked && !countedAt(tagged, i) && !qualifiesNoun(tagged, i);
    // A word jieba does not know names someone when it opens with a surname (赵明, not 带货), or an organisation when
    // an organisation is asked (a brand jieba never saw).
    const unknown = t.tag === 'x' && /^\p{Script=Han}{2,4}$/u.test(t.word);
    // Not right after a verb: there it is the verb's object, and a common word jieba lacks (推出|满减|促销) as often
    // as a name, however it opens.
    const person = personNameAt(tagged, i) && (!unknown || (opensWithSurname(t.word) && !afterVerb(tagged, i)));
    if (nameAsked) return person;
    if (unknown) return person || (organisation && personNameAt(tagged, i) && standsAsDoer(tagged, i));
    if (person) return true;
    // A two-character word jieba calls proper (nz) is as often a term it knows (申报, 专利) as a brand (由东华|实业开发):
    // asked an organisation alone, it names one where it stands as a doer, as an unknown word must, or before the
    // kind of organisation it is (华信|公司). "建设单位是哪家公司？" quoted "配合建设单位完成11月进度款申报，…". A
    // person's is often half of their name (遮打|爵士).
    const term = t.tag === 'nz' && organisationOnly && [...t.word].length === 2 && !standsAsDoer(tagged, i) && !ORGANISATION_WORD.test(tagged[i + 1]?.word ?? '');
    if (/^(?:nt|nz|eng)/.test(t.tag) && !term) return true;
    if (PERSON_PRONOUN.test(t.word)) return true;
    // An abbreviation names an organisation standing alone (由工信部牵头), not qualifying the noun after it (中小|客户).
    if (t.tag === 'j') return !qualifiesNoun(tagged, i);
    if (POST_WORD.test(t.word) || PERSON_NOUN.test(t.word)) return !countedAt(tagged, i) && !qualifiesNoun(tagged, i) && !rankAndAbove(tagged, i);
    return t.word.length >= 2 && ORGANISATION_WORD.test(t.word) && /^n/.test(t.tag) && !countedAt(tagged, i);
  });
}

/**
 * Does the word at `i` stand where a doer stands: before a verb (宇树推出) and not right after one, or after 由, 被, 与,
 * 和, 向 (由华信开发)?
 * An unknown word elsewhere is as likely a common word jieba lacks (…出现约3分钟卡顿，原因是…) as a brand.
 */
function standsAsDoer(tagged: readonly { word: string; tag: string }[], i: number): boolean {
  const next = tagged[i + 1];
  const before = tagged[i - 1];
  if (before !== undefined && /^(?:由|被|与|和|同|跟|向|及)$/u.test(before.word)) return true;
  // Right after a verb it is the verb's object (推出|满减|促销: a kind of offer), though a verb follows it.
  return next !== undefined && /^(?:v|p|d)/.test(next.tag) && !afterVerb(tagged, i);
}

/**
 * Does the word at `i` follow a verb, as its object? Not a post jieba tags as a verb (由|组长|赵明: 组长/v, 选手|赵芸蕾:
 * 选手/v), nor 是 or 为, after which a sentence gives who someone is (母亲是邵宸妃, 社长是藤岛茱莉景子).
 */
function afterVerb(tagged: readonly { word: string; tag: string }[], i: number): boolean {
  const before = tagged[i - 1];
  return before !== undefined && /^v/.test(before.tag) && !POST_WORD.test(before.word) && !PERSON_AFTER_VERB.test(before.word);
}
/** Verbs jieba tags that a person's name follows as often as an object: a copula, or a role (选手). */
const PERSON_AFTER_VERB = /^(?:是|为|选手)$/u;

/** A clause break between tagged words: nothing on one side of a comma stands right after a verb on the other. */
const CLAUSE_BREAK = { word: '，', tag: 'w' } as const;

/** A text cut into words clause by clause, a break between clauses (jieba drops the punctuation itself). */
function taggedByClause(text: string): Tagged[] {
  return [...text.matchAll(CLAUSE)].flatMap((clause, i) => [...(i > 0 ? [CLAUSE_BREAK] : []), ...tag(clause[0])]);
}

/**
 * Does the word at `i` (a post, a person word, an abbreviation) only qualify the noun after it (管理者|领导力|课程: a course for managers; 部长|通道:
 * the ministers' corridor)? Then it names no one: "领导力课程由哪位老师讲授？" quoted the sign-up count of the
 * 管理者领导力课程. A name after a post (组长赵明) names someone by itself.
 */
function qualifiesNoun(tagged: readonly { word: string; tag: string }[], i: number): boolean {
  const next = tagged[i + 1];
  return next !== undefined && /^n/.test(next.tag) && !isPersonName(next);
}

/**
 * Is the post at `i` a rank with those above or below it (部门负责人及以上职级人员, 处长以下)? Then it names a class of
 * people, none in particular: "住宿费超出上限后可以找谁特批？" quoted the travel policy's cap for 部门负责人及以上.
 */
function rankAndAbove(tagged: readonly { word: string; tag: string }[], i: number): boolean {
  const next = tagged[i + 1]?.word;
  const after = tagged[i + 2]?.word;
  return RANK_BOUND.test(next ?? '') || (/^(?:及|和|或)$/u.test(next ?? '') && RANK_BOUND.test(after ?? ''));
}
const RANK_BOUND = /^(?:以上|以下)$/u;

/** Words between a count and the post it counts (两名|测试|工程师): at most one noun or verb naming the kind. */
const COUNTED_WITHIN = 2;

/** Words before a noun that make it every one or any one of a kind (各子公司, 所有部门), none in particular. */
const EVERY_ONE = /^(?:各|每|所有|全部|其他|其它|各个|各家)$/u;

/**
 * Is the post or organisation at `i` counted or taken as a kind (两名测试工程师, 3家公司, 各子公司)? A number of people
 * or every one of them is no one in particular: "Who leads the testing team?" and "谁领导测试组？" quoted
 * "测试组只有两名测试工程师…", which says how many there are, not who, and "Who is the new chief financial officer?"
 * quoted a training plan "面向各子公司财务人员".
 */
function countedAt(tagged: readonly { word: string; tag: string }[], i: number): boolean {
  for (let back = 1; back <= COUNTED_WITHIN; back++) {
    const before = tagged[i - back];
    if (before !== undefined && EVERY_ONE.test(before.word)) return true;
    if (before === undefined || !/^(?:m|n|vn|v)$/.test(before.tag)) return false;
    if (before.tag === 'm') return /[名位个人家]$/u.test(before.word);
  }
  return false;
}

/** A clause of a Chinese sentence: what stands between two commas, semicolons, colons or stops. */
const CLAUSE = /[^，,；;：:。！？!?]+/gu;
/** The colon of a label: what follows it is the label's value. */
const LABEL_COLON = /^[：:]$/u;
/** A noun after a verb that makes the verb's doer of it: 建设单位, 承建方, 供应商, 开发者. */
const DOER_AFTER_ACT = /^(?:单位|方|商|者|人|师|员|家|公司|企业|团队|部门|机构)/u;
/** One character after an act that names its doer (主持人, 承建方, 生产商, 开发者), not a thing made of it (生产力). */
const namesDoer = (character: string): boolean => character.length === 1 && DOER_AFTER_ACT.test(character);

/**
 * Where a who-question about an act (建设, for "Who built …?"; 生产, for "是哪家公司生产的") looks for the doer: in
 * the clause that tells the act, before the verb — a Chinese doer stands before its verb (X建设了, 由X建设, 被X收购) —
 * or anywhere in it when a noun after the verb names the doer (建设单位是X). "Who built the incineration plant?"
 * quoted "项目负责人介绍，电厂采用了…，厂区还将建设一座…环保科普展馆。": the one reporting and the names in the
 * object are not who builds. After a label's colon when the act is the label (编制：工程部周立新). The whole sentence
 * when the question names no act or the sentence does not tell it.
 */
function doerScope(query: AnalysedQuery, text: string): string {
  // A one-character translation of an English verb (建) would stand in any clause.
  const acts = actFormsOf(query).filter((form) => form === query.actAsked || /^\p{Script=Han}{2,}$/u.test(form));
  if (acts.length === 0) return text;
  const clauses = [...text.matchAll(CLAUSE)];
  const scopes = clauses.flatMap((clause, c) =>
    acts.flatMap((act) => {
      const at = clause[0].indexOf(act);
      if (at < 0) return [];
      // A label (编制：周立新, 主持人：韩冰) gives the doer after the colon that closes the act or its doer.
      const end = (clause.index ?? 0) + clause[0].length;
      const next = clauses[c + 1];
      const rest = clause[0].slice(at + act.length).trim();
      if ((rest === '' || namesDoer(rest)) && LABEL_COLON.test(text[end] ?? '') && next !== undefined) return [next[0]];
      // Before the act's last telling: a name may hold the act's word itself (由浙江省一建建设集团有限公司建设).
      return DOER_AFTER_ACT.test(clause[0].slice(at + act.length)) ? [clause[0]] : [clause[0].slice(0, clause[0].lastIndexOf(act))];
    }),
  );
  return scopes.length === 0 ? text : scopes.join('，');
}

/**
 * Is the tagged word at `i` a person's name (isPersonName: 韩冰, 欧阳可)? An unknown word right after a number goes on
 * counting and names no one (3|号楼).
 */
function personNameAt(tagged: readonly { word: string; tag: string }[], i: number): boolean {
  const t = tagged[i];
  return t !== undefined && isPersonName(t) && !(t.tag === 'x' && tagged[i - 1]?.tag === 'm');
}

/** Does a Chinese sentence name someone (personNameAt)? */
function namesSomeone(text: string): boolean {
  const tagged = tag(text);
  return tagged.some((_, i) => personNameAt(tagged, i));
}

/**
 * A question asking how long something lasted (多长时间, "How long did the meeting last?") is answered only by a
 * sentence giving a span of time: "采访持续了多长时间？" quoted the sentence that only dated the interviews (3月5日).
 */
export function givesNoDuration(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  return query.intent.duration && sentence !== undefined && !holdsDuration(sentence.text);
}

/**
 * A when-question is answered only by a sentence that dates something: "新的配色方案什么时候上线？" quoted the
 * sentence saying the scheme was made, which gives no time at all, and "When will the energy storage cabinet start
 * mass production?" a plan that gives none either.
 */
export function datesNothing(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  const asksWhen = query.language === 'zh' || asksWhenInEnglish(query.text);
  if (!asksWhen || !query.intent.when || query.intent.duration || sentence === undefined) return false;
  // The question's own numbers and words date nothing it asks: "iOS端4.3版本是哪天发布的？" is not answered by
  // "发布iOS端4.3版本", nor "桌面云二期是什么时候开始部署的？" by the 期 of 桌面云二期. Nor does a count of things
  // (800个终端): "…二期已完成800个终端的部署…" gives no time.
  let text = withoutNumbers(sentence.text, numbersOf(query)).replace(COUNT_OF_THINGS, '·');
  if (query.language === 'zh') for (const word of query.words) if (word.word.length >= 2) text = text.replaceAll(word.word, '·');
  text = text.replace(OF_EVERY_PERIOD, '·');
  return !holdsTime(text) || (YEAR_ASKED.test(query.text) && !YEAR_GIVEN.test(text));
}

/**
 * Which year asked, and a year given (1998年, 道光十一年, 同年, 1990年代): over CMRC's public questions asking 哪一年 the
 * gold sentences give one in 128 of 128, against 513 of 1,349 other sentences of their passages — a month and day
 * alone (条约在10月9日签署) says no year.
 */
const YEAR_ASKED = /哪一年|哪年|何年|什么年份|哪个年份|哪一年份/u;
const YEAR_GIVEN = /[0-9０-９]{2,4}\s*年|[元〇零一二三四五六七八九十百]+年|年间|年代|[同次翌隔当去今明]年/u;

/**
 * 年度 and 月度 with no number or deictic word before them say annual and monthly (表彰年度优秀供应商, 月度目标),
 * not when: "When will the supplier conference be held?" was answered by a plan item that dates nothing.
 */
const OF_EVERY_PERIOD = /(?<![0-9０-９〇零一二三四五六七八九十本上下这今去明前后同该])(?:年度|月度)(?![末初底])/gu;

/** Marks that end a clause: a time written in one clause dates what that clause tells. */
const CLAUSE_END = /[，,；;。！？!?：:]/u;
/** A clause ending in one of these is a time adverbial (2005年季后赛结束以后，…; 自2012年起，…). */
const TIME_ADVERBIAL_END = /(?:以后|之后|以前|之前|以来|期间|时|起)$/u;

/** A clause that only says when (11月18日，… / 2005年季后赛结束以后，…): it dates the clause after it. */
function onlyATime(clause: string): boolean {
  return holdsTime(clause) && (TIME_ADVERBIAL_END.test(clause.trim()) || !tag(clause).some((t) => EVENT_TAGS.test(t.tag)));
}

/** Is the act at `at` in the clause only a modifier of a noun after 的 (进入北美市场的前提条件, 面向市民开放的展馆)? */
function modifiesNoun(clause: string, at: number, act: string): boolean {
  const after = clause.slice(at + act.length);
  if (/^[了过着]/u.test(after)) return false;
  const de = after.indexOf('的');
  return de >= 0 && !tag(after.slice(0, de)).some((t) => EVENT_TAGS.test(t.tag));
}

/**
 * A Chinese when-question is not answered by a sentence that writes the event asked only as a modifier of a noun,
 * where nothing dates it: "储能柜什么时候进入北美市场？" quoted "11月18日，储能柜…通过了…测试，这是进入北美市场的前提
 * 条件。" — the date is the test's. The event is dated where its clause gives a time, or where a clause that only
 * says when comes right before it.
 */
export function datesAnotherEvent(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.language !== 'zh' || !query.intent.when || query.intent.duration || sentence === undefined) return false;
  const verbs = query.words.filter((w) => EVENT_TAGS.test(w.tag) && !PHASE_VERB.test(w.word));
  // The event is told after the asking word (实时计算集群的存储什么时候会用满: 计算 names the cluster); a question
  // asking at its end (开放的时间是什么时候) tells it before.
  const when = CHINESE_WHEN_ASKED.exec(query.text);
  const rest = when === null ? '' : query.text.slice(when.index + when[0].length);
  const events = /[\p{L}\p{N}]/u.test(rest.replace(/[的了呢吗啊呀]/gu, ''))
    ? verbs.filter((w) => rest.includes(w.word))
    : verbs;
  const clauses = withoutNumbers(sentence.text, numbersOf(query)).split(CLAUSE_END);
  const uses = events.flatMap((w) =>
    clauses.flatMap((clause, i) => w.forms.flatMap((form) => {
      const at = clause.indexOf(form);
      return at < 0 ? [] : [{ i, modifier: modifiesNoun(clause, at, form) }];
    })),
  );
  if (uses.length === 0 || uses.some((u) => !u.modifier)) return false;
  return !uses.some(({ i }) => holdsTime(clauses[i] as string) || (i > 0 && onlyATime(clauses[i - 1] as string)));
}

/** A when-question asking when something began: 什么时候开始, 何时启动, 从什么时候起. */
const START_ASKED = /开始|启动|开工|动工|着手|(?:从|自)(?:什么时候|何时|哪天|哪一天)起?|(?:什么时候|何时)起/u;
/** A time given as a deadline: 10月底前完成, 截至, 之前交付 — when it must be done by, not when it began. */
const DEADLINE = /前(?:完成|交付|上线|提交|结束|落地|到位)|截止|截至|之前|以前/u;
/** A sentence that tells a beginning: 开始, 启动, 起 after a time, 自/从 before one. */
const TELLS_START = /开始|启动|开工|动工|着手|[日月年周号]起|(?:^|[，,])(?:自|从)/u;

/**
 * A question asking when something began is not answered by a sentence whose only time is a deadline: "客户成功手册
 * 什么时候开始修订的？" quoted "10月底前完成客户成功手册的修订。", the date it must be finished by.
 */
export function datesOnlyDeadline(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.language !== 'zh' || !query.intent.when || sentence === undefined || !START_ASKED.test(query.text)) return false;
  const text = sentence.text.replace(ITEM_MARK, '');
  return DEADLINE.test(text) && !TELLS_START.test(text);
}

/**
 * An English how-many question counting the doers or objects of an act (query.countedAct) is answered only by a
 * sentence that tells the act: "How many hardware engineers will join next month?" quoted the head count (硬件工程师
 * 19人), which joins no one, though the documents write 进入 ("to enter; to join") elsewhere.
 */
export function tellsNoCountedAct(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.countedAct === undefined || sentence === undefined) return false;
  const act = query.words.find((w) => w.english?.split(' ')[0] === query.countedAct);
  const forms = act?.forms.filter((f) => f !== act.english) ?? [];
  return forms.length > 0 && !forms.some((f) => sentence.text.includes(f));
}

/**
 * A question asking a sum of money (多少钱, 售价是多少, "How much does … cost?") is answered only by a sentence that
 * gives one: "EVT阶段花了多少钱？" quoted the sentence counting the prototypes built (60台).
 */
export function givesNoMoney(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  return sentence !== undefined && asksMoney(query.text) && (!holdsMoney(sentence.text) || givesOnlyIncome(query.text, sentence.text));
}

/** A post a question asks the holder of (创始人 in "青石公司的创始人是谁？"): a word ending in a post. */
const POST_WORD = new RegExp(`${POST_ENDING}$`, 'u');

/**
 * A who-question naming a post (X的创始人是谁？, Who is the director of X?) is answered only by a sentence that
 * writes that post: asking a company's founder quoted the speaker label of one of its partners (合伙人). A deputy
 * holds no post asked without 副: "门诊部主任是谁？" quoted "…由副主任医师陈振华坐诊…".
 */
export function namesNoPost(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (!query.intent.who || sentence === undefined) return false;
  // In English, a word the bridge reaches a post with (director → 主任) names it; not one character (head → 长),
  // which stands in too many titles (负责人 heads a business too).
  const posts = query.words.filter((w) => (query.language === 'zh' ? POST_WORD.test(w.word) : w.forms.some((f) => f.length >= 2 && POST_WORD.test(f))));
  return posts.length > 0 && !posts.some((w) => w.forms.some((form) => writesPost(sentence.text, form)));
}

/** Does a sentence write a post, other than as a deputy's (副主任 writes no 主任)? */
function writesPost(text: string, post: string): boolean {
  for (let at = text.indexOf(post); at >= 0; at = text.indexOf(post, at + 1)) if (post.startsWith('副') || text[at - 1] !== '副') return true;
  return false;
}

/** The thing a Chinese question counts: the noun after its unit (多少台|服务器), or the one cut from it (多少|张表 → 表). */
function thingCounted(query: AnalysedQuery, unit: string): string | undefined {
  const at = query.words.findIndex((w) => w.word === unit || w.counted === true);
  const word = query.words[at];
  if (word?.counted === true) return word.word;
  const next = query.words[at + 1];
  return at >= 0 && next !== undefined && NOUN_TAGS.test(next.tag) && next.word.length >= 2 ? next.word : undefined;
}

/** A small count of a kind: 五个方面, 三大亮点, 3项措施 (numeral, measure word, the two characters counted). */
const SMALL_COUNT = /(?<![0-9０-９一二两三四五六七八九十百千万第])([0-9]{1,2}|[一二两三四五六七八九十])\s*(?:个|项|条|大|种|类|点|家|名|位)?(\p{Script=Han}{2})/gu;

/**
 * A question counting a kind (哪五个方面) answered by a sentence that counts the same kind otherwise (着力做好三个方面的
 * 工作): it quotes other things. "李乐成说了哪五个方面？" quoted the three areas of the ministry's AI work, while the
 * report names its five only in a headline.
 */
export function countsOtherNumber(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.language !== 'zh' || sentence === undefined) return false;
  const asked = new Map<string, number>();
  for (const [, numeral, kind] of query.text.matchAll(SMALL_COUNT)) asked.set(kind as string, countValue(numeral as string));
  if (asked.size === 0) return false;
  const written = [...sentence.text.matchAll(SMALL_COUNT)].map(([, numeral, kind]) => ({ kind: kind as string, value: countValue(numeral as string) }));
  return [...asked].some(([kind, value]) => written.some((w) => w.kind === kind) && !written.some((w) => w.kind === kind && w.value === value));
}

/**
 * A count answered by a sentence that names the thing counted but counts something else in the unit asked:
 * "压力测试需要多少台服务器？" quoted "…服务器资源不足，已向运维组申请增加8台虚拟机。" (countsAnother).
 */
export function countsOtherThing(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  const unit = query.countUnit;
  if (query.language !== 'zh' || unit === undefined || sentence === undefined) return false;
  const thing = thingCounted(query, unit);
  return thing !== undefined && countsAnother(sentence.text, unit, thing);
}

/** What may stand between the attribute and 多少 (约为: 厚度约为多少 asks 厚度, not 厚度约). */
const ATTRIBUTE_LINK = '(?:大约为|约为|大约是|约是|是|为|有|约|大约)?';
/** The attribute an amount question names after 的 (用户满意度的|目标值|是多少 → 目标值, 的|目标|是多少 → 目标). */
const ATTRIBUTE_ASKED = new RegExp(`的(\\p{Script=Han}{2,8}?)${ATTRIBUTE_LINK}(?:多少|(?<!哪)几)`, 'u');
/**
 * Nouns that only say "how many" (X的数量 is the count of X), not which measure of X: "日活跃用户的数量增加到多少？"
 * is answered by "日活跃用户 · 本周：41.2万 · 上周：39.8万", which writes no 数量.
 */
const COUNT_NOUN = /^(?:数量|数目|总数|个数)$/u;
/** Attributes this long are compounds (采购预算, 指纹识别速度): they end with their head, and the sentence must write that. */
const COMPOUND_ATTRIBUTE = 4;

/**
 * The attribute without the change it went through: "iOS端的启动耗时降到了多少？" asks what 启动耗时 fell to, and 降到了
 * is no part of it. A closing 了, then 到 or 至 and the verb before it (增加|到), or a verb ending in them (降到), are
 * dropped, by jieba's cut of the attribute.
 */
function beforeChange(asked: string): string {
  const words = tag(asked);
  while (words.at(-1)?.word === '了') words.pop();
  const last = words.at(-1);
  if (last?.word === '到' || last?.word === '至') {
    words.pop();
    if (words.at(-1)?.tag.startsWith('v')) words.pop();
  } else if (last && /[到至]$/u.test(last.word) && last.tag.startsWith('v')) words.pop();
  return words.map((w) => w.word).join('');
}

/**
 * An amount question that names the attribute it asks of something (X的Y是多少) is answered only by a sentence that
 * writes Y: "用户满意度的目标值是多少？" quoted the satisfaction figure (no target), and "解决率的目标是多少？" the rate
 * reached. A count in a unit (多少名员工) is left to countsOtherThing. Of a compound attribute only its last two
 * characters, its head, are looked for: "门锁的指纹识别速度是多少？" quoted the sentence giving the false-match rate, and
 * "手持终端的采购预算是多少？" is answered by "…拟采购120台，预算约54万元。"
 */
export function omitsAttributeAsked(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  if (query.language !== 'zh' || !query.intent.quantity || query.countUnit !== undefined || sentence === undefined) return false;
  const matched = ATTRIBUTE_ASKED.exec(query.text)?.[1];
  const asked = matched === undefined ? undefined : beforeChange(matched);
  const attribute = asked !== undefined && asked.length >= COMPOUND_ATTRIBUTE ? asked.slice(-2) : asked;
  if (attribute === undefined || COUNT_NOUN.test(attribute) || writesAttribute(sentence.text, attribute)) return false;
  // A size asked (体长, 体重) is given by a number in its unit without the word: 长63-74厘米, 约只有8公斤重.
  const size = classAsked(query.text);
  if (size !== undefined && namesOneOf(size, sentence.text)) return false;
  // An aim asked (续约率目标) is what a plan states without the word (将续约率提升到93%以上).
  return !(AIM_ATTRIBUTE.test(attribute) && plansRatherThanTells(sentence.text));
}

/** What makes a rate or a share of the word before it (预算执行率, 成本占比): another measure than the word. */
const RATE_OF = /^\p{Script=Han}{0,2}(?:率|占比|比例|比重)/u;

/**
 * Does a sentence write the attribute asked as itself, not only as what a rate or a share is of: "物业费的预算是多少？"
 * is not answered by "…预算执行率为94%，其中物业费占比最高，为31.5万元。", where the budget's execution rate is given.
 */
function writesAttribute(text: string, attribute: string): boolean {
  if (/[率比重]$/u.test(attribute)) return text.includes(attribute);
  for (let at = text.indexOf(attribute); at >= 0; at = text.indexOf(attribute, at + 1)) {
    if (!RATE_OF.test(text.slice(at + attribute.length))) return true;
  }
  return false;
}

/** An attribute naming an aim, which a sentence that plans gives (time-fit.ts). */
const AIM_ATTRIBUTE = /目标|指标/u;

/** The Chinese forms the bridge gave an English word of the question (target → 目标): what a sentence writes it as. */
function chineseFormsOf(query: AnalysedQuery, english: string): string[] {
  return query.words.find((w) => w.english?.split(' ').includes(english))?.forms.filter((f) => /\p{Script=Han}/u.test(f)) ?? [];
}

/**
 * The English twin of omitsAttributeAsked, which looks for the attribute's head: in English the head is a generic
 * measure (time, rate, value) that many sentences give, so the word saying which one is looked for instead. "What is
 * the average handling time of a phone call?" quoted 平均首次响应时间为42秒 — an average time, a phone, no handling. Only
 * a word that reaches the documents (its Chinese forms) can be looked for.
 */
export function omitsEnglishAttribute(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  const asked = query.attributeAsked;
  if (asked === undefined || sentence === undefined || isEnglishText(sentence.text)) return false;
  const forms = chineseFormsOf(query, asked);
  // An aim (target) is written by a plan without the word: omitsEnglishAim holds those.
  if (englishAimAsked(query.text) === asked && plansRatherThanTells(sentence.text)) return false;
  return forms.length > 0 && !forms.some((f) => sentence.text.includes(f));
}

/**
 * An English question asking an aim ("What is the on-time delivery target for the fourth quarter?") is answered by a
 * sentence that writes the aim (目标) or plans the figure (将…提升到95%以上), not by the figure measured.
 */
export function omitsEnglishAim(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  const aim = query.language === 'en' ? englishAimAsked(query.text) : undefined;
  if (aim === undefined || sentence === undefined || isEnglishText(sentence.text)) return false;
  const forms = chineseFormsOf(query, aim);
  return !forms.some((f) => sentence.text.includes(f)) && !plansRatherThanTells(sentence.text);
}

/** A Chinese question asking how something turned out: 审核的结果是什么, 结论如何, 得出了什么结论. */
const OUTCOME_ASKED = /(?:结果|结论)(?:是什么|是啥|如何|怎么样|怎样)|什么(?:结果|结论)/u;
/** A sentence asking for the act or planning it (请…完成, 将于, 计划, 拟, 预计, …前完成): it has no outcome yet. */
const ASKED_OR_PLANNED = /^请|将于|将在|计划|拟|预计|准备|前完成/u;

/**
 * A question asking how something turned out is not answered by a sentence that only asks for it or plans it:
 * "数据脱敏审核的结果是什么？" quoted "请信息安全部在12月18日前完成…数据脱敏审核。", a request with no result.
 */
export function tellsNoOutcome(query: AnalysedQuery, sentence: { text: string } | undefined): boolean {
  return query.language === 'zh' && sentence !== undefined && OUTCOME_ASKED.test(query.text) && ASKED_OR_PLANNED.test(sentence.text.trim().replace(ITEM_MARK, ''));
}

/** The sentence to quote as the rules read it: its text, and whether it is of another time than asked (time-fit.ts). */
export interface QuotedCandidate {
  text: string;
  misfit?: Misfit;
  /** The whole document the sentence is quoted from, in matching form (quotesAnotherSubject). */
  document?: string;
}

/**
 * A Chinese question opening with a rare name (its subject: 唐鱼, 线蚓鳗) is not answered by a sentence from a
 * document that never writes it: "唐鱼是什么科的其中一种？" quoted "长鳍新平鲉…为辐鳍鱼纲鲉形目鲉科的其中一种。" from
 * another fish's article, its own having lost the sentence. openingAway reads the best paragraph's document; the
 * sentence the reader prefers may come from another.
 */
export function quotesAnotherSubject(query: AnalysedQuery, sentence: QuotedCandidate | undefined): boolean {
  const opening = openingName(query);
  return opening !== undefined && sentence?.document !== undefined && !sentence.document.includes(opening);
}

/**
 * A sentence whose paragraph speaks of another period than the question names is not its answer, though no other
 * fits better: "第四季度的续约率目标是多少？" quoted the third quarter's NRR beside its annual target.
 */
export function quotesAnotherTime(_query: AnalysedQuery, sentence: QuotedCandidate | undefined): boolean {
  return sentence?.misfit === 'time';
}

/**
 * A question asking which members make up a group it counts (哪两条产线, 离职的两名工程师叫什么名字) is not answered by
 * the sentence that only counts the group: "哪两条产线的排产受到影响？" quoted "…影响了两条产线的排产。".
 */
export function namesNoMembers(query: AnalysedQuery, sentence: QuotedCandidate | undefined): boolean {
  return query.language === 'zh' && sentence !== undefined && repeatsCountOnly(query.text, sentence.text);
}

/** A which-country question (哪些国家, 哪国) is answered only by a sentence that names a country (country-asked.ts). */
export function namesNoCountry(query: AnalysedQuery, sentence: QuotedCandidate | undefined): boolean {
  if (query.language !== 'zh' || sentence === undefined || !asksCountry(query.text)) return false;
  return !namesCountry(sentence.text, new Set(query.words.flatMap((w) => w.forms)));
}

/**
 * A rule declining the sentence to quote for a Chinese question that asks a kind of answer — `askedOf` reads what it
 * asks (undefined or false when it asks none) — which the sentence does not give (`tells`).
 */
function declinesUntold<T>(askedOf: (question: string) => T | undefined | false, tells: (asked: T, sentence: string) => boolean): (query: AnalysedQuery, sentence: QuotedCandidate | undefined) => boolean {
  return (query, sentence) => {
    if (query.language !== 'zh' || sentence === undefined) return false;
    const asked = askedOf(query.text);
    return asked !== undefined && asked !== false && !tells(asked, sentence.text);
  };
}

/** A question asking where someone comes from (哪里人, 籍贯) is answered only by a sentence telling it (origin-asked.ts). */
export const tellsNoOrigin = declinesUntold(asksOrigin, (_asked, text) => tellsOrigin(text));

/** A question asking why something bears its name (为什么叫, 名字的由来) is answered only by a sentence giving a cause (name-origin-asked.ts). */
export const tellsNoNameOrigin = declinesUntold(asksNameOrigin, (_asked, text) => tellsNameOrigin(text));

/** A question asking which one of a class (是什么颜色, 哪所大学, 什么科) is answered only by a sentence naming one (class-asked.ts). */
export const namesNoneOfClass = declinesUntold(classAsked, namesOneOf);

/** A question asking what a term is or means (什么是X, X指的是什么) is answered only by a sentence defining it (definition-asked.ts). */
export const definesNoTerm = declinesUntold(definedTermAsked, (term, text) => definesTerm(text, term));

/** A question asking when, where or by whom a life event happened (卒于哪年, 分布在哪些地区) is answered only by a sentence telling it (event-asked.ts). */
export const tellsNoEvent = declinesUntold(eventAsked, tellsEvent);

/** A question asking someone's relative (的母亲是谁) is answered only by a sentence that writes the relation (kin-asked.ts). */
export const namesNoKin = declinesUntold(kinAsked, tellsKin);

/** A question asking a place in a series (第几层) is answered only by a sentence that gives one (ordinal-asked.ts). */
export function namesNoPlaceInSeries(query: AnalysedQuery, sentence: QuotedCandidate | undefined): boolean {
  return query.language === 'zh' && sentence !== undefined && givesNoOrdinal(query.text, sentence.text);
}

/**
 * The rules read once the sentence to quote is known, in order, each with the flag it sets when it declines. A rule
 * may read what was measured of the question over the documents (the kinds they write, kind-asked.ts).
 */
const QUOTED_RULES = [
  ['quotesAnotherTime', quotesAnotherTime],
  ['givesNoName', givesNoName],
  ['givesNoNumber', givesNoNumber],
  ['tellsNoAct', tellsNoAct],
  ['namesNoPost', namesNoPost],
  ['givesNoDuration', givesNoDuration],
  ['datesNothing', datesNothing],
  ['datesAnotherEvent', datesAnotherEvent],
  ['datesOnlyDeadline', datesOnlyDeadline],
  ['tellsNoOutcome', tellsNoOutcome],
  ['countsOtherThing', countsOtherThing],
  ['omitsAttributeAsked', omitsAttributeAsked],
  ['givesNoMoney', givesNoMoney],
  ['countsOtherNumber', countsOtherNumber],
  ['tellsNoCountedAct', tellsNoCountedAct],
  ['omitsEnglishAttribute', omitsEnglishAttribute],
  ['omitsEnglishAim', omitsEnglishAim],
  ['tellsNoEnglishAct', tellsNoEnglishAct],
  ['namesNoOne', namesNoOne],
  ['namesNoMembers', namesNoMembers],
  ['namesNoCountry', namesNoCountry],
  ['tellsNoOrigin', tellsNoOrigin],
  ['tellsNoNameOrigin', tellsNoNameOrigin],
  ['namesNoneOfClass', namesNoneOfClass],
  ['namesNoKin', namesNoKin],
  ['definesNoTerm', definesNoTerm],
  ['tellsNoEvent', tellsNoEvent],
  ['namesNoPlaceInSeries', namesNoPlaceInSeries],
  ['namesNoThingCounted', namesNoThingCounted],
  ['quotesOtherKind', (_query, sentence, signals) => quotesOtherKind(signals.kindsNamed, sentence)],
  ['quotesAnotherSubject', quotesAnotherSubject],
] as const satisfies readonly (readonly [keyof Answerability, (query: AnalysedQuery, sentence: QuotedCandidate | undefined, signals: Signals) => boolean])[];

/** Rules that look for the question's Chinese words in the sentence: a sentence in English writes none of them. */
const READS_CHINESE = new Set<keyof Answerability>(['quotesOtherKind', 'quotesAnotherSubject', 'namesNoKin', 'namesNoThingCounted', 'namesNoPlaceInSeries', 'namesNoCountry', 'tellsNoOrigin', 'tellsNoNameOrigin', 'namesNoneOfClass', 'definesNoTerm', 'tellsNoEvent', 'givesNoName', 'datesAnotherEvent', 'tellsNoAct', 'namesNoPost', 'countsOtherThing', 'omitsAttributeAsked', 'countsOtherNumber']);

/** The rules' verdict once the sentence to quote is known. */
export function judgeQuoted(answerability: Answerability, query: AnalysedQuery, sentence: QuotedCandidate | undefined): Answerability {
  if (!answerability.answerable) return answerability;
  const english = sentence !== undefined && !/\p{Script=Han}/u.test(sentence.text);
  for (const [flag, declines] of QUOTED_RULES) {
    if (english && query.language === 'zh' && READS_CHINESE.has(flag)) continue;
    if (declines(query, sentence, answerability)) return { ...answerability, answerable: false, [flag]: true };
  }
  return answerability;
}

export function judge(query: AnalysedQuery, ranked: readonly Ranked[], bm25: Bm25Index, vocabulary: Vocabulary, thresholds: Thresholds = DEFAULT_THRESHOLDS, views: ParagraphViews = {}): Answerability {
  const signals = measure(query, ranked, bm25, vocabulary, views);
  return { ...signals, answerable: ranked.length > 0 && decide(signals, thresholds) };
}
