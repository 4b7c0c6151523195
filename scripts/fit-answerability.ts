/**
 * Fits the answer-or-decline decision (src/core/answerability-model.ts):
 *
 *   npx tsx scripts/fit-answerability.ts [--out models/answerability.json]
 *
 * Rows: every Chinese question of the CMRC benchmark's "fit" part (in-corpus =
 * answer, near-topic and off-corpus = decline) and of the report's calibration
 * set (test/fixtures/calibration.jsonl), each with the features the core
 * computes (the reader's verdicts, coverage, support, dense similarity,
 * missing words). A logistic regression (L2, batch gradient descent: the same
 * weights every run) is fitted on them. The core answers only when the
 * hand-set rules and the model agree, so the threshold is the highest
 * probability at which the two together decline at most TARGET_FALSE_DECLINES
 * of the answerable rows. The "measure" part is never read here.
 */
import 'dotenv/config';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfigOrExit } from '../src/config.js';
import { createCore } from '../src/core/bot.js';
import { FEATURES, type FeatureName, type FittedModel, probability, READER_CANDIDATES } from '../src/core/answerability-model.js';
import { runCmrc } from '../src/cli/cmrc/run.js';
import { readEvalFile } from '../src/cli/eval-score.js';

/** Share of answerable fit rows the threshold may decline. */
const TARGET_FALSE_DECLINES = 0.025;
const L2 = 0.01;
const STEPS = 4000;
const RATE = 0.5;
/** The report's own calibration questions count this much more than a Wikipedia one: they are the domain. */
const REPORT_WEIGHT = 2;
/** Near-topic questions are the ones only the reader can catch: they weigh more than off-corpus ones, which coverage already catches. */
const NEAR_TOPIC_WEIGHT = 2;

interface Row {
  features: Record<FeatureName, number>;
  label: 0 | 1;
  source: string;
}

function weightOf(row: Row): number {
  return row.source === 'calibration' ? REPORT_WEIGHT : row.source === 'cmrc:near-topic' ? NEAR_TOPIC_WEIGHT : 1;
}

function fit(rows: readonly Row[], names: readonly FeatureName[]): Omit<FittedModel, 'threshold' | 'fittedOn'> {
  const columns = names.map((n) => rows.map((r) => r.features[n]));
  const mean = columns.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
  const scale = columns.map((c, i) => Math.sqrt(c.reduce((a, b) => a + (b - (mean[i] as number)) ** 2, 0) / c.length) || 1);
  const x = rows.map((r) => names.map((n, i) => (r.features[n] - (mean[i] as number)) / (scale[i] as number)));
  // Classes weigh the same in total, whatever their counts.
  const positive = rows.filter((r) => r.label === 1).reduce((a, r) => a + weightOf(r), 0);
  const negative = rows.filter((r) => r.label === 0).reduce((a, r) => a + weightOf(r), 0);
  const w = rows.map((r) => weightOf(r) * (r.label === 1 ? 0.5 / positive : 0.5 / negative));
  const weights = names.map(() => 0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const grad = names.map(() => 0);
    let gradBias = 0;
    rows.forEach((r, j) => {
      const z = bias + (x[j] as number[]).reduce((a, v, i) => a + v * (weights[i] as number), 0);
      const error = (1 / (1 + Math.exp(-z)) - r.label) * (w[j] as number);
      gradBias += error;
      (x[j] as number[]).forEach((v, i) => (grad[i] = (grad[i] as number) + error * v));
    });
    bias -= RATE * gradBias;
    weights.forEach((value, i) => (weights[i] = value - RATE * ((grad[i] as number) + L2 * value)));
  }
  return { features: [...names], mean, scale, weights, bias };
}


