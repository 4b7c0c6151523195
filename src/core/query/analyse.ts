/**
 * Reads a question: cleans it (markup, invisible characters, traditional
 * characters), finds its language and intent, its content words (marking the
 * salient ones — names, organisations, places, Latin words, numbers) and the
 * weighted terms the lexical index is searched with. English words reach the
 * Chinese report through the CC-CEDICT bridge.
 */
import { type Language } from '../reply.js';
import { type QueryTerm } from '../index/bm25.js';
import { askedUnit } from '../answer-phrase.js';
import { bigrams, piecesOf, tag, type Tagged, words as segmentWords } from '../index/segmenter.js';
import { isSpeechPhrase, isStopword } from '../index/stopwords.js';
import { normaliseForMatch, simplify, stripInvisible, stripMarkup } from '../text/normalise.js';
import { CHINESE_NUMERALS } from '../text/numerals.js';
import { type BridgeData, type Bridged, bridgeWords, englishFormsOf, inflectionsOf, isPhrasalVerb, writesEnglish } from './bridge.js';
import { actAsked, detectIntent, englishAmountOf, englishAttributeAsked, englishHeadAsked, englishCountedAct, englishCountedState, englishDefinedTerm, englishDoerAct, type Intent } from './intent.js';
import { isIdentityFraming, isWhenFraming } from './framing.js';
import { type Information, RARE_IDF } from './information.js';
import { detectLanguage } from './language.js';
import { matchNames } from './names.js';
import { otherSpellings } from '../relative-time.js';
import { formsOfAct } from '../event-asked.js';

export interface QueryWord {
  /** The word as matched (Chinese, or a Latin word in lower case). */
  word: string;
  /** Report words it stands for (the word itself, or its bridged translations). */
  forms: string[];
  salient: boolean;
  /** Information the word carries (general-Chinese idf; English words get the median). */
  weight: number;
  /** jieba's part-of-speech tag ('eng' for English words). */
  tag: string;
  /** Set when the word came from English through the bridge. */
  english?: string;
  /** Written in capitals in the question (GDP, FIFA): a name, not a dictionary word. */
  acronym?: boolean;
  /** Set when the word is a report name the question wrote in pinyin (Wang Xiaoming → 王晓明). */
  romanised?: string;
  /** Set when the word is the thing counted, cut from the measure word jieba glued to it (多少|张表 → 表). */
  counted?: boolean;
  /** Set when a Chinese word reaches documents written in English through the dictionary (延迟 → latency): its other forms are English. */
  crossed?: boolean;
}

export interface AnalysedQuery {
  /** Markup and invisible characters removed, traditional → simplified. */
  text: string;
  language: Language;
  intent: Intent;
  words: QueryWord[];
  terms: QueryTerm[];
  /** What the dense side embeds: the question, with English words also given in Chinese. */
  denseText: string;
  /**
   * Phrases the question quotes (“数据库迁移”), in matching form: the report's own words, to be found as
   * written. Each is a list of alternatives: an English quote ("database migration") is tried in every
   * combination of its words' report translations.
   */
  phrases: string[][];
  /**
   * The name a Chinese question opens with, when jieba cut it in two (瑞|尼尔, 北|土城, 史丹佛|郡), in
   * matching form: each part may occur in the report apart, the name must occur whole.
   */
  lead?: string;
  /** An English amount question: the word it asks the amount of (englishAmountOf: companies, cost). */
  amountOf?: string;
  /** An English how-many question: the act it counts the doers or objects of (englishCountedAct: sell, downloaded). */
  countedAct?: string;
  /** An English "What is the … X?" question: the noun X it asks (englishHeadAsked: factor). */
  headAsked?: string;
  /** An English "what is the X Y" question: the word saying which measure Y it asks (englishAttributeAsked: handling). */
  attributeAsked?: string;
  /** An English how-many question in the passive or with a light verb: what it counts its subject by (englishCountedState: injured, promotion). */
  countedState?: string;
  /** An English what-is question asking a bare term defined: the term's words (englishDefinedTerm: embodied, intelligence). */
  definedTerm?: string[];
  /** An English who-question: the act it asks the doer of (englishDoerAct: leads). */
  doerAct?: string;
  /** The unit a Chinese question counts in (多少台 → 台; answer-phrase.ts askedUnit), read once with the question's own cut. */
  countUnit?: string;
  /** The act a Chinese cleft asks the doer or the place of (是哪家公司生产的 → 生产, 是在哪里举办的 → 举办; intent.ts actAsked). */
  actAsked?: string;
  /** A Chinese question some of whose words reach documents written in English only through the dictionary. */
  crossed?: boolean;
}

