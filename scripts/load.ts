/**
 * npm run load — drives the real bot (`src/main.ts` as its own process: real
 * core, real model, real index, real digest) through the Telegram test server
 * (telegram-test-api + test/fakes/telegram-server.ts), with N simulated users
 * asking in their own private chats, each asking again as soon as it has its
 * answer, for S seconds split into R rounds.
 *
 * Checks that every question is answered exactly once (counted by message
 * id: one reply per question) and reports, per round, p50/p95 end to end
 * (question stored at the API → answer stored at the API) and the bot's RSS
 * (from its own /metrics), then whether memory grew over the rounds.
 *
 *   EMBEDDING_MODEL_DIR=../shared/models npm run load -- --users 50 --seconds 60 --rounds 5
 *
 * Not part of `npm test`: it takes a minute and loads both cores.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { FakeTelegram, freePort, privateChat, text, TOKEN, user } from '../test/fakes/telegram-server.js';
import { scrape, valueOf } from '../test/http/exposition.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return n;
}

const program = new Command()
  .name('npm run load --')
  .description('Load-test the real bot through the Telegram test server.')
  .option('--users <n>', 'concurrent simulated users', positive, 50)
  .option('--seconds <n>', 'how long users keep asking', positive, 60)
  .option('--rounds <n>', 'rounds the run is split into (latency and RSS reported per round)', positive, 5)
  .option('--questions <file>', 'JSON lines with a "question" field', path.join(root, 'test/fixtures/calibration.jsonl'))
  .option('--max-concurrent <n>', 'MAX_CONCURRENT_ANSWERS for the bot (default: its own default)', positive)
  .option('--drain-seconds <n>', 'how long to wait for the last answers after the run', positive, 120);
program.parse();
const options = program.opts<{ users: number; seconds: number; rounds: number; questions: string; maxConcurrent?: number; drainSeconds: number }>();

const questions = fs
  .readFileSync(options.questions, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { question?: unknown }).question)
  .filter((q): q is string => typeof q === 'string' && q.trim() !== '');
if (questions.length === 0) throw new Error(`${options.questions}: no "question" fields`);

interface Asked {
  user: number;
  round: number;
  sentAt: number;
  answeredAt?: number;
  replies: number;
}

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const fake = await FakeTelegram.start({ holdMs: 1_000 });
const httpPort = await freePort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-load-'));
const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: root,
  env: {
    PATH: process.env.PATH ?? '',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    HTTP_PORT: String(httpPort),
    // Each simulated user is a different user, but asks far faster than a person: lift the per-user limit.
    RATE_LIMIT_QUESTIONS: '10000',
    DATABASE_PATH: path.join(work, 'bot.db'),
    INDEX_DIR: process.env.INDEX_DIR ?? path.join(os.tmpdir(), 'report-bot-load-index'),
    LOG_LEVEL: 'warn',
    DOTENV_CONFIG_PATH: path.join(work, 'none.env'),
    ...(process.env.EMBEDDING_MODEL_DIR ? { EMBEDDING_MODEL_DIR: path.resolve(process.env.EMBEDDING_MODEL_DIR) } : {}),
    ...(options.maxConcurrent === undefined ? {} : { MAX_CONCURRENT_ANSWERS: String(options.maxConcurrent) }),
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let botLog = '';
bot.stderr.on('data', (chunk: Buffer) => {
  botLog = (botLog + chunk.toString()).slice(-20_000);
});
const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));

async function shutdown(): Promise<void> {
  bot.kill('SIGTERM');
  await Promise.race([exited, sleep(12_000)]);
  bot.kill('SIGKILL');
  await fake.stop();
  fs.rmSync(work, { recursive: true, force: true });
}

async function waitReady(): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${httpPort}/healthz`).catch(() => undefined);
    if (response?.status === 200) return;
    if (bot.exitCode !== null || Date.now() > deadline) {
      const why = bot.exitCode !== null ? `exited with ${bot.exitCode}` : `still ${response === undefined ? 'not listening' : `answering ${response.status}`} after 300 s`;
      throw new Error(`the bot did not become ready (${why}):\n${botLog}`);
    }
    await sleep(200);
  }
}

/** The bot's metrics; a scrape can race the server closing an idle keep-alive socket, so it is retried. */
async function metrics(): Promise<Awaited<ReturnType<typeof scrape>>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await scrape(httpPort);
    } catch (error) {
      if (attempt >= 5 || bot.exitCode !== null) throw new Error(`cannot scrape the bot's /metrics (${String((error as Error).cause ?? error)})`, { cause: error });
      await sleep(200);
    }
  }
}