async function collectRows(base: Parameters<typeof createCore>[0], readerCandidates: number): Promise<Row[]> {
  const rows: Row[] = [];
  const cmrc = await runCmrc('fit', base, { readerCandidates, readDeclined: true });
  for (const a of cmrc.asked) {
    const f = a.explained?.fitted?.features;
    if (!f || (a.explained?.answerability.missingDecisive.length ?? 0) > 0) continue;
    rows.push({ features: f, label: a.set === 'in-corpus' ? 1 : 0, source: `cmrc:${a.set}` });
  }
  const report = await createCore(base, { readerCandidates, readDeclined: true });
  for (const item of readEvalFile('test/fixtures/calibration.jsonl')) {
    const { explained } = await report.answer(item.question);
    const f = explained?.fitted?.features;
    if (!f || (explained?.answerability.missingDecisive.length ?? 0) > 0) continue;
    rows.push({ features: f, label: item.in_report ? 1 : 0, source: 'calibration' });
  }

  return rows;
}

async function main(): Promise<void> {
  const program = new Command()
    .option('--out <file>', 'where to write the model', 'models/answerability.json')
    .option('--rows <file>', 'also save the feature rows here (or, with --reuse, read them from here)')
    .option('--reuse', 'fit on saved rows instead of asking the core again')
    .option('--without <features>', 'comma-separated features to leave out (ablations)', '')
    .option('--candidates <n>', 'candidate sentences the reader reads for each question', String(READER_CANDIDATES));
  program.parse();
  const { out, rows: rowsFile, reuse, candidates: candidatesOption, without } = program.opts<{ out: string; rows?: string; reuse?: boolean; candidates: string; without: string }>();
  const left = without.split(',').filter((f) => f !== '');
  const unknown = left.filter((f) => !(FEATURES as readonly string[]).includes(f));
  if (unknown.length > 0) throw new Error(`--without: unknown features ${unknown.join(', ')} (known: ${FEATURES.join(', ')})`);
  const candidates = Number(candidatesOption);
  if (!Number.isInteger(candidates) || candidates < 1) throw new Error(`--candidates must be a whole number ≥ 1, not ${candidatesOption}`);
  const config = loadConfigOrExit(process.env);
  // Without a fitted model the core still computes every feature.
  const base = { ...config.core, answerabilityModel: path.join(path.dirname(out), 'none.json') };
  const started = performance.now();
  const rows: Row[] = reuse && rowsFile ? (JSON.parse(fs.readFileSync(rowsFile, 'utf8')) as Row[]) : await collectRows(base, candidates);
  if (rowsFile && !reuse) fs.writeFileSync(rowsFile, JSON.stringify(rows));

  const model = fit(rows, FEATURES.filter((f) => !left.includes(f)));
  // The core answers only when the rules and the model both say so: a question the rules decline counts as declined.
  const effective = (r: Row): number => (r.features.rules === 1 ? probability(model, r.features) : 0);
  const positives = rows.filter((r) => r.label === 1).map(effective).sort((a, b) => a - b);
  // …and no answerable calibration question the rules answer is declined: those are the report's own kind of question.
  const calibration = rows.filter((r) => r.source === 'calibration' && r.label === 1 && r.features.rules === 1).map(effective);
  const threshold = Math.floor(Math.min(positives[Math.floor(TARGET_FALSE_DECLINES * positives.length)] ?? 0.5, ...calibration) * 1000) / 1000;
  const declinedShare = (source: string): string => {
    const of = rows.filter((r) => r.source === source);
    return `${of.filter((r) => effective(r) < threshold).length}/${of.length}`;
  };
  const fittedOn = [
    `scripts/fit-answerability.ts on ${new Date().toISOString().slice(0, 10)}: ${rows.length} rows`,
    `(CMRC fit part: in-corpus ${declinedShare('cmrc:in-corpus')} declined, near-topic ${declinedShare('cmrc:near-topic')}, off-corpus ${declinedShare('cmrc:off-corpus')};`,
    `calibration.jsonl: ${declinedShare('calibration')} declined)`,
  ].join(' ');
  const fitted: FittedModel = { ...model, threshold, candidates, fittedOn };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(fitted, null, 2)}\n`);
  process.stdout.write(`${fittedOn}\n`);
  model.features.forEach((n, i) => process.stdout.write(`  ${n.padEnd(20)} ${(model.weights[i] as number).toFixed(3)}\n`));
  process.stdout.write(`threshold ${threshold}; wrote ${out} in ${Math.round((performance.now() - started) / 1000)} s\n`);
}

await main();
