/**
 * The real core for tests: the real model from ../shared/models (or
 * EMBEDDING_MODEL_DIR) and a real index, built once into a temp folder shared
 * by the test files of one run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCore, type LoadedCore } from '../../src/core/bot.js';
import { type ReportCore } from '../../src/core/core.js';
import { type CoreConfig } from '../../src/config.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function testModelDir(): string | undefined {
  const fromEnv = process.env.EMBEDDING_MODEL_DIR;
  if (fromEnv) return path.resolve(projectRoot, fromEnv);
  const shared = path.resolve(projectRoot, '../shared/models');
  return fs.existsSync(shared) ? shared : undefined;
}

/** One index folder per checkout: two worktrees testing at once must not rebuild each other's index. */
const testIndexDir = path.join(os.tmpdir(), `report-bot-test-index-${crypto.createHash('sha1').update(projectRoot).digest('hex').slice(0, 8)}`);

/** Core config over the real data/ folder, with an index folder shared across one test run. */
export function testCoreConfig(overrides: Partial<CoreConfig> = {}): CoreConfig {
  return {
    dataDir: path.join(projectRoot, 'data'),
    indexDir: testIndexDir,
    embeddingModel: 'Xenova/bge-small-zh-v1.5',
    embeddingModelDir: testModelDir(),
    maxQuestionChars: 1000,
    readerModelDir: path.join(projectRoot, 'models', 'reader'),
    answerabilityModel: path.join(projectRoot, 'models', 'answerability.json'),
    ...overrides,
  };
}

let shared: Promise<ReportCore> | undefined;

/** One real core per test process. */
export function loadTestCore(): Promise<ReportCore> {
  shared ??= createCore(testCoreConfig());
  return shared;
}

/** A real core over a fixture folder of the repository (`test/fixtures/weekly`), indexed into a fresh temp folder. */
export function coreOverFixture(folder: string): Promise<LoadedCore> {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), `${path.basename(folder)}-`));
  return createCore(testCoreConfig({ dataDir: path.join(projectRoot, folder), indexDir }));
}

/** A real core over documents written for one test (file name → text), in a temp folder that `close` removes. */
export async function coreOverDocuments(documents: Readonly<Record<string, string>>, prefix = 'documents-'): Promise<{ core: LoadedCore; close(): Promise<void> }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(root, 'data'));
  for (const [name, text] of Object.entries(documents)) fs.writeFileSync(path.join(root, 'data', name), text);
  const core = await createCore(testCoreConfig({ dataDir: path.join(root, 'data'), indexDir: path.join(root, 'index') }));
  return {
    core,
    async close() {
      await core.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * A real core over `documents` for the enclosing describe: built before its tests, closed after them. Returns how
 * the tests reach it (the core exists only once the suite's before hook has run).
 */
export function coreOverDocumentsInSuite(documents: Readonly<Record<string, string>>, prefix?: string): () => LoadedCore {
  let built: { core: LoadedCore; close(): Promise<void> } | undefined;
  before(async () => {
    built = await coreOverDocuments(documents, prefix);
  });
  after(() => built?.close());
  return () => {
    if (!built) throw new Error('the core is built in the suite’s before hook: call this inside a test');
    return built.core;
  };
}
