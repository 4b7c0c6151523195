/**
 * npm run --silent bench -- --json   one JSON object
 * npm run bench                      the same as a table
 * npm run bench -- --scale 20000     also build and answer over a synthetic corpus of that many paragraphs
 *
 * indexBuildMs / buildPassagesPerSec: embedding and writing the dense index from scratch (this process);
 * coldStartMs, answerP50Ms / answerP95Ms, embedP50Ms, peakRssMb: a fresh serving process with the index
 * on disk (bench-serve.ts) — cold start, warm answers over the questions, a bare query embedding in the
 * same run, and that process's peak memory. …CpuMs: the same in CPU time, which a busy machine does not inflate. buildPeakRssMb: this process, which also loads CC-CEDICT.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import 'dotenv/config';
import { loadConfigOrExit, type CoreConfig } from '../config.js';
import { createCore } from '../core/bot.js';
import { loadCorpus } from '../core/corpus/load.js';
import { type Manifest } from '../core/index/dense-store.js';
import type { ServeFigures } from './bench-serve.js';
import { writeSyntheticCorpus } from './synthetic.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function serve(env: Record<string, string>, questions: string, rounds: number): Promise<ServeFigures> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(here, 'bench-serve.ts'), questions, String(rounds)], {
    env: { ...process.env, ...env },
    cwd: process.cwd(),
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout) as ServeFigures;
}

/** Builds the index from scratch; returns its manifest (buildMs covers embedding and writing). */
async function build(config: CoreConfig): Promise<{ manifest: Manifest; paragraphs: number }> {
  fs.rmSync(config.indexDir, { recursive: true, force: true });
  // The dictionary bridge is built first, alone, so the embedding figures are not shared with it.
  await createCore(config, { lexicalOnly: true });
  const core = await createCore(config);
  if (core.status.mode !== 'hybrid') throw new Error(`bench: the model did not load (${core.status.warning ?? ''}) — set EMBEDDING_MODEL_DIR`);
  const manifest = JSON.parse(fs.readFileSync(path.join(config.indexDir, 'manifest.json'), 'utf8')) as Manifest;
  return { manifest, paragraphs: core.paragraphs.length };
}

const perSecond = (m: Manifest): number => Math.round(((m.paragraphs + m.sentences) / m.buildMs) * 1000);

async function main(): Promise<void> {
  const program = new Command()
    .name('bench')
    .option('--json', 'print one JSON object')
    .option('--questions <file>', 'questions (JSONL with "question")', fs.existsSync('../shared/eval/dev-questions.jsonl') ? '../shared/eval/dev-questions.jsonl' : 'test/fixtures/calibration.jsonl')
    .option('--rounds <n>', 'measured passes over the questions', '5')
    .option('--scale <paragraphs>', 'also measure on a synthetic corpus of this many paragraphs');
  program.parse();
  const options = program.opts<{ json?: boolean; questions: string; rounds: string; scale?: string }>();
  const config = loadConfigOrExit(process.env).core;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bench-'));
  const result: Record<string, number> = {};

  const indexDir = path.join(work, 'index');
  const { manifest, paragraphs } = await build({ ...config, indexDir });
  const figures = await serve({ INDEX_DIR: indexDir }, options.questions, Number(options.rounds));
  Object.assign(result, {
    paragraphs,
    passages: manifest.paragraphs + manifest.sentences,
    coldStartMs: figures.coldStartMs,
    coldStartCpuMs: figures.coldStartCpuMs,
    indexBuildMs: manifest.buildMs,
    buildPassagesPerSec: perSecond(manifest),
    answerP50Ms: figures.answerP50Ms,
    answerP95Ms: figures.answerP95Ms,
    answerP50CpuMs: figures.answerP50CpuMs,
    embedP50Ms: figures.embedP50Ms,
    answerToEmbedRatio: Math.round((figures.answerP50Ms / figures.embedP50Ms) * 100) / 100,
    peakRssMb: figures.peakRssMb,
  });

  if (options.scale !== undefined) {
    const dataDir = path.join(work, 'scaled-data');
    const scaledIndex = path.join(work, 'scaled-index');
    writeSyntheticCorpus((await loadCorpus(config.dataDir)).paragraphs, Number(options.scale), dataDir);
    const scaled = await build({ ...config, dataDir, indexDir: scaledIndex });
    const scaledFigures = await serve({ DATA_DIR: dataDir, INDEX_DIR: scaledIndex }, options.questions, 1);
    Object.assign(result, {
      scaleParagraphs: scaled.paragraphs,
      scalePassages: scaled.manifest.paragraphs + scaled.manifest.sentences,
      scaleIndexBuildMs: scaled.manifest.buildMs,
      scaleBuildPassagesPerSec: perSecond(scaled.manifest),
      scaleColdStartMs: scaledFigures.coldStartMs,
      scaleColdStartCpuMs: scaledFigures.coldStartCpuMs,
      scaleAnswerP50Ms: scaledFigures.answerP50Ms,
      scaleAnswerP95Ms: scaledFigures.answerP95Ms,
      scaleAnswerP50CpuMs: scaledFigures.answerP50CpuMs,
      scalePeakRssMb: scaledFigures.peakRssMb,
    });
  }
  result.buildPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  fs.rmSync(work, { recursive: true, force: true });

  if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const [name, value] of Object.entries(result)) process.stdout.write(`${name.padEnd(26)} ${value}\n`);
}

await main();