async function rssMb(): Promise<number> {
  const { samples } = await metrics();
  return valueOf(samples, 'process_resident_memory_bytes') / 1024 / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

try {
  const started = Date.now();
  await waitReady();
  log(`bot ready in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${bot.pid}); RSS ${(await rssMb()).toFixed(0)} MB`);
  log(`${options.users} users × ${options.seconds} s in ${options.rounds} rounds; ${questions.length} questions in rotation; machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  // Every question by message id; answers are matched by the reply they carry (only the first part of an answer replies).
  const asked = new Map<number, Asked>();
  const waiting = new Map<number, () => void>();
  let strays = 0;
  /** Messages with no reply reference: apologies from the error boundary, or later parts of a long answer. */
  let unreferenced = 0;
  fake.emulator.on('AddedBotMessage', () => {
    const stored = fake.emulator.storage.botMessages.at(-1);
    const body = stored?.message as unknown as { reply_parameters?: { message_id?: number } } | undefined;
    const replyTo = body?.reply_parameters?.message_id;
    if (replyTo === undefined) {
      unreferenced += 1;
      return;
    }
    const question = asked.get(Number(replyTo));
    if (question === undefined) {
      strays += 1;
      return;
    }
    question.replies += 1;
    if (question.replies === 1) {
      question.answeredAt = Date.now();
      waiting.get(Number(replyTo))?.();
    }
  });

  const roundMs = (options.seconds * 1000) / options.rounds;
  const runStart = Date.now();
  const runEnd = runStart + options.seconds * 1000;
  const roundOf = (at: number): number => Math.min(options.rounds - 1, Math.floor((at - runStart) / roundMs));

  async function simulate(userNumber: number): Promise<void> {
    const id = 500_000 + userNumber;
    const chat = privateChat(id);
    const from = user(id);
    for (let n = userNumber; Date.now() < runEnd; n += options.users) {
      const question = questions[n % questions.length] ?? '';
      const answered = new Promise<void>((resolve) => {
        void fake.send(text(chat, from, question)).then((messageId) => {
          asked.set(messageId, { user: userNumber, round: roundOf(Date.now()), sentAt: Date.now(), replies: 0 });
          waiting.set(messageId, () => {
            waiting.delete(messageId);
            resolve();
          });
        });
      });
      // A lost answer must not hang the run: the user moves on and the loss is counted at the end.
      await Promise.race([answered, sleep(Math.max(0, runEnd + options.drainSeconds * 1000 - Date.now()))]);
    }
  }

  const users = Array.from({ length: options.users }, (_, u) => simulate(u));
  const rounds: { round: number; asked: number; p50: number; p95: number; rss: number }[] = [];
  for (let round = 0; round < options.rounds; round++) {
    await sleep(Math.max(0, runStart + (round + 1) * roundMs - Date.now()));
    const rss = await rssMb();
    const latencies = [...asked.values()]
      .filter((q) => q.round === round && q.answeredAt !== undefined)
      .map((q) => (q.answeredAt ?? 0) - q.sentAt)
      .sort((a, b) => a - b);
    const count = [...asked.values()].filter((q) => q.round === round).length;
    rounds.push({ round: round + 1, asked: count, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rss });
    log(`round ${round + 1}/${options.rounds}: ${count} questions asked, ${latencies.length} answered so far, p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, bot RSS ${rss.toFixed(0)} MB`);
  }
  await Promise.all(users);
  await sleep(2_000); // a duplicate answer would arrive now

  const all = [...asked.values()];
  const unanswered = all.filter((q) => q.replies === 0).length;
  const duplicated = all.filter((q) => q.replies > 1).length;
  const latencies = all.flatMap((q) => (q.answeredAt === undefined ? [] : [q.answeredAt - q.sentAt])).sort((a, b) => a - b);
  const { samples } = await metrics();
  const kinds = ['answer', 'declined', 'invalid', 'rate_limited', 'failed'].map((kind) => `${kind} ${valueOf(samples, 'reportbot_questions_total', { platform: 'telegram', kind })}`);
  const firstRss = rounds[0]?.rss ?? 0;
  const lastRss = rounds.at(-1)?.rss ?? 0;
  const growth = firstRss === 0 ? 0 : ((lastRss - firstRss) / firstRss) * 100;
  const flat = growth < 10;

  log('');
  log(`questions: ${all.length} asked, ${all.length - unanswered} answered, ${unanswered} lost, ${duplicated} answered more than once, ${strays} replies to unknown messages`);
  const errors = samples.filter((s) => s.name === 'reportbot_platform_errors_total').map((s) => `${s.labels.code} ${s.value}`);
  log(`outcomes (bot's /metrics): ${kinds.join(', ')}; Telegram API errors: ${errors.length === 0 ? 'none' : errors.join(', ')}; messages without a reply reference: ${unreferenced}`);
  log(`throughput: ${(latencies.length / options.seconds).toFixed(1)} answers/s`);
  log(`end to end: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${latencies.at(-1) ?? Number.NaN} ms`);
  log(`bot RSS per round (MB): ${rounds.map((r) => r.rss.toFixed(0)).join(', ')} — ${flat ? 'flat' : 'GREW'}: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% from round 1 to round ${rounds.length}`);
  const ok = unanswered === 0 && duplicated === 0 && strays === 0 && all.length > 0;
  log(ok ? 'OK: every question answered exactly once' : 'FAILED: see the counts above');
  if (!ok || botLog.trim() !== '') log(`bot log (warnings and errors, last 20 kB):\n${botLog}`);
  if (unanswered > 0) log(`unanswered message ids: ${[...asked.entries()].filter(([, q]) => q.replies === 0).map(([id]) => id).join(', ')}`);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nbot ${bot.exitCode === null ? 'still running' : `exited with ${bot.exitCode}`}; its log (last 20 kB):\n${botLog}\n`);
  process.exitCode = 1;
} finally {
  await shutdown();
}
