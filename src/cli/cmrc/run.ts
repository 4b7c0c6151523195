/**
 * Runs the core over one part of the CMRC benchmark (sets.ts): builds the
 * corpus in a work folder (reused while it is unchanged), asks every
 * question, and scores the three sets. Shared by `npm run eval` and
 * scripts/fit-answerability.ts (which needs each question's features).
 */
import os from 'node:os';
import path from 'node:path';
import { type CoreConfig } from '../../config.js';
import { createCore, type CoreOptions, type Explained } from '../../core/bot.js';
import { type Reply } from '../../core/reply.js';
import { type EvalItem, type EvalResult, scoreEval } from '../eval-score.js';
import { buildSets, type CmrcPart, readContexts, writeCorpus } from './sets.js';

export type SetName = 'in-corpus' | 'near-topic' | 'off-corpus';

export interface AskedItem {
  set: SetName;
  item: EvalItem;
  reply: Reply;
  explained?: Explained;
}

export interface CmrcReport {
  part: CmrcPart;
  passages: number;
  inCorpus: EvalResult;
  nearTopic: { declined: number; total: number; rate: number };
  offCorpus: { declined: number; total: number; rate: number };
  /** Answer phrases shown (in bold, first): on in-corpus questions, and how many of those hold the gold answer; on questions the documents do not answer. */
  phrases: { inCorpus: number; right: number; declinable: number };
  asked: AskedItem[];
}

export function defaultDatasetDir(): string {
  return path.resolve('..', 'shared', 'datasets', 'cmrc2018');
}

export async function runCmrc(
  part: CmrcPart,
  base: CoreConfig,
  options: CoreOptions & { datasetDir?: string; workDir?: string; limit?: number } = {},
): Promise<CmrcReport> {
  const sets = buildSets(readContexts(options.datasetDir ?? defaultDatasetDir()), part);
  const { dataDir, indexDir } = writeCorpus(sets, options.workDir ?? path.join(os.tmpdir(), 'reportbot-cmrc', part));
  const core = await createCore({ ...base, dataDir, indexDir }, options);
  const limit = options.limit ?? Infinity;
  const asked: AskedItem[] = [];
  for (const [set, items] of [
    ['in-corpus', sets.inCorpus],
    ['near-topic', sets.nearTopic],
    ['off-corpus', sets.offCorpus],
  ] as const) {
    for (const item of items.slice(0, limit)) {
      const { reply, explained } = await core.answer(item.question);
      asked.push({ set, item, reply, ...(explained ? { explained } : {}) });
    }
  }
  const of = (set: SetName): AskedItem[] => asked.filter((a) => a.set === set);
  const declines = (set: SetName): CmrcReport['nearTopic'] => {
    const items = of(set);
    const declined = items.filter((a) => !a.reply.found).length;
    return { declined, total: items.length, rate: items.length === 0 ? 0 : Math.round((declined / items.length) * 1000) / 1000 };
  };
  const inCorpus = of('in-corpus');
  return {
    part,
    passages: core.paragraphs.length,
    inCorpus: scoreEval(
      inCorpus.map((a) => a.item),
      inCorpus.map((a) => a.reply),
    ),
    nearTopic: declines('near-topic'),
    offCorpus: declines('off-corpus'),
    phrases: phraseCounts(asked),
    asked,
  };
}

/** A phrase is right when it is the gold answer, or holds it and is at most twice as long, or is most of it (6米 for 近6米). */
export function phraseIsRight(phrase: string, gold: string): boolean {
  return (phrase.includes(gold) && phrase.length <= 2 * gold.length) || (gold.includes(phrase) && 2 * phrase.length >= gold.length);
}

function phraseCounts(asked: readonly AskedItem[]): CmrcReport['phrases'] {
  const counts = { inCorpus: 0, right: 0, declinable: 0 };
  for (const a of asked) {
    const phrase = a.reply.kind === 'answer' ? a.reply.phrase : undefined;
    if (phrase === undefined) continue;
    if (a.set !== 'in-corpus') counts.declinable++;
    else {
      counts.inCorpus++;
      if ((a.item.answer_keys ?? []).some((gold) => phraseIsRight(phrase, gold))) counts.right++;
    }
  }
  return counts;
}

/**
 * The decline curve: at each threshold on the fitted probability, the share of
 * in-corpus questions declined (false declines) against the share of
 * near-topic and off-corpus questions declined — as the bot decides, rules and
 * model together. Questions the rules decline (a missing number or name,
 * nothing retrieved) count as declined at every threshold, so the curve at the
 * fitted threshold gives the eval's own figures.
 */
export function declineCurve(asked: readonly AskedItem[], thresholds: readonly number[]): { threshold: number; falseDeclines: number; nearTopic: number; offCorpus: number }[] {
  const probabilityOf = (a: AskedItem): number => {
    const fitted = a.explained?.fitted;
    if (fitted?.probability === undefined) return a.reply.found ? 1 : 0;
    // The rules' declines stand whatever the probability.
    return fitted.features.rules === 1 ? fitted.probability : 0;
  };
  const share = (set: SetName, t: number, declinedWhen: (p: number) => boolean): number => {
    const items = asked.filter((a) => a.set === set);
    return items.length === 0 ? 0 : Math.round((items.filter((a) => declinedWhen(probabilityOf(a))).length / items.length) * 1000) / 1000;
  };
  return thresholds.map((t) => ({
    threshold: t,
    falseDeclines: share('in-corpus', t, (p) => p < t),
    nearTopic: share('near-topic', t, (p) => p < t),
    offCorpus: share('off-corpus', t, (p) => p < t),
  }));
}
