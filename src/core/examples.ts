/**
 * Example questions for /help, made from the documents themselves and kept
 * only when the core answers them: nothing here knows what any document says.
 *
 * Candidates come from each section (document + headline): parts of the
 * headline, the speakers, and the most informative noun phrase of the
 * section's key sentences; English ones through the dictionary glosses of the
 * section's own words. Each is asked through the real `ask`; it is kept when
 * the answer is in the question's language and quotes the paragraph the
 * question was made from. Sections take turns, so the examples cover
 * different topics.
 */
import { type BridgeData } from './query/bridge.js';
import { type Information } from './query/information.js';
import { detectLanguage } from './query/language.js';
import { tag, words } from './index/segmenter.js';
import { isStopword } from './index/stopwords.js';
import { type Example, type Language, type Paragraph, type QuotedSentence, type Reply } from './reply.js';
import { kindsOf, SECTION_QUESTIONS } from './section-asked.js';
import { normaliseForMatch } from './text/normalise.js';

export interface ExampleSources {
  paragraphs: readonly Paragraph[];
  keyPoints(options: { day: number; count: number }): QuotedSentence[];
  bridge: BridgeData | undefined;
  information: Information;
  ask(question: string): Promise<Reply>;
}

export interface ExampleOptions {
  /** Examples per language. */
  count: number;
  /** Questions asked per language at most: bounds the work on a large corpus. */
  maxAsked: number;
}

const DEFAULTS: ExampleOptions = { count: 3, maxAsked: 36 };

interface Candidate {
  question: string;
  /** Paragraphs (`DOC#N`, see refOf) the question was made from: the answer must quote one of them. */
  origin: ReadonlySet<string>;
}

interface Section {
  paragraphs: Paragraph[];
  zh: Candidate[];
  en: Candidate[];
}

/**
 * Headline pieces worth asking about, best first: the parts between spaces
 * (a headline's last part is usually its main statement), 4 to 20 characters,
 * quote marks removed; the whole headline first when it is that short.
 */
export function headlineParts(headline: string): string[] {
  const clean = headline.replace(/[“”"「」『』‘’]/g, '').trim();
  const parts = clean
    .split(/\s+/)
    .map((part) => part.replace(/[，。、；：！？,.;:!?]+$/u, ''))
    .reverse();
  const fits = (part: string): boolean => part.length >= 4 && part.length <= 20;
  return [...new Set([clean, ...parts].filter(fits))];
}

const NOUNISH = /^(n|nr|ns|nt|nz|nw|vn|eng|x)$/;
const CLAUSE = /[，。；、：！？,;:!?（）()“”]/u;

interface Phrase {
  phrase: string;
  words: string[];
  weight: number;
}

/** Runs of consecutive noun-like words (jieba tags) inside one clause, 3 to 12 characters, with their information. */
function nounPhrases(text: string, information: Information): Phrase[] {
  const out: Phrase[] = [];
  for (const clause of text.split(CLAUSE)) {
    let run: string[] = [];
    const flush = (): void => {
      const phrase = run.join('');
      if (phrase.length >= 3 && phrase.length <= 12 && /\p{Script=Han}/u.test(phrase)) {
        out.push({ phrase, words: [...run], weight: run.reduce((sum, w) => sum + information(w), 0) });
      }
      run = [];
    };
    for (const { word, tag: pos } of tag(clause)) {
      if (NOUNISH.test(pos) && !isStopword(word) && !/\d/.test(word)) run.push(word);
      else flush();
    }
    flush();
  }
  return out;
}

/**
 * "How much" questions: a clause that gives a quantity as `<noun phrase> <verb>
 * <number>` (规模超过…, 数量达到…) asks `<noun phrase>是多少？`, prefixed with
 * the year the sentence names before it, if any.
 */
export function quantityQuestions(sentence: string): string[] {
  const out: string[] = [];
  let year = '';
  for (const clause of sentence.split(CLAUSE)) {
    const tagged = tag(clause);
    tagged.forEach((token, i) => {
      const next = tagged[i + 1];
      if (token.tag !== 'v' || token.word.length > 2 || !next || next.tag !== 'm' || !/\d/.test(next.word)) return;
      const run: string[] = [];
      for (let j = i - 1; j >= 0; j--) {
        const before = tagged[j] as { word: string; tag: string };
        if (!NOUNISH.test(before.tag) || /\d/.test(before.word)) break;
        run.unshift(before.word);
      }
      const phrase = run.join('');
      if (phrase.length >= 4 && phrase.length <= 16) out.push(`${year !== '' && !phrase.includes(year) ? year : ''}${phrase}是多少？`);
    });
    year = /(\d{4}年)/.exec(clause)?.[1] ?? year;
  }
  return out;
}

/** Chinese word → English gloss phrases, from the bridge's inverted table. */
function glossTable(bridge: BridgeData | undefined): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [gloss, chinese] of Object.entries(bridge?.phrases ?? {})) {
    for (const word of chinese) table.set(word, [...(table.get(word) ?? []), gloss]);
  }
  return table;
}

