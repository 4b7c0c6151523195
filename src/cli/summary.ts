/**
 * npm run --silent summary                                    today's summary, readable, with ¶N
 * npm run --silent summary -- --json [--date YYYY-MM-DD]      {"date","sections":[{"kind","title","items":[{"text","document","title","paragraph"}]}]}
 *
 * The summary a chat would get on demand (default: the console chat), from the
 * question log in DATABASE_PATH (or DATABASE_URL). Nothing but the summary goes to stdout.
 */
import { Command } from 'commander';
import { type Platform } from '../app/contracts.js';
import { createDigest, formatSummaryText, isDate, PostgresConfigError } from '../digest/index.js';
import { createLogger } from '../logger.js';
import { loadCliCore } from './load-core.js';

const platforms: readonly Platform[] = ['console', 'telegram', 'discord'];

async function main(): Promise<void> {
  const program = new Command()
    .name('summary')
    .description("Print a chat's daily summary: documents changed, questions asked, key points of the report — all quoted verbatim with ¶N.")
    .option('--json', 'print one JSON object')
    .option('--date <YYYY-MM-DD>', 'the day whose key points to show (default: today in DIGEST_DEFAULT_TIMEZONE)')
    .option('--platform <name>', `whose chat: ${platforms.join(', ')}`, 'console')
    .option('--chat <id>', 'chat id on that platform (its logged questions and subscription)', 'console')
    .showHelpAfterError();
  program.parse();
  const options = program.opts<{ json?: boolean; date?: string; platform: string; chat: string }>();
  if (options.date !== undefined && !isDate(options.date)) {
    program.error(`summary: --date ${JSON.stringify(options.date)} is not a date — write it as YYYY-MM-DD, e.g. 2026-03-08`);
  }
  const platform = platforms.find((p) => p === options.platform);
  if (platform === undefined) return program.error(`summary: --platform must be one of ${platforms.join(', ')}`);

  const { config, core } = await loadCliCore();
  // Logs go to stderr, and only when they matter: stdout carries the summary alone.
  const logger = createLogger({ level: 'warn', destination: process.stderr });
  const digest = await createDigest({ core, config: config.digest, logger }).catch((error: unknown) => {
    if (error instanceof PostgresConfigError) return program.error(error.message);
    throw error;
  });
  try {
    const summary = await digest.summaryOn(platform, options.chat, options.date);
    process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : formatSummaryText(summary));
  } finally {
    await digest.close();
  }
}

await main();