/** What "how" asks the measure of (how long, how far, how often). */
const HOW_MEASURE = /\bhow (long|far|often|soon)\b/g;

/** Verbs that say only "do" (做, 干, 搞) or "there is" (存在哪些问题), and the words that ask what after them. */
const LIGHT_VERB = /^(?:做|干|搞|存在)$/u;
const ASKING_WHAT = /^(?:什么|啥|哪些)$/u;

/** The word after position i, past an aspect particle (做了什么 → 什么). */
function wordAfterAspect(tagged: readonly { word: string }[], i: number): string {
  const next = tagged[i + 1]?.word;
  return (next === '了' || next === '过' ? tagged[i + 2]?.word : next) ?? '';
}

/** jieba tags of proper nouns (people, places, organisations, other names, Latin words, short forms). */
const PROPER_TAGS = /^(nr|ns|nt|nz|nrfg|nrt|eng|j)$/;
/** jieba tags of nouns. */
const NOUN_TAGS = /^(n|ng|nr|ns|nt|nz|nrfg|nrt|eng|j)$/;
/** Words a question counts with (多少张, 几台). */
const COUNT_WORD = /^(多少|几|多少个)$/;
/** A measure word opening a word jieba glued to it (张表, 台机器). */
const MEASURE_WORD = /^[个张位台件条项次家款本部篇座辆架名只种份所间]/u;

/** Joiners inside a foreign name (莱昂德罗·内托). */
const NAME_JOINER = /^[·・•‧-]$/;

/**
 * The name a Chinese question opens with, when jieba cut it in two and left a one-character piece: a proper
 * noun and a noun, one of them a single character (瑞|尼尔, 北|土城, 司马|晏, 史丹佛|郡). Two whole words are
 * usually two things (北京|上海) or a name and what is asked about it (李婉华|毕业). Nor is it a name when a
 * document in English writes both pieces in translation (云|成本 → cloud costs).
 */
function leadOf(tagged: readonly { word: string; tag: string }[], translated: (piece: string) => boolean): string | undefined {
  const [first, ...rest] = tagged;
  if (!first || !PROPER_TAGS.test(first.tag)) return undefined;
  let lead = first.word;
  for (const { word, tag: pos } of rest) {
    if (NAME_JOINER.test(word)) {
      lead += word;
      continue;
    }
    if (!NOUN_TAGS.test(pos) || isStopword(word) || ([...word].length > 1 && [...first.word].length > 1)) return undefined;
    if (translated(first.word) && translated(word)) return undefined;
    lead += word;
    return [...lead.replace(/[^\p{L}\p{N}]/gu, '')].length >= 3 ? lead : undefined;
  }
  return undefined;
}

/** jieba tags for names, places, organisations, other proper nouns, Latin words and numerals. */
const SALIENT_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'eng', 'm', 'x']);
const BIGRAM_WEIGHT = 0.3;
/** Names, organisations and numbers single out the paragraph a question is about. */
const SALIENT_WEIGHT = 1.5;
const BRIDGED_WEIGHT = 0.8;

/** English number words: the report writes numbers in Chinese numerals (三大亮点) or digits. */
const NUMBER_WORDS = new Map<string, string[]>(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, i) => [w, ['一二三四五六七八九十'[i] as string, String(i + 1)]]),
);

