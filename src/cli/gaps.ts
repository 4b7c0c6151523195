/**
 * npm run --silent gaps                                   what the documents lack, readable
 * npm run --silent gaps -- --json [--since YYYY-MM-DD]    {"since","declined":[…],"wrong":[…]}
 *
 * Over every chat in DATABASE_PATH (or DATABASE_URL): questions the bot declined (the documents
 * don't say), grouped by normalised question with counts, most asked first;
 * and answers people marked wrong with 👎, with the answer given. The same
 * lists the daily summary shows per chat. Needs no model and no index.
 */
import 'dotenv/config';
import { Command } from 'commander';
import { loadConfigOrExit } from '../config.js';
import { gapReport, isDate, openDigestStore, PostgresConfigError, startOfLocalDay, type GapReport, type StoredAnswer } from '../digest/index.js';
import { createLogger } from '../logger.js';

/** Where an answer quoted from: `title ¶N (path)`, or as much of it as was logged (older rows have only ¶N). */
function citedAt(answer: StoredAnswer): string {
  const where = answer.title ?? answer.document;
  const path = answer.document !== undefined && answer.document !== where ? ` (${answer.document})` : '';
  return `${where === undefined ? '' : `${where} `}¶${answer.paragraph}${path}`;
}

function formatText(report: GapReport, since: string | undefined): string {
  const from = since === undefined ? '' : `（${since} 起 · since ${since}）`;
  const lines = [`问了但文件里没有 · asked, but not in the documents${from}`];
  if (report.declined.length === 0) lines.push('  （暂无 · none）');
  for (const group of report.declined) lines.push(`  ${String(group.asked).padStart(3)}× ${group.question}`);
  lines.push('', `被标为答错的回答 · answers marked wrong${from}`);
  if (report.wrong.length === 0) lines.push('  （暂无 · none）');
  for (const wrong of report.wrong) {
    lines.push(`  👎${wrong.down} 👍${wrong.up} ${wrong.question}`);
    if (wrong.answer) lines.push(`      答 · answer:「${wrong.answer.text}」${citedAt(wrong.answer)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('gaps')
    .description("Questions the documents don't answer, and answers marked wrong (👎), over every chat — most asked first.")
    .option('--json', 'print one JSON object')
    .option('--since <YYYY-MM-DD>', 'only from this local day on (DIGEST_DEFAULT_TIMEZONE); default: everything logged')
    .showHelpAfterError();
  program.parse();
  const options = program.opts<{ json?: boolean; since?: string }>();
  if (options.since !== undefined && !isDate(options.since)) {
    program.error(`gaps: --since ${JSON.stringify(options.since)} is not a date — write it as YYYY-MM-DD, e.g. 2026-03-08`);
  }
  const config = loadConfigOrExit(process.env);
  const since = options.since === undefined ? new Date(0) : startOfLocalDay(options.since, config.digest.defaultTimezone);
  const logger = createLogger({ level: 'warn', destination: process.stderr });
  const store = await openDigestStore(config.digest, logger).catch((error: unknown) => {
    if (error instanceof PostgresConfigError) return program.error(error.message);
    throw error;
  });
  try {
    const report = await gapReport(store, undefined, since, new Date());
    if (!options.json) {
      process.stdout.write(formatText(report, options.since));
      return;
    }
    const json = {
      since: options.since === undefined ? null : since.toISOString(),
      declined: report.declined.map((g) => ({ question: g.question, asked: g.asked, lastAskedAt: g.lastAskedAt.toISOString() })),
      wrong: report.wrong.map((w) => ({
        question: w.question,
        down: w.down,
        up: w.up,
        answer: w.answer ? { text: w.answer.text, document: w.answer.document ?? null, title: w.answer.title ?? null, paragraph: w.answer.paragraph } : null,
        lastAskedAt: w.lastAskedAt.toISOString(),
      })),
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } finally {
    await store.close();
  }
}

await main();
