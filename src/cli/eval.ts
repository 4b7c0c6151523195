/**
 * npm run eval -- FILE.jsonl
 * Lines: {"id","question","in_report",("evidence":[…],"answer_keys":[…])}.
 * Prints hit@1, hit@3, MRR (a cited paragraph contains an evidence string),
 * answer-key rate (the answer contains every key), decline accuracy, false
 * declines, answer length p50/max and answer time p50/p95. --verbose lists misses.
 */
import fs from 'node:fs';
import { Command } from 'commander';
import { type Reply } from '../core/reply.js';
import { loadCliCore } from './load-core.js';
import { percentile } from './stats.js';

interface EvalItem {
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

async function main(): Promise<void> {
  const program = new Command().name('eval').argument('<file>', 'questions in JSONL').option('--verbose', 'list the misses').option('--json', 'print the result as JSON');
  program.parse();
  const [file] = program.args as [string];
  if (!fs.existsSync(file)) program.error(`eval: no such file ${file}`);
  const items = readEvalFile(file);
  const { core } = await loadCliCore();
  await core.ask('预热'); // first call pays for JIT compilation; not a user-visible latency
  const replies: Reply[] = [];
  for (const item of items) replies.push(await core.ask(item.question));
  const result = scoreEval(items, replies);
  if (program.opts<{ json?: boolean }>().json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (program.opts<{ verbose?: boolean }>().verbose) for (const miss of result.misses) process.stdout.write(`miss: ${miss}\n`);
  const rows: [string, string][] = [
    ['mode', core.status.mode],
    ['questions', `${result.questions} (${result.inReport} in report)`],
    ['hit@1', String(result.hit1)],
    ['hit@3', String(result.hit3)],
    ['MRR', String(result.mrr)],
    ['answer-key rate', String(result.answerKeyRate)],
    ['decline accuracy', `${result.declineAccuracy} (${result.declined} out-of-report declined)`],
    ['false declines', String(result.falseDeclines)],
    ['answer chars p50/max', `${result.answerChars.p50}/${result.answerChars.max}`],
    ['answer ms p50/p95', `${result.ms.p50}/${result.ms.p95}`],
  ];
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(22)} ${value}\n`);
}

await main();
