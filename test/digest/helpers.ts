/** Shared pieces for the digest tests: temp databases, stub summaries, recording sinks. */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type DeliveryResult, type Platform, type Summary, type SummarySink } from '../../src/app/contracts.js';
import { type Compose } from '../../src/digest/delivery.js';
import { silentLogger } from '../../src/logger.js';
import { createScheduler, type Scheduler, type SchedulerOptions } from '../../src/digest/scheduler.js';
import { type DigestStore } from '../../src/digest/store.js';
import type { ChildArgs } from './fixtures/tick-child.js';

export const logger = silentLogger();

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const childScript = path.join(here, 'fixtures', 'tick-child.ts');

export const at = (iso: string): Date => new Date(iso);

/** A fresh folder for one test file; removed by the returned function. */
export function tempDir(prefix = 'digest-test-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A summary without the core: the scheduler tests are about time, not content. */
export const stubCompose: Compose = async (subscription, localDate, now) => ({
  summary: { date: localDate, sections: [{ kind: 'keypoints', title: '报告要点', items: [{ text: `for ${subscription.chatId}`, document: 'report.txt', title: '', paragraph: 1 }] }] },
  coveredUntil: now,
  documents: [],
});

export interface Delivery {
  chatId: string;
  date: string;
}

/** A sink that records deliveries and answers with the queued results (then `delivered`). */
export function recordingSink(platform: Platform = 'telegram', results: DeliveryResult[] = []): SummarySink & { deliveries: Delivery[] } {
  const deliveries: Delivery[] = [];
  return {
    platform,
    deliveries,
    async deliver(chatId: string, summary: Summary) {
      const result = results.shift() ?? { kind: 'delivered' };
      if (result.kind === 'delivered') deliveries.push({ chatId, date: summary.date });
      return result;
    },
  };
}

export function schedulerOver(store: DigestStore, sinks: SummarySink[], options: Partial<SchedulerOptions> = {}): Scheduler {
  return createScheduler({ store, compose: stubCompose, sinks, logger, options: { catchUpHours: 6, ...options } });
}

/** Ticks every `stepMinutes` from `from` (inclusive) to `to` (exclusive). */
export async function tickThrough(scheduler: Scheduler, from: string, to: string, stepMinutes = 1): Promise<void> {
  for (let t = Date.parse(from); t < Date.parse(to); t += stepMinutes * 60_000) await scheduler.tick(new Date(t));
}

/** A tick-child process and the lines it prints. */
export interface Child {
  lines: string[];
  /** Resolves when a printed line matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  go(): void;
  /** Writes one command line (e.g. `tick 2026-01-10T01:11:00Z`) and keeps stdin open. */
  send(line: string): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

const running = new Set<ChildProcess>();

/** For `after()`: no child outlives a failed test. */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

export function spawnTickChild(args: ChildArgs): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(args)], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    lines,
    exited,
    go: () => child.stdin.end('go\n'),
    send: (line) => void child.stdin.write(`${line}\n`),
    kill: (signal) => child.kill(signal),
    // Generous: on a loaded 2-core machine a tsx child can take many seconds to start.
    waitFor(pattern, timeoutMs = 90_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child printed no line matching ${pattern} within ${timeoutMs} ms: ${JSON.stringify(lines)}`)), timeoutMs);
        const check = (): void => {
          const found = lines.find((line) => pattern.test(line));
          if (found !== undefined) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}
