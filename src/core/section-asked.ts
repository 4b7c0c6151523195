/**
 * A team's report is laid out in sections of a few kinds — what was done, what went wrong, what comes next, what
 * help is wanted — and the first thing people ask of it is one of them, in words of their own: "下周计划是什么？"
 * of a report heading 五、下周重点, "What are the next steps?" of one heading 三、下阶段工作, "存在哪些问题？" of
 * 二、存在的困难. No word of such a question need stand in the report, so retrieval and the rules decline it, or
 * quote one item that happens to write 计划. A question made only of a section kind's words (and relative times,
 * and words that say nothing of which section: 工作, 主要, steps) is answered with the marked list under the
 * heading of that kind, every item, cited. The kinds are the genre's, not any one report's.
 */
import { itemsOfList } from './answer.js';
import { type Passages, type SentenceRecord } from './passages.js';
import { type AnalysedQuery } from './query/analyse.js';
import { relativeTimes } from './relative-time.js';
import { normaliseForMatch } from './text/normalise.js';
import { PLAN_WORDS } from './time-fit.js';

type SectionKind = 'plan' | 'problem' | 'done' | 'help' | 'metrics';

/** The words that name each kind of section, in a heading or a question. */
const KIND_WORDS: Readonly<Record<SectionKind, { zh: RegExp; en: RegExp }>> = {
  plan: PLAN_WORDS,
  problem: { zh: /问题|困难|风险|挑战|隐患|瓶颈|难点/u, en: /\b(?:problems?|issues?|risks?|challenges?|difficult(?:y|ies)|blockers?|concerns?)\b/iu },
  done: { zh: /进展|完成|成果|回顾/u, en: /\b(?:done|progress|accomplish(?:ed|ments?)|achieve(?:d|ments?)|completed)\b/iu },
  help: { zh: /协调|支持|配合|帮助|求助|协助/u, en: /\b(?:help|support|assistance|coordination)\b/iu },
  // 数据 alone heads sections of any kind (数据中心); a heading says 关键数据 or 核心数据 when it means the figures.
  metrics: { zh: /指标|KPI|关键数据|核心数据/iu, en: /\b(?:metrics|kpis?)\b/iu },
};
const KINDS = Object.keys(KIND_WORDS) as SectionKind[];

/**
 * Words of a section question that say nothing of which section it asks (本期完成了哪些工作, What are the next
 * steps?, What help is needed?): asking verbs, generic nouns for work and things, and "main".
 */
const SAYS_NO_SECTION = /^(?:工作|事项|事情|内容|情况|主要|重点|关键|核心|有|存在|需要|需|面临|遇到|目前|当前|部门|团队|资源|steps?|things?|items?|work|main|key|needed|need|any|current|currently)$/iu;

/** The words of an English relative time, where the bridge did not join them ("this week" as this, week). */
const TIME_PART_EN = /^(?:this|last|previous|past|coming|following|weeks?|months?|quarters?|years?|sprints?)$/iu;

/** How /help asks each kind of section: the words a team member would use, no report's own. */
export const SECTION_QUESTIONS: Readonly<Record<SectionKind, { zh: string; en: string }>> = {
  plan: { zh: '接下来有什么计划？', en: 'What are the next steps?' },
  problem: { zh: '存在哪些问题？', en: 'What are the problems?' },
  done: { zh: '完成了哪些工作？', en: 'What has been done?' },
  help: { zh: '需要哪些支持？', en: 'What help is needed?' },
  metrics: { zh: '关键指标怎么样？', en: 'What are the key metrics?' },
};

/** The kinds a text names: its words, and a heading speaking of a time to come is a plan (下周重点, Next week). */
export function kindsOf(text: string): Set<SectionKind> {
  const kinds = new Set(KINDS.filter((kind) => KIND_WORDS[kind].zh.test(text) || KIND_WORDS[kind].en.test(text)));
  if ([...relativeTimes(text)].some((time) => time.endsWith(':next'))) kinds.add('plan');
  return kinds;
}

/** The one section kind a question asks, when every word of it is a kind's, a relative time's or says no section. */
export function sectionKindAsked(query: AnalysedQuery): SectionKind | undefined {
  const kinds = new Set<SectionKind>();
  let timed = false;
  for (const word of query.words) {
    const written = word.english ?? word.word;
    const named = kindsOf(written);
    if (relativeTimes(written).size > 0 && [...named].every((kind) => kind === 'plan')) timed = true;
    else if (named.size > 0) for (const kind of named) kinds.add(kind);
    else if (TIME_PART_EN.test(written)) timed = true;
    else if (!SAYS_NO_SECTION.test(written)) return undefined;
  }
  // "What was done this week?": the bridge drops do as an empty verb, so only the time is left of its words.
  if (query.language === 'en' && KIND_WORDS.done.en.test(query.text)) kinds.add('done');
  // A time alone asks what happens then: next week's plans, or this week's work.
  if (kinds.size === 0 && timed) for (const time of relativeTimes(query.text)) kinds.add(time.endsWith(':next') ? 'plan' : 'done');
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** Does a heading's relative time fit the question's? Both naming times, they must share one (下周 is not 下月). */
function timesAgree(question: string, headline: string): boolean {
  const asked = relativeTimes(question);
  const written = relativeTimes(headline);
  return asked.size === 0 || written.size === 0 || [...asked].some((time) => written.has(time));
}

/** Most paragraphs of a section written as prose that are quoted for it: a longer one is a chapter, not a section. */
const MAX_PROSE_PARAGRAPHS = 3;

/** The first sentence of each paragraph of a prose section (body paragraphs under one heading), or none if it is long. */
function proseOf(passages: Passages, at: number): SentenceRecord[] {
  const { document, headline } = passages.paragraphs[at]!;
  const indexes: number[] = [];
  passages.paragraphs.forEach((p, i) => {
    if (p.kind === 'body' && p.document === document && p.headline === headline) indexes.push(i);
  });
  if (indexes.length > MAX_PROSE_PARAGRAPHS) return [];
  return indexes.flatMap((i) => passages.sentencesOf[i]?.slice(0, 1) ?? []);
}

/**
 * What each document says under its first heading of the kind the question asks: every item of a marked list, or
 * the first sentence of each paragraph of a short prose section whose heading is of that kind alone (下周计划与风险
 * mixes plans and risks in one paragraph, and which sentence answers is the question's other words' to say).
 * Undefined when the question asks no section or no document heads one so.
 */
export function sectionAsked(query: AnalysedQuery, passages: Passages): SentenceRecord[] | undefined {
  const kind = sectionKindAsked(query);
  if (kind === undefined) return undefined;
  const found: SentenceRecord[] = [];
  const documents = new Set<string>();
  // A heading's prose and its list are each judged once, at their first paragraph: the rest would only ask again.
  const judged = new Set<string>();
  passages.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind !== 'body' || paragraph.headline === '' || documents.has(paragraph.document)) return;
    const section = `${paragraph.document}\n${paragraph.headline}\n${paragraph.listItem === true}`;
    if (judged.has(section)) return;
    judged.add(section);
    const headline = normaliseForMatch(paragraph.headline);
    const kinds = kindsOf(headline);
    if (!kinds.has(kind) || !timesAgree(query.text, headline)) return;
    const sentences = paragraph.listItem === true ? itemsOfList(passages, index) : kinds.size === 1 ? proseOf(passages, index) : [];
    if (sentences.length === 0) return;
    documents.add(paragraph.document);
    found.push(...sentences);
  });
  return found.length > 0 ? found : undefined;
}
