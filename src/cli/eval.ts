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
import { DEFAULT_WEIGHTS } from '../core/retrieve.js';
import { readEvalFile, scoreEval } from './eval-score.js';
import { loadCliCore } from './load-core.js';

async function main(): Promise<void> {
  const program = new Command()
    .name('eval')
    .argument('<file>', 'questions in JSONL')
    .option('--verbose', 'list the misses')
    .option('--json', 'print the result as JSON')
    .option('--compare-fusion', 'also rank the in-report questions by BM25 alone, dense alone and fused (retrieval hit@1/hit@3)');
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
  if (program.opts<{ compareFusion?: boolean }>().compareFusion) {
    for (const [name, weights] of [['BM25 only', { lexical: 1, dense: 0 }], ['dense only', { lexical: 0, dense: 1 }], ['fused', DEFAULT_WEIGHTS]] as const) {
      const { core: variant } = await loadCliCore({ weights });
      const ranks: number[] = [];
      for (const item of items.filter((i) => i.in_report)) {
        const { ranked } = await variant.explain(item.question);
        ranks.push(ranked.findIndex((r) => (item.evidence ?? []).some((e) => variant.paragraphs[r.index]?.text.includes(e))));
      }
      const share = (k: number): string => (ranks.filter((r) => r >= 0 && r < k).length / ranks.length).toFixed(3);
      process.stdout.write(`${`retrieval ${name}`.padEnd(22)} hit@1 ${share(1)} hit@3 ${share(3)}\n`);
    }
  }
}

await main();
