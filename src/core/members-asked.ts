/**
 * Questions that ask which members make up a group they already count: 哪两条产线, 离职的两名工程师叫什么名字,
 * 四个子公司分别是什么. The count is what the question knows; the answer is the members. A sentence that only
 * states the count (…影响了两条产线的排产) is where the question's knowledge came from, not its answer.
 */
import { numeralSpellings } from './text/numerals.js';

const NUMERAL = '[两二三四五六七八九十百]+|\\d+';
const MEASURE = '[个张位台件条项次家款本部篇座辆架名只种份所间类门支套批组处]';

/** 哪两条, 哪5类: a which-question over a stated number of things (not 哪一年, one thing, nor 哪几个, no count). */
const WHICH_COUNTED = new RegExp(`哪(${NUMERAL})(${MEASURE})`, 'u');
/** 两名工程师叫什么名字, 四个子公司分别是什么: the counted group, then a question for its members. */
const COUNTED_THEN_NAMES = new RegExp(`(?<![第几多])(${NUMERAL})(${MEASURE})[^，。？?！]*?(?:叫什么|名字|姓名|是谁|有谁|分别|是哪些|有哪些)`, 'u');
/**
 * 发现的3处问题是什么: the counted group named, then what it is — not what one of its attributes is (两条产线的产能是什么),
 * nor when or where (是什么时候).
 */
const COUNTED_THEN_WHAT = new RegExp(`(?<![第几多])(${NUMERAL})(${MEASURE})[^，。？?！的]{0,8}(?:是什么|包括什么|指什么)(?!时候|时间|地方)`, 'u');

/** What a sentence naming the members writes between or around them: 、 or ： or a joining word. */
const ENUMERATES = /[、：:；;]|和|与|及|或|跟|分别|包括|一个是|一是/u;

/** The count a question names for the group whose members it asks, as numeral and measure word. */
export function countedGroupAsked(question: string): { numeral: string; measure: string } | undefined {
  const match = WHICH_COUNTED.exec(question) ?? COUNTED_THEN_NAMES.exec(question) ?? COUNTED_THEN_WHAT.exec(question);
  if (match === null) return undefined;
  return { numeral: match[1] as string, measure: match[2] as string };
}

/**
 * Does the sentence only repeat the group's count, naming none of its members? It repeats the count (两条, 2条) and
 * writes nothing that lists: "部分进口芯片的交货周期仍在20周以上，影响了两条产线的排产。" for "哪两条产线的排产受到影响？".
 * A sentence that does not write the count is left to the other rules: it may name the members outright.
 */
export function repeatsCountOnly(question: string, sentence: string): boolean {
  const group = countedGroupAsked(question);
  if (group === undefined) return false;
  const repeated = numeralSpellings(group.numeral).some((numeral) => sentence.includes(`${numeral}${group.measure}`));
  return repeated && !ENUMERATES.test(sentence);
}
