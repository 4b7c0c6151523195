/**
 * `npm start` as a child process: node + tsx on src/main.ts, the same entry
 * point, with a clean environment (no developer .env) and the test index and
 * model. Collects stdout and stderr (the JSON log lines).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, testCoreConfig } from './core.js';

export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  /** Exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  out(): string;
  err(): string;
  /** The parsed JSON log lines on stderr so far (other lines skipped). */
  logs(): Record<string, unknown>[];
}

export function startBotProcess(env: Record<string, string>): BotProcess {
  const { indexDir, embeddingModelDir } = testCoreConfig();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'main-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      INDEX_DIR: indexDir,
      DATABASE_PATH: path.join(dir, 'bot.db'),
      ...(embeddingModelDir ? { EMBEDDING_MODEL_DIR: embeddingModelDir } : {}),
      // dotenv must not pull a developer's .env tokens into the test
      DOTENV_CONFIG_PATH: path.join(dir, 'none.env'),
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    out: () => stdout,
    err: () => stderr,
    logs: () =>
      stderr.split('\n').flatMap((line) => {
        if (!line.startsWith('{')) return [];
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
  };
}

/** Polls `check` every 50 ms until it holds; the error names `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string | (() => string), timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