/** An ordinal in digits (7th, 21st): the number as a report writes it, alone (7层, 第7) or in characters (第七). */
function ordinalForms(word: string): string[] {
  const number = /^(\d+)(?:st|nd|rd|th)$/.exec(word)?.[1];
  if (number === undefined) return [];
  const inCharacters = Number(number) >= 1 ? CHINESE_NUMERALS[Number(number)]?.[0] : undefined;
  return [number, `第${number}`, ...(inCharacters ? [`第${inCharacters}`] : [])];
}

/** A word's forms with the short or full forms the report also writes it in (发改委 ↔ 国家发展和改革委员会). */
function withAliases(forms: readonly string[], bridge: BridgeData | undefined): string[] {
  return [...new Set([...forms, ...forms.flatMap((f) => bridge?.aliases[f] ?? [])])];
}

/** Most combinations an English quote is tried in. */
const MAX_QUOTE_FORMS = 27;

/** A quoted phrase as the report may write it: itself, and for Latin words their translations joined as written ("smart + city" → 智慧+城市). */
function quotedForms(phrase: string, bridge: BridgeData | undefined): string[] {
  if (!bridge || !/^[a-z0-9\s+&/'-]+$/.test(phrase)) return [phrase];
  let forms = [''];
  for (const part of phrase.match(/[a-z0-9']+(?:\s+[a-z0-9']+)*|[+&/-]/g) ?? []) {
    let options: string[];
    if (/^[+&/-]$/.test(part)) options = [part];
    else {
      options = [''];
      for (const unit of bridgeWords(bridge, part.split(/\s+/))) {
        const translations = [...unit.chinese.slice(0, 3), unit.english.replace(/\s+/g, '')];
        options = options.flatMap((o) => translations.map((t) => o + t)).slice(0, MAX_QUOTE_FORMS);
      }
    }
    forms = forms.flatMap((f) => options.map((o) => f + o)).slice(0, MAX_QUOTE_FORMS);
  }
  return [...new Set([phrase, ...forms])];
}

/**
 * The English words of documents written in English a Chinese word reaches: its own glosses', else, for a compound
 * the dictionary lacks, its pieces' where every piece but a stopword reaches some (错误率 → error, rate).
 */
function englishForms(bridge: BridgeData, word: string): string[] {
  const own = englishFormsOf(bridge, word);
  if (own.length > 0 || bridge.reverse === undefined) return own;
  const pieces = piecesOf(word).filter((p) => !isStopword(p)).map((p) => englishFormsOf(bridge, p));
  return pieces.length > 0 && pieces.every((forms) => forms.length > 0) ? [...new Set(pieces.flat())] : [];
}

/**
 * English negations written short, as chat writes them: jieba cuts "hasn't" into hasn|'|t, and "hasn" is no word
 * the dictionary knows, so "Why hasn't finance agreed…?" missed a word no document could write.
 */
function expandContractions(text: string): string {
  return text
    .replace(/\b(can)['’]t\b/giu, '$1 not')
    .replace(/\b(w)on['’]t\b/giu, '$1ill not')
    .replace(/\b([a-z]+)n['’]t\b/giu, '$1 not');
}

/** Words before a unit of time that make one phrase with it (this week, last month, next year). */
const RELATIVE_TIME_WORD = /^(?:this|next|last)$/i;
const TIME_NOUN = /^(?:week|month|year|quarter|weekend)$/i;

/** Fewest words a spelled-out acronym is looked for in: two-word ones (AI) the dictionary glosses as phrases already. */
const MIN_SPELLED_OUT = 3;
const MAX_SPELLED_OUT = 6;

/**
 * Bridges a run of English words, taking words whose initials spell an acronym the documents write as that acronym:
 * "overall equipment effectiveness" over a report defining 设备综合效率（OEE） reaches 设备综合效率, though
 * CC-CEDICT reaches none of "effectiveness". Only an acronym the index holds (the documents write it), so that
 * "customer audit take" is never read as "cat".
 */
function bridgeSpelledOut(bridge: BridgeData, run: readonly string[], indexed?: (term: string) => boolean): Bridged[] {
  if (indexed !== undefined) {
    for (let start = 0; start < run.length; start++) {
      for (let n = Math.min(MAX_SPELLED_OUT, run.length - start); n >= MIN_SPELLED_OUT; n--) {
        const initials = run.slice(start, start + n).map((w) => w[0]).join('');
        const chinese = bridge.phrases[initials];
        if (chinese === undefined || chinese.length === 0 || !indexed(initials)) continue;
        return [...bridgeWords(bridge, run.slice(0, start)), { english: initials, chinese }, ...bridgeSpelledOut(bridge, run.slice(start + n), indexed)];
      }
    }
  }
  return bridgeWords(bridge, run);
}

/** Characters jieba's guesses glue a function word to: locatives (上线前要安排 → 前|要) and the function words themselves. */
const GLUE_CHARACTER = /^[前后外里间时旁]$/u;

/**
 * Words jieba's unknown-word guessing made of a locative and a function word (上线|前要|安排, tagged x), read as the
 * characters they are: no document writes 前要, so "上线前要安排几轮培训？" was declined for a missing word. Only where
 * every character is a stopword or a locative, or the second is a marker that opens a phrase (工被), so that a name
 * it guesses (王也) stays whole, and not where the documents write the word. Also a measure's adjective glued to the
 * noun after 多 (多|大面积 → 多 大 面积).
 */
function unglued(tagged: readonly Tagged[], indexed?: (term: string) => boolean): Tagged[] {
  return tagged.flatMap((t, i) => {
    const characters = [...t.word];
    const functionWords = characters.every((c) => isStopword(c) || GLUE_CHARACTER.test(c)) && characters.some((c) => isStopword(c));
    // A marker that opens a phrase closes no word: 钢筋|工被|送到 is 钢筋工 被 送到.
    const glue = t.tag === 'x' && characters.length === 2 && (functionWords || OPENS_PHRASE.test(characters[1] ?? ''));
    if (glue && indexed?.(t.word) !== true) return characters.map((c) => tag(c)[0] ?? { word: c, tag: 'x' });
    // 多 asks a degree with the adjective after it (多大, 多高): jieba glues the adjective to the noun (多|大面积).
    const rest = characters.slice(1).join('');
    const degree = tagged[i - 1]?.word === '多' && DEGREE.test(characters[0] ?? '') && rest.length >= 2 && tag(rest).length === 1;
    return degree && indexed?.(t.word) !== true ? [tag(characters[0] as string)[0] ?? { word: characters[0] as string, tag: 'a' }, ...tag(rest)] : [t];
  });
}

/**
 * Two cuts jieba makes across words of a question: a Latin letter written onto a Chinese word is one name with it
 * (B站, A股, X光: b|站 left 站 alone, which a report writes in 站外链接), and a week's day that swallowed the 一 of
 * 一共 (本周一|共发布 is 本周 一共发布: "this week in all", not "this Monday").
 */
function recut(tagged: readonly Tagged[], text: string): Tagged[] {
  const out: Tagged[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i] as Tagged;
    const next = tagged[i + 1];
    if (next !== undefined && /^[a-z]$/i.test(t.word) && /^\p{Script=Han}+$/u.test(next.word) && takesALetter(next) && lettersOnto(text, t.word, next.word)) {
      out.push({ word: t.word + next.word, tag: 'nz' });
      i++;
    } else if (next !== undefined && /^(?:本|上|下|这|每)周一$/u.test(t.word) && next.word === '共') {
      out.push(tag(t.word.slice(0, -1))[0] ?? { word: t.word.slice(0, -1), tag: 't' }, { word: '一共', tag: 'd' });
      i++;
    } else out.push(t);
  }
  return out;
}

/** Words a letter makes no name with (木咀C|为什么, C|是): an asking word or pronoun, a preposition, a conjunction, a particle, an adverb. */
const OFF_A_LETTER = /^(?:r|p|c|u|d)/u;
/** Does a Chinese word make one name with a letter before it (B站, A股), rather than go on the sentence (C|为什么, C|是)? */
const takesALetter = (word: Tagged): boolean => !OFF_A_LETTER.test(word.tag) && !/^[是有在]$/u.test(word.word);

/** Is a Latin letter written onto a Chinese word, standing alone on its left (B站, not the b of HAT-P-2b距离)? */
function lettersOnto(text: string, letter: string, word: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9-])${letter}${word}`, 'iu').test(text);
}

/** Markers of the passive and of a fronted object: they open a phrase, never close a word (工被 is no word). */
const OPENS_PHRASE = /^[被把]$/u;
/** Adjectives of a measure that 多 asks (多大, 多高, 多长, 多重). */
const DEGREE = /^[大高长宽深重远厚粗]$/u;

/**
 * `indexed(term)`: whether the lexical index holds a term; a headword it lacks is searched by its pieces. Without it
 * (tests of the analysis alone) headwords are searched whole.
 */
export function analyseQuestion(question: string, bridge: BridgeData | undefined, information: Information = () => RARE_IDF, indexed?: (term: string) => boolean): AnalysedQuery {
  const text = expandContractions(simplify(stripMarkup(stripInvisible(question)).normalize('NFKC')));
  const language = detectLanguage(text);
  const words: QueryWord[] = [];
  const english: string[] = [];
  const acronyms = new Set((text.match(/\b[A-Z][A-Z0-9]{1,9}\b/g) ?? []).map((a) => a.toLowerCase()));
  // English words are looked up in the dictionary, not in the idf table: give them a common word's weight.
  const typical = RARE_IDF / 2;
  const askedMeasures = new Set([...text.toLowerCase().matchAll(HOW_MEASURE)].map((m) => m[1] as string));
  const bridgeRun = (run: readonly string[]): void => {
    const bridged = bridge ? bridgeSpelledOut(bridge, run, indexed) : run.map((w) => ({ english: w, chinese: [] }));
    for (const unit of bridged) {
      // "long" in "how long" asks the measure, as 多长 does: where it reaches no word of the documents, it names nothing to find.
      if (askedMeasures.has(unit.english) && unit.chinese.length === 0 && !(bridge && writesEnglish(bridge, unit.english))) continue;
      // Latin words the report itself uses (CEO, 5G, API) match as they are; short forms bring their full forms.
      const acronym = acronyms.has(unit.english);
      const chinese = [...unit.chinese, ...(NUMBER_WORDS.get(unit.english) ?? [])];
      const inflected = bridge ? inflectionsOf(bridge, unit.english) : [];
      words.push({ word: unit.english, forms: withAliases([unit.english, ...chinese, ...inflected], bridge), salient: true, weight: typical, tag: 'eng', english: unit.english, ...(acronym ? { acronym } : {}) });
    }
  };
  const flushEnglish = (): void => {
    if (english.length === 0) return;
    // Names in pinyin (Wang Xiaoming → 王晓明) are the report's own words: matched exactly, like a Chinese name.
    // One word alone stands for a name only when it is no English word the dictionary knows.
    const names = bridge ? matchNames(bridge.names, english).filter((m) => m.end - m.start > 1 || !bridge.phrases[english[m.start] as string]) : [];
    let at = 0;
    for (const name of names) {
      bridgeRun(english.slice(at, name.start));
      words.push({ word: name.chinese[0] as string, forms: withAliases(name.chinese, bridge), salient: true, weight: RARE_IDF, tag: 'nr', romanised: name.english });
      at = name.end;
    }
    bridgeRun(english.slice(at));
    english.length = 0;
  };
  const tagged = unglued(recut(tag(text), text), indexed);
  const intent = detectIntent(text);
  // Words joined by a hyphen (e-commerce, check-up): jieba cuts them apart and drops the hyphen, but the dictionary
  // glosses many so (电子商务 "e-commerce"), and "e" alone is no word at all.
  const hyphened = new Set([...text.toLowerCase().matchAll(/\b([a-z]+)-(?=([a-z]+)\b)/g)].map((m) => `${m[1]}-${m[2]}`));
  tagged.forEach(({ word: cut, tag: cutTag }, i) => {
    let pos = cutTag;
    let word = cut;
    const joined = `${tagged[i - 1]?.word ?? ''}-${word}`;
    if (bridge && hyphened.has(joined) && (bridgeWords(bridge, [joined])[0]?.chinese.length ?? 0) > 0) {
      if (english.at(-1) === tagged[i - 1]?.word) english.pop();
      english.push(joined);
      return;
    }
    if (/^[a-z][a-z'-]*$/.test(word)) {
      // "point out" frames the question, as 指出 does: neither word is asked about.
      if (english.length > 0 && isSpeechPhrase(english[english.length - 1] as string, word)) {
        english.pop();
        flushEnglish();
      }
      // the s of China's; "position" in "What is X's position?" asks who X is, like 职务, and names nothing to find
      else if (!isStopword(word) && word.length > 1 && !(intent.identity && isIdentityFraming(word)) && !((intent.when || intent.where) && isWhenFraming(word, tagged[i - 1]?.word))) english.push(word);
      // "report" names the documents ("What does the report say?"), unless a noun before it makes it a kind of
      // report the documents speak of ("How many media reports were published?").
      else if (/^reports?$/.test(word) && english.length > 0) english.push(word);
      // "this week", "last month": the dictionary glosses the pair (本周, 上月), though "this" alone is a stopword.
      else if (RELATIVE_TIME_WORD.test(word) && TIME_NOUN.test(tagged[i + 1]?.word ?? '')) (flushEnglish(), english.push(word));
      // A particle the word before it makes a phrasal verb with stays in the run (presided over → 主持).
      else if (bridge && english.length > 0 && isPhrasalVerb(bridge, english[english.length - 1] as string, word)) english.push(word);
      // A word left out ends the run: the words around it are not one phrase ("meeting [take] place" is no 会场).
      else flushEnglish();
      return;
    }
    flushEnglish();
    if (isStopword(word)) return;
    // 做什么, 干了什么, 做哪些: a light verb before the asking word asks "what", as 是什么 does; no sentence that
    // answers "下周计划做什么？" writes 做.
    if (LIGHT_VERB.test(word) && ASKING_WHAT.test(wordAfterAspect(tagged, i))) return;
    // 多少|张表: jieba glues the counted thing to its measure word, a word no document writes; the thing is 表.
    // The thing is a noun, whatever jieba tagged the glued word (张表 is x).
    const counted = COUNT_WORD.test(tagged[i - 1]?.word ?? '') && word.length >= 2 && MEASURE_WORD.test(word);
    if (counted) {
      word = word.slice(1);
      if (!NOUN_TAGS.test(pos)) pos = 'n';
    }
    // One character says little on its own (款, 家); numbers always matter.
    const weight = information(word);
    // A word no document writes may be written in English by a document in English (延迟 → latency).
    const inEnglish = bridge && /\p{Script=Han}/u.test(word) ? englishForms(bridge, word) : [];
    const crossed = inEnglish.length > 0;
    // 下个月 is 下月 as a report heads it.
    words.push({ word, forms: [word, ...inEnglish, ...otherSpellings(word), ...ordinalForms(word)], salient: /\d/.test(word) || (SALIENT_TAGS.has(pos) && word.length >= 2), weight, tag: pos, ...(counted ? { counted } : {}), ...(crossed ? { crossed } : {}) });
  });
  flushEnglish();

  const terms: QueryTerm[] = [];
  for (const w of words) {
    // Only a word no form of which the index holds (accounts receivable → 应收账款 alone) is searched by pieces: MIIT
    // is found by 工信部, and the pieces of 工业和信息化部 (工业, 部) would only pull toward every paragraph with 部.
    const byPieces = indexed !== undefined && w.english !== undefined && !w.forms.some((form) => /\p{Script=Han}/u.test(form) && indexed(form));
    const weight = (w.english !== undefined || w.crossed === true) && w.forms.length > 1 ? BRIDGED_WEIGHT / Math.sqrt(w.forms.length - 1) : w.salient ? SALIENT_WEIGHT : 1;
    for (const form of w.forms) {
      terms.push({ term: form, weight: form === w.english ? 1 : weight });
      // A dictionary headword the documents write but jieba cuts in two there (应收账款 → 应收|账款) is no term of
      // the index: its pieces are, so "accounts receivable" finds the paragraph the headword stands in.
      if (!byPieces || [...form].length < 3 || !/^\p{Script=Han}+$/u.test(form)) continue;
      const pieces = segmentWords(form).filter((piece) => piece !== form);
      for (const piece of pieces) terms.push({ term: piece, weight: weight / pieces.length });
    }
    const number = /^(\d+(?:\.\d+)?)%$/.exec(w.word);
    if (number?.[1]) terms.push({ term: number[1], weight: 1 });
  }
  for (const bigram of bigrams(text)) terms.push({ term: bigram, weight: BIGRAM_WEIGHT });

  // A name joins the dense text only when the question asks who someone is: otherwise the person is context,
  // and the name would pull the embedding toward every paragraph that mentions them.
  const names = intent.identity ? words.filter((w) => w.romanised !== undefined).map((w) => w.word) : [];
  const translated = [...words.filter((w) => w.english !== undefined || w.crossed === true).flatMap((w) => w.forms.slice(1, 3)), ...names];
  const denseText = translated.length > 0 ? `${text} ${translated.join(' ')}` : text;
  const phrases = [...text.matchAll(/[“"「『]([^”"」』]{2,40})[”"」』]/g)].map((m) => quotedForms(normaliseForMatch(m[1] as string), bridge));
  // A lead whose every piece a document in English writes in translation (云|成本 → cloud, costs) is no name cut in two.
  const inTranslation = new Set(words.filter((w) => w.crossed === true).map((w) => w.word));
  const lead = language === 'zh' ? leadOf(tagged, (piece) => inTranslation.has(piece)) : undefined;
  const amountOf = language === 'en' ? englishAmountOf(text) : undefined;
  const countedAct = language === 'en' ? englishCountedAct(text) : undefined;
  const countedState = language === 'en' ? englishCountedState(text) : undefined;
  const attributeAsked = language === 'en' ? englishAttributeAsked(text) : undefined;
  const headAsked = language === 'en' ? englishHeadAsked(text) : undefined;
  const doerAct = language === 'en' ? englishDoerAct(text) : undefined;
  const definedTerm = language === 'en' ? englishDefinedTerm(text) : undefined;
  const countUnit = language === 'zh' ? askedUnit(text, tagged) : undefined;
  const act = language === 'zh' && !intent.when ? actAsked(tagged) : undefined;
  const crossed = words.some((w) => w.crossed === true);
  return { text, language, intent, words, terms, denseText, phrases, ...(crossed ? { crossed } : {}), ...(lead ? { lead: normaliseForMatch(lead) } : {}), ...(amountOf ? { amountOf } : {}), ...(countedAct ? { countedAct } : {}), ...(countedState ? { countedState } : {}), ...(attributeAsked ? { attributeAsked } : {}), ...(headAsked ? { headAsked } : {}), ...(doerAct ? { doerAct } : {}), ...(definedTerm ? { definedTerm } : {}), ...(countUnit ? { countUnit } : {}), ...(act ? { actAsked: act } : {}) };
}

/**
 * The words of the act a who-question asks the doer of: a Chinese cleft's verb, or an English verb's report words
 * (presided over → 主持; built → 建设, 建成), as written.
 */
export function actFormsOf(query: AnalysedQuery): string[] {
  if (query.actAsked !== undefined) return [...formsOfAct(query.actAsked)];
  if (query.doerAct === undefined) return [];
  const word = query.words.find((w) => w.english === query.doerAct || w.english?.split(' ')[0] === query.doerAct);
  return (word?.forms ?? []).filter((form) => form !== word?.english && form.length > 0);
}
