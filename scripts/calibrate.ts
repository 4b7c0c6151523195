/**
 * Measures the answerability signals (coverage, support, dense, missing
 * words) on labelled questions and searches the thresholds that decline the
 * most out-of-report questions while declining no in-report one, preferring
 * the widest margin. Used to set DEFAULT_THRESHOLDS in
 * src/core/answerability.ts; re-run after changing retrieval:
 *   npx tsx scripts/calibrate.ts test/fixtures/calibration.jsonl
 */
import { readEvalFile } from '../src/cli/eval-score.js';
import { loadCliCore } from '../src/cli/load-core.js';
import { type Answerability, DEFAULT_THRESHOLDS, decide, type Thresholds } from '../src/core/answerability.js';

const files = process.argv.slice(2);
const { core } = await loadCliCore();
const rows: { id: string; inReport: boolean; a: Answerability }[] = [];
for (const file of files) {
  for (const item of readEvalFile(file)) rows.push({ id: item.id, inReport: item.in_report, a: (await core.explain(item.question)).answerability });
}
rows.sort((x, y) => Number(x.inReport) - Number(y.inReport) || x.a.coverage - y.a.coverage);
for (const { id, inReport, a } of rows) {
  const missing = [...a.missingWords.map((w) => `${w.word}/${w.tag}/${w.weight.toFixed(1)}`), ...a.missingDecisive.map((w) => `!${w}`)].join(',');
  process.stdout.write(`${inReport ? 'in ' : 'out'} ${id.padEnd(5)} ${a.english ? 'en' : 'zh'} coverage=${a.coverage.toFixed(2)} support=${a.support.toFixed(2)} dense=${a.dense.toFixed(3)} missing=[${missing}]\n`);
}

const grid = (from: number, to: number, step: number): number[] => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
let best: { t: Thresholds; declinedOut: number; margin: number } | undefined;
for (const minCoverage of grid(0.3, 0.9, 0.05))
  for (const minCoverageEnglish of grid(0.3, 0.7, 0.05))
  for (const minSupport of grid(0, 0.6, 0.05))
    for (const denseOverride of grid(0.5, 0.8, 0.02))
      for (const minDenseEnglish of grid(0.3, 0.6, 0.02)) {
          const t = { minCoverage, minCoverageEnglish, minSupport, denseOverride, minDenseEnglish, minDenseWithMissingNoun: DEFAULT_THRESHOLDS.minDenseWithMissingNoun, minDenseEnglishSideBySide: DEFAULT_THRESHOLDS.minDenseEnglishSideBySide };
          if (rows.some((r) => r.inReport && !decide(r.a, t))) continue;
          const declinedOut = rows.filter((r) => !r.inReport && !decide(r.a, t)).length;
          // Margin: how far the closest in-report question sits above each threshold it must pass.
          const margin = Math.min(...rows.filter((r) => r.inReport).map((r) => r.a.coverage - (r.a.english ? minCoverageEnglish : minCoverage)));
          if (!best || declinedOut > best.declinedOut || (declinedOut === best.declinedOut && margin > best.margin)) best = { t, declinedOut, margin };
        }
process.stdout.write(`\nbest: ${JSON.stringify(best)} of ${rows.filter((r) => !r.inReport).length} out-of-report\n`);
