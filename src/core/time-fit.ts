/**
 * Whether a candidate sentence speaks of the time a question asks. A team's report states its figures twice: as
 * measured (续约率为91.9%) and again as next period's aim, in its plan section (将续约率提升到93%以上). A question
 * asking the figure, and no plan or target, asks the measured one; a question naming a period (第四季度, 上周) asks
 * the sentence of that period, not one its paragraph places in another. Such a sentence may still be quoted when
 * nothing else answers: it only yields to one that fits.
 */
import { type AnalysedQuery } from './query/analyse.js';
import { contradictedTime, relativeTimes } from './relative-time.js';
import { ITEM_MARK } from './corpus/lines.js';
import { normaliseForMatch } from './text/normalise.js';

/** The words naming plans, in a heading or a question (section-asked.ts reads them too). */
export const PLAN_WORDS = { zh: /计划|安排|打算|规划|下一步|下阶段|后续|接下来|展望/u, en: /\b(?:plans?|planned|planning|next|upcoming|roadmap)\b/iu };

/** A question asking an aim rather than a measure: 目标, 预计, 力争, target, goal, expected… */
const AIM_ASKED = /目标|预计|预期|力争|争取|指标要求|\b(?:targets?|goals?|aims?|expected|forecasts?|projected|will)\b/iu;

/** A sentence that plans rather than tells (将续约率提升到…, 计划…, 拟…, We will…), after any list mark. */
const PLANS = /^(?:将(?!近|军)|计划|拟|预计|力争|争取|准备)|^(?:we|the team|they)\s+(?:will|plan to|aim to|intend to)\b/iu;

/** Does the question ask a plan, an aim or a time to come? Then a plan's sentence fits it. */
export function asksPlan(query: AnalysedQuery): boolean {
  const text = query.text;
  return PLAN_WORDS.zh.test(text) || PLAN_WORDS.en.test(text) || AIM_ASKED.test(text) || [...relativeTimes(text)].some((t) => t.endsWith(':next'));
}

/** Is this paragraph a plan section's (its section heading, not the document's title, names plans or a time to come)? */
export function inPlanSection(headline: string, title: string): boolean {
  if (headline === '' || headline === title) return false;
  return PLAN_WORDS.zh.test(headline) || PLAN_WORDS.en.test(headline) || [...relativeTimes(headline)].some((t) => t.endsWith(':next'));
}

/** Does the sentence plan rather than tell? */
export function plansRatherThanTells(sentence: string): boolean {
  return PLANS.test(sentence.trim().replace(ITEM_MARK, ''));
}

/** Where a candidate stands: its paragraph's text (with headline), section heading and document title. */
export interface CandidatePlace {
  text: () => string;
  headline: string;
  title: string;
}

/** How a candidate misfits the question's time: it plans a figure asked as it is, or its paragraph is of another period. */
export type Misfit = 'plan' | 'time';

/** Does the question ask a figure as it is (a quantity, and no plan, target or time to come)? Only a figure is told twice. */
function figureAsMeasured(query: AnalysedQuery, planAsked: boolean): boolean {
  return !planAsked && query.intent.quantity;
}

/**
 * How a candidate paragraph misfits the question's time, whatever its sentences say: it speaks of another period
 * than the one asked (time), or stands in a plan section where the question asks a figure as it is (plan). Read once
 * per paragraph: its sentences share it.
 */
export function paragraphMisfit(query: AnalysedQuery, place: CandidatePlace, planAsked = asksPlan(query)): Misfit | undefined {
  if (contradictedTime(query.text, place.text, () => place.title) !== undefined) return 'time';
  return figureAsMeasured(query, planAsked) && inPlanSection(place.headline, place.title) ? 'plan' : undefined;
}

/**
 * How a candidate sentence misfits the question's time, given its paragraph's misfit: the paragraph's, or a plan when
 * the sentence itself plans a figure asked as it is (opens with a plan's verb). A plan's date or owner still answers
 * when or who.
 */
export function sentenceMisfit(query: AnalysedQuery, sentence: string, ofParagraph: Misfit | undefined, planAsked = asksPlan(query)): Misfit | undefined {
  return ofParagraph ?? (figureAsMeasured(query, planAsked) && plansRatherThanTells(sentence) ? 'plan' : undefined);
}

/** How a candidate sentence misfits the question's time, if it does (its paragraph read for it alone). */
export function misfitOf(query: AnalysedQuery, sentence: string, place: CandidatePlace, planAsked = asksPlan(query)): Misfit | undefined {
  return sentenceMisfit(query, sentence, paragraphMisfit(query, place, planAsked), planAsked);
}

/**
 * May `fitting` be quoted in place of a plan that `misfit` is? Only when it writes every word of the question the plan
 * writes: a plan item's topic is what was asked ("How many users does the recommendation system serve?" over
 * 启动推荐系统特征平台的需求调研), and a measured sentence on another topic (用户画像服务…覆盖全部安卓用户) is no answer.
 */
export function keepsQuestionWords(query: AnalysedQuery, misfit: string, fitting: string): boolean {
  const [from, to] = [normaliseForMatch(misfit), normaliseForMatch(fitting)];
  const writes = (text: string, forms: readonly string[]): boolean => forms.some((form) => text.includes(normaliseForMatch(form)));
  return query.words.every((word) => !writes(from, word.forms) || writes(to, word.forms));
}
