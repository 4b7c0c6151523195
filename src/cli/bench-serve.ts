/**
 * Child of `npm run bench`: a fresh serving process with the index on disk.
 * Prints one JSON object: cold start (createCore + first answer), warm answer
 * and bare query-embedding latencies over the questions, and this process's
 * peak resident memory — what the bot itself costs, without the index build.
 */
import fs from 'node:fs';
import 'dotenv/config';
import { loadConfigOrExit } from '../config.js';
import { createCore, type LoadedCore } from '../core/bot.js';
import { readEvalFile } from './eval-score.js';
import { percentile } from './stats.js';

export interface ServeFigures {
  coldStartMs: number;
  /**
   * CPU time (user + system) of the cold start. On a machine shared with
   * other jobs the wall time measures the neighbours too; this measures us.
   */
  coldStartCpuMs: number;
  answerP50Ms: number;
  answerP95Ms: number;
  /** CPU time of the median answer (all of the process's threads, so the model's too). */
  answerP50CpuMs: number;
  embedP50Ms: number;
  peakRssMb: number;
}

const cpuMsSince = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/** Warm answer and bare-embedding latencies over the same questions, interleaved so both see the same machine. */
async function latencies(core: LoadedCore, questions: readonly string[], rounds: number): Promise<Omit<ServeFigures, 'coldStartMs' | 'coldStartCpuMs' | 'peakRssMb'>> {
  for (const q of questions) await core.ask(q); // warm-up: JIT, caches
  const answers: number[] = [];
  const answerCpu: number[] = [];
  const embeds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const cpu = process.cpuUsage();
      answers.push((await core.ask(q)).ms);
      answerCpu.push(cpuMsSince(cpu));
      if (core.embedQuery) {
        const started = performance.now();
        await core.embedQuery(q);
        embeds.push(performance.now() - started);
      }
    }
  }
  return { answerP50Ms: percentile(answers, 50), answerP95Ms: percentile(answers, 95), answerP50CpuMs: percentile(answerCpu, 50), embedP50Ms: percentile(embeds, 50) };
}

/**
 * This process's own peak resident memory. Linux's VmHWM belongs to the process
 * image; getrusage's maxRSS can carry the high-water mark of the process that
 * spawned it (the kernel keeps it across exec), which is the bench's builder.
 */
export function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const [questionsFile = '', rounds = '5'] = process.argv.slice(2);
const config = loadConfigOrExit(process.env).core;
const started = performance.now();
const startedCpu = process.cpuUsage();
const core = await createCore(config);
await core.ask('冷启动'); // the first answer loads jieba's tables: part of being ready
const coldStartMs = Math.round(performance.now() - started);
const coldStartCpuMs = Math.round(cpuMsSince(startedCpu));
if (core.rebuilt) throw new Error('bench: the index was rebuilt, so this is not a cold start');
if (core.status.mode !== 'hybrid') throw new Error(`bench: the model did not load (${core.status.warning ?? ''})`);
const timings = await latencies(core, readEvalFile(questionsFile).map((item) => item.question), Number(rounds));
const figures: ServeFigures = { coldStartMs, coldStartCpuMs, ...timings, peakRssMb: peakRssMb() };
process.stdout.write(`${JSON.stringify(figures)}\n`);
