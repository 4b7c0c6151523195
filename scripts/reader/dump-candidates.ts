/**
 * The core's own candidate sentences for every question of a CMRC part, for scripts/reader/candidate-pairs.py:
 *
 *   EMBEDDING_MODEL_DIR=../shared/models npx tsx scripts/reader/dump-candidates.ts train /tmp/cands.jsonl
 *
 * One line per question: {set, id, q, cands}, the first six sentences in the order the core ranks them.
 */
import 'dotenv/config';
import fs from 'node:fs';
import { loadConfigOrExit } from '../../src/config.js';
import { runCmrc } from '../../src/cli/cmrc/run.js';
import { type CmrcPart } from '../../src/cli/cmrc/sets.js';

const CANDIDATES = 6;
const [part, out] = process.argv.slice(2);
if ((part !== 'train' && part !== 'fit') || out === undefined) {
  process.stderr.write('usage: dump-candidates.ts train|fit OUT.jsonl (the measure part is never read for training)\n');
  process.exit(2);
}
const report = await runCmrc(part as CmrcPart, loadConfigOrExit(process.env).core);
const lines = report.asked.map((a) => JSON.stringify({ set: a.set, id: a.item.id, q: a.item.question, cands: (a.explained?.scored ?? []).slice(0, CANDIDATES).map((s) => s.sentence.text) }));
fs.writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${part}: ${lines.length} questions\n`);