/**
 * An English name for `word`: a two- or three-word gloss (single dictionary
 * words are too often a stray sense) that leads back to this word alone.
 */
function bestGloss(word: string, glosses: Map<string, string[]>, bridge: BridgeData | undefined): string | undefined {
  return (glosses.get(word) ?? [])
    .filter((g) => /^[a-z][a-z -]*[a-z]$/.test(g) && [2, 3].includes(g.split(' ').length) && bridge?.phrases[g]?.length === 1)
    .sort((a, b) => a.length - b.length)[0];
}

/** ¶N of a document, as one key: ¶ numbers repeat across documents. */
const refOf = (p: { document: string; paragraph: number }): string => `${p.document}#${p.paragraph}`;
const refOfParagraph = (p: Paragraph): string => refOf({ document: p.document, paragraph: p.number });

function sectionsOf(paragraphs: readonly Paragraph[]): Section[] {
  const byKey = new Map<string, Section>();
  for (const p of paragraphs) {
    if (p.kind !== 'body') continue;
    const key = `${p.document}\n${p.headline}`;
    let section = byKey.get(key);
    if (!section) byKey.set(key, (section = { paragraphs: [], zh: [], en: [] }));
    section.paragraphs.push(p);
  }
  // Bigger sections first: they are what the documents are mostly about.
  return [...byKey.values()].sort((a, b) => b.paragraphs.length - a.paragraphs.length);
}

