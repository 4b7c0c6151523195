/**
 * npm run eval [-- FILE.jsonl] [--cmrc fit|measure|both] [--curve] [--without-reader]
 * With a FILE: lines {"id","question","in_report",("evidence":[…],"answer_keys":[…])}; prints hit@1,
 * hit@3, MRR (a cited paragraph contains an evidence string), answer-key rate (the answer contains every
 * key), decline accuracy, false declines, answer length p50/max and answer time p50/p95.
 * With --cmrc: the public benchmark (src/cli/cmrc/sets.ts): in-corpus, near-topic and off-corpus sets.
 * With neither: the report's own sets and both CMRC parts.
 */
import fs from 'node:fs';
import { Command } from 'commander';
import { loadConfigOrExit } from '../config.js';
import { type CoreOptions } from '../core/bot.js';
import { type Reply } from '../core/reply.js';
import { DEFAULT_WEIGHTS } from '../core/retrieve.js';
import { type CmrcPart } from './cmrc/sets.js';
import { declineCurve, runCmrc } from './cmrc/run.js';
import { type EvalResult, readEvalFile, scoreEval } from './eval-score.js';
import { loadCliCore } from './load-core.js';

/** The report's own question sets, when present. */
const REPORT_SETS = ['../shared/eval/dev-questions.jsonl', 'test/fixtures/calibration.jsonl', 'test/fixtures/holdout.jsonl', 'test/fixtures/english.jsonl'];
const CURVE_THRESHOLDS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

interface Options {
  verbose?: boolean;
  json?: boolean;
  compareFusion?: boolean;
  cmrc?: string;
  curve?: boolean;
  withoutReader?: boolean;
  limit?: string;
}

function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

function resultRows(result: EvalResult): [string, string][] {
  return [
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
}

async function evalFile(file: string, options: Options, coreOptions: CoreOptions): Promise<EvalResult> {
  const items = readEvalFile(file);
  const { core } = await loadCliCore(coreOptions);
  await core.ask('预热'); // first call pays for JIT compilation; not a user-visible latency
  const replies: Reply[] = [];
  for (const item of items) replies.push(await core.ask(item.question));
  const result = scoreEval(items, replies);
  if (options.json) return result;
  if (options.verbose) for (const miss of result.misses) write(`miss: ${miss}`);
  write(`mode                   ${core.status.mode}${coreOptions.withoutReader ? ' (rules only)' : ''}`);
  for (const [name, value] of resultRows(result)) write(`${name.padEnd(22)} ${value}`);
  if (options.compareFusion) {
    for (const [name, weights] of [['BM25 only', { lexical: 1, dense: 0 }], ['dense only', { lexical: 0, dense: 1 }], ['fused', DEFAULT_WEIGHTS]] as const) {
      const { core: variant } = await loadCliCore({ ...coreOptions, weights });
      const ranks: number[] = [];
      for (const item of items.filter((i) => i.in_report)) {
        const { ranked } = await variant.explain(item.question);
        ranks.push(ranked.findIndex((r) => (item.evidence ?? []).some((e) => variant.paragraphs[r.index]?.text.includes(e))));
      }
      const share = (k: number): string => (ranks.filter((r) => r >= 0 && r < k).length / ranks.length).toFixed(3);
      write(`${`retrieval ${name}`.padEnd(22)} hit@1 ${share(1)} hit@3 ${share(3)}`);
    }
  }
  return result;
}

async function evalCmrc(part: CmrcPart, options: Options, coreOptions: CoreOptions): Promise<unknown> {
  const config = loadConfigOrExit(process.env);
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  const report = await runCmrc(part, config.core, { ...coreOptions, ...(limit !== undefined ? { limit } : {}) });
  const curve = declineCurve(report.asked, CURVE_THRESHOLDS);
  const summary = { part, passages: report.passages, inCorpus: { ...report.inCorpus, misses: undefined }, nearTopic: report.nearTopic, offCorpus: report.offCorpus, phrases: report.phrases, curve };
  if (options.json) return summary;
  write(`CMRC 2018, ${part} part (${report.passages} paragraphs)${coreOptions.withoutReader ? ', rules only' : ''}`);
  const r = report.inCorpus;
  write(`  in-corpus   ${r.inReport} questions: hit@1 ${r.hit1}, answer-key ${r.answerKeyRate}, false declines ${r.falseDeclines} (${(r.falseDeclines / Math.max(1, r.inReport)).toFixed(3)})`);
  write(`  near-topic  ${report.nearTopic.total} questions: declined ${report.nearTopic.declined} (${report.nearTopic.rate})`);
  write(`  off-corpus  ${report.offCorpus.total} questions: declined ${report.offCorpus.declined} (${report.offCorpus.rate})`);
  const p = report.phrases;
  write(`  answer phrases: ${p.inCorpus} shown on in-corpus questions, ${p.right} of them the answer; ${p.declinable} on questions the documents do not answer`);
  write(`  answer ms p50/p95 ${r.ms.p50}/${r.ms.p95}`);
  if (options.verbose) for (const miss of r.misses) write(`  miss: ${miss}`);
  if (options.verbose) for (const a of report.asked.filter((x) => x.set !== 'in-corpus' && x.reply.found)) write(`  answered ${a.set}: ${a.item.id} ${a.item.question}`);
  if (options.curve || options.verbose) {
    write('  decline curve (threshold: false declines / near-topic declined / off-corpus declined)');
    for (const point of curve) write(`    ${point.threshold.toFixed(2)}: ${point.falseDeclines.toFixed(3)} / ${point.nearTopic.toFixed(3)} / ${point.offCorpus.toFixed(3)}`);
  }
  return summary;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('eval')
    .argument('[file]', 'questions in JSONL')
    .option('--cmrc <part>', 'the public CMRC 2018 benchmark: fit, measure or both')
    .option('--curve', 'with --cmrc: print the decline curve')
    .option('--limit <n>', 'with --cmrc: at most n questions per set (quick checks)')
    .option('--without-reader', 'decide by the rules alone (comparison)')
    .option('--verbose', 'list the misses')
    .option('--json', 'print the result as JSON')
    .option('--compare-fusion', 'also rank the in-report questions by BM25 alone, dense alone and fused (retrieval hit@1/hit@3)');
  program.parse();
  const options = program.opts<Options>();
  const coreOptions: CoreOptions = options.withoutReader ? { withoutReader: true } : {};
  const [file] = program.args as [string | undefined];
  const results: Record<string, unknown> = {};
  if (file !== undefined) {
    if (!fs.existsSync(file)) program.error(`eval: no such file ${file}`);
    results[file] = await evalFile(file, options, coreOptions);
  }
  const parts: CmrcPart[] = options.cmrc === undefined ? [] : options.cmrc === 'both' ? ['fit', 'measure'] : [options.cmrc as CmrcPart];
  if (parts.some((p) => p !== 'fit' && p !== 'measure')) program.error('eval: --cmrc takes fit, measure or both');
  if (file === undefined && parts.length === 0) {
    // Everything: the report's own sets, then both parts of the public benchmark.
    for (const set of REPORT_SETS.filter((f) => fs.existsSync(f))) {
      if (!options.json) write(`\n== ${set}`);
      results[set] = await evalFile(set, options, coreOptions);
    }
    parts.push('fit', 'measure');
  }
  for (const part of parts) {
    if (!options.json) write('');
    results[`cmrc:${part}`] = await evalCmrc(part, options, coreOptions);
  }
  if (options.json) write(JSON.stringify(Object.keys(results).length === 1 ? Object.values(results)[0] : results));
}

await main();
