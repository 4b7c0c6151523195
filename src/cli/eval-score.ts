/**
 * Scoring of `npm run eval`: hit@k and MRR over the cited paragraphs, the
 * answer-key rate, declines. Pure functions, shared with scripts/calibrate.ts.
 */
import fs from 'node:fs';
import { type Reply } from '../core/reply.js';
import { percentile } from './stats.js';

export interface EvalItem {
  id: string;
  question: string;
  in_report: boolean;
  evidence?: string[];
  answer_keys?: string[];
}

export interface EvalResult {
  questions: number;
  inReport: number;
  hit1: number;
  hit3: number;
  mrr: number;
  answerKeyRate: number;
  declineAccuracy: number;
  declined: string;
  falseDeclines: number;
  answerChars: { p50: number; max: number };
  ms: { p50: number; p95: number };
  misses: string[];
}

export function scoreEval(items: readonly EvalItem[], replies: readonly Reply[]): EvalResult {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let keys = 0;
  let falseDeclines = 0;
  let declinedOut = 0;
  const lengths: number[] = [];
  const ms: number[] = [];
  const misses: string[] = [];
  items.forEach((item, i) => {
    const reply = replies[i] as Reply;
    ms.push(reply.ms);
    if (!item.in_report) {
      if (!reply.found) declinedOut++;
      else misses.push(`${item.id} answered but not in report: ${reply.kind === 'answer' ? reply.answer.slice(0, 60) : ''}`);
      return;
    }
    if (reply.kind !== 'answer') {
      falseDeclines++;
      misses.push(`${item.id} declined: ${item.question}`);
      return;
    }
    lengths.push(reply.answer.length);
    const evidence = item.evidence ?? [];
    const rank = reply.citations.findIndex((c) => evidence.some((e) => c.text.includes(e)));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    const allKeys = (item.answer_keys ?? []).every((k) => reply.answer.includes(k));
    if (allKeys) keys++;
    if (rank !== 0 || !allKeys) misses.push(`${item.id} rank=${rank} keys=${allKeys} ¶${reply.citations.map((c) => c.paragraph).join(',')} ${reply.answer.slice(0, 80)}`);
  });
  const inReport = items.filter((i) => i.in_report).length;
  const out = items.length - inReport;
  const ratio = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);
  return {
    questions: items.length,
    inReport,
    hit1: ratio(hit1, inReport),
    hit3: ratio(hit3, inReport),
    mrr: ratio(rr, inReport),
    answerKeyRate: ratio(keys, inReport),
    declineAccuracy: ratio(declinedOut, out),
    declined: `${declinedOut}/${out}`,
    falseDeclines,
    answerChars: { p50: percentile(lengths, 50), max: Math.max(0, ...lengths) },
    ms: { p50: percentile(ms, 50), p95: percentile(ms, 95) },
    misses,
  };
}

export function readEvalFile(file: string): EvalItem[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalItem);
}