/** Candidates of each section, most natural first (the order they are tried in). */
function addCandidates(sources: ExampleSources, sections: Section[]): void {
  const sectionOf = new Map<string, Section>();
  for (const section of sections) for (const p of section.paragraphs) sectionOf.set(refOfParagraph(p), section);
  const glosses = glossTable(sources.bridge);
  const all = (section: Section): Set<string> => new Set(section.paragraphs.map(refOfParagraph));
  const ranked = new Map<Section, { zh: [number, Candidate][]; en: [number, Candidate][] }>(sections.map((s) => [s, { zh: [], en: [] }]));
  const add = (section: Section, language: Language, rank: number, candidate: Candidate): void => void ranked.get(section)?.[language].push([rank, candidate]);

  // Key sentences (typical, mutually different, sections taking turns): quantities, then noun phrases.
  for (const sentence of sources.keyPoints({ day: 0, count: sections.length * 3 })) {
    const section = sectionOf.get(refOf(sentence));
    if (!section) continue;
    const origin = new Set([refOf(sentence)]);
    const phrases = nounPhrases(sentence.text, sources.information).sort((a, b) => b.weight - a.weight);
    const best = phrases[0];
    if (best) add(section, 'zh', 3, { question: `文件里关于${best.phrase}是怎么说的？`, origin });
    for (const phrase of phrases.slice(0, 2)) {
      const gloss = [...phrase.words].sort((a, b) => sources.information(b) - sources.information(a)).map((w) => bestGloss(w, glosses, sources.bridge)).find(Boolean);
      if (gloss) add(section, 'en', 0, { question: `What does the report say about ${gloss}?`, origin });
      if (phrase.phrase.length <= 8) add(section, 'en', 2, { question: `What does the report say about “${phrase.phrase}”?`, origin });
    }
  }

  for (const section of sections) {
    for (const p of section.paragraphs) {
      for (const sentence of p.text.split(/(?<=[。！？!?])/u)) {
        for (const question of quantityQuestions(sentence)) add(section, 'zh', 0, { question, origin: new Set([refOfParagraph(p)]) });
      }
    }
    const speakers = new Map<string, Set<string>>();
    for (const p of section.paragraphs) {
      const name = p.speaker?.name ?? '';
      if (name.length >= 2) speakers.set(name, (speakers.get(name) ?? new Set<string>()).add(refOfParagraph(p)));
    }
    for (const [name, origin] of speakers) {
      add(section, 'zh', 1, { question: `${name}说了什么？`, origin });
      add(section, 'en', 1, { question: `What did ${name} say?`, origin });
    }
    const headline = section.paragraphs[0]?.headline ?? '';
    // A section of a kind people ask first (下周计划, 问题与风险), asked as they would, whatever its heading says.
    for (const kind of kindsOf(normaliseForMatch(headline))) {
      add(section, 'zh', -1, { question: SECTION_QUESTIONS[kind].zh, origin: all(section) });
      add(section, 'en', -1, { question: SECTION_QUESTIONS[kind].en, origin: all(section) });
    }
    for (const part of headlineParts(headline)) {
      add(section, 'zh', 2, { question: `关于“${part}”，文件里是怎么说的？`, origin: all(section) });
      add(section, 'en', 3, { question: `What does the report say about “${part}”?`, origin: all(section) });
    }
    // The section's most telling words, glossed: frequent in the section, informative in general.
    const counts = new Map<string, number>();
    for (const p of section.paragraphs) for (const w of new Set(words(p.text))) if (/^\p{Script=Han}{2,}$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const telling = [...counts].sort((a, b) => b[1] * sources.information(b[0]) - a[1] * sources.information(a[0]));
    for (const [word] of telling.slice(0, 6)) {
      const gloss = bestGloss(word, glosses, sources.bridge);
      if (gloss) add(section, 'en', 1, { question: `What does the report say about ${gloss}?`, origin: all(section) });
    }
  }

  for (const [section, lists] of ranked) {
    // Stable sort: within a rank, the order found (key sentences by typicality).
    section.zh = lists.zh.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    section.en = lists.en.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
  }
}

/** Whether the core answers `candidate` in `language`, quoting the paragraph it came from. */
async function verified(sources: ExampleSources, candidate: Candidate, language: Language): Promise<Example | undefined> {
  if (detectLanguage(candidate.question) !== language) return undefined;
  const reply = await sources.ask(candidate.question);
  if (reply.kind !== 'answer' || reply.language !== language) return undefined;
  const quoted = reply.sentences.find((s) => candidate.origin.has(refOf(s)));
  return quoted ? { question: candidate.question, language, document: quoted.document, title: quoted.title, paragraph: quoted.paragraph } : undefined;
}

async function choose(sources: ExampleSources, sections: Section[], language: Language, options: ExampleOptions): Promise<Example[]> {
  const queues = sections.map((section) => {
    const seen = new Set<string>();
    return section[language].filter((c) => !seen.has(c.question) && seen.add(c.question));
  });
  const chosen: Example[] = [];
  let asked = 0;
  // Round robin over sections, one example per section per round: distinct topics first.
  while (chosen.length < options.count && asked < options.maxAsked && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (chosen.length >= options.count || asked >= options.maxAsked) break;
      while (queue.length > 0 && asked < options.maxAsked) {
        const candidate = queue.shift() as Candidate;
        asked++;
        const example = await verified(sources, candidate, language);
        if (example) {
          chosen.push(example);
          break;
        }
      }
    }
  }
  return chosen;
}

/** Examples per language, computed on first use (the candidates once, each language's checks once). */
export function createExamples(sources: ExampleSources, options: Partial<ExampleOptions> = {}): (language: Language) => Promise<Example[]> {
  const settings = { ...DEFAULTS, ...options };
  let sections: Section[] | undefined;
  const byLanguage = new Map<Language, Promise<Example[]>>();
  return (language) => {
    let examples = byLanguage.get(language);
    if (!examples) {
      if (!sections) {
        sections = sectionsOf(sources.paragraphs);
        addCandidates(sources, sections);
      }
      examples = choose(sources, sections, language, settings);
      // A failure is not cached: the next /help tries again.
      examples.catch(() => byLanguage.delete(language));
      byLanguage.set(language, examples);
    }
    return examples;
  };
}
