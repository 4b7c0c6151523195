/**
 * Documents picked up live: the core watches a temp data folder and answers
 * from documents added, changed or removed while it runs — with the real
 * model, the real index and real file events.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createCore, type LoadedCore } from '../../src/core/bot.js';
import { type DocumentsChanged } from '../../src/core/core.js';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { buildPassages } from '../../src/core/passages.js';
import { type Reply } from '../../src/core/reply.js';
import { createLogger } from '../../src/logger.js';
import { projectRoot, testCoreConfig } from '../helpers/core.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-live-'));
const dataDir = path.join(work, 'data');
const indexDir = path.join(work, 'index');
const LIVE_WITHIN_MS = 30_000;

const NOTES_V1 = '# 高原合作社简报\n\n青藏高原的牦牛合作社今年新建了三座冷库，冷库由合作社社员共同出资建设。\n\n合作社的酸奶加工车间每天处理鲜奶两吨。\n';
const NOTES_V2 = '# 高原合作社简报\n\n青藏高原的牦牛合作社今年新建了五座冷库，冷库由合作社社员共同出资建设。\n\n合作社的酸奶加工车间每天处理鲜奶两吨。\n';
const COLD_STORES = '牦牛合作社今年新建了几座冷库？';

const logLines: string[] = [];
const logger = createLogger({
  level: 'info',
  destination: new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter((l) => l !== ''));
      done();
    },
  }),
});

let core: LoadedCore;
const events: DocumentsChanged[] = [];

const answerText = (reply: Reply): string => (reply.kind === 'answer' ? reply.answer : '');

/** Asks until `accept` holds (or the deadline passes); returns the last reply and how long it took. */
async function askUntil(question: string, accept: (reply: Reply) => boolean, withinMs = LIVE_WITHIN_MS): Promise<{ reply: Reply; ms: number }> {
  const started = Date.now();
  for (;;) {
    const reply = await core.ask(question);
    if (accept(reply) || Date.now() - started > withinMs) return { reply, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Distinct passage texts (paragraphs and sentences) of the data folder. */
async function passageTexts(dir: string): Promise<Set<string>> {
  const corpus = await loadCorpus(dir);
  const passages = buildPassages(corpus.paragraphs);
  return new Set([...corpus.paragraphs.map((p) => p.text), ...passages.sentences.map((s) => s.text)]);
}

/** Passages of `dir` that a folder in the state `before` did not have: what a rebuild must embed. */
async function newPassages(before: ReadonlySet<string>, dir: string): Promise<number> {
  return [...(await passageTexts(dir))].filter((t) => !before.has(t)).length;
}

before(async () => {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'data/report.txt'), path.join(dataDir, 'report.txt'));
  core = await createCore(testCoreConfig({ dataDir, indexDir }), { logger });
  core.onChange((event) => events.push(event));
  await core.watch({ debounceMs: 300, settleMs: 500, retryMs: 500 });
});

after(async () => {
  await core.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('documents picked up while the core runs', () => {
  it('answers from a document added to the data folder within 30 s, embedding only its passages', async () => {
    const before = await passageTexts(dataDir);
    assert.equal((await core.ask(COLD_STORES)).kind, 'declined');
    fs.writeFileSync(path.join(dataDir, 'notes.md'), NOTES_V1);
    const { reply, ms } = await askUntil(COLD_STORES, (r) => /三座冷库/.test(answerText(r)));
    assert.match(answerText(reply), /三座冷库/, `answered within ${ms} ms`);
    assert.ok(ms < LIVE_WITHIN_MS);
    const event = events.at(-1);
    assert.deepEqual(event?.added, ['notes.md']);
    assert.deepEqual(event?.documents.map((d) => d.name), ['notes.md', 'report.txt']);
    assert.equal(event?.embedded, await newPassages(before, dataDir), 'only the new document’s passages are embedded');
    assert.ok((event?.embedded ?? 0) > 0);
    assert.deepEqual(core.documents.map((d) => d.name), ['notes.md', 'report.txt']);
    assert.ok(core.paragraphs.some((p) => p.document === 'notes.md'));
  });

  it('answers the new text of a changed document, and no longer the old', async () => {
    const before = await passageTexts(dataDir);
    fs.writeFileSync(path.join(dataDir, 'notes.md'), NOTES_V2);
    const { reply } = await askUntil(COLD_STORES, (r) => /五座冷库/.test(answerText(r)));
    assert.match(answerText(reply), /五座冷库/);
    assert.doesNotMatch(answerText(reply), /三座冷库/);
    const event = events.at(-1);
    assert.deepEqual(event?.changed, ['notes.md']);
    // Only the changed paragraph and its sentence are new; the unchanged paragraph comes from the cache.
    assert.equal(event?.embedded, await newPassages(before, dataDir));
    assert.ok((event?.embedded ?? 99) <= 2, `embedded ${event?.embedded}`);
  });

  it('a question asked during a rebuild is answered from the previous snapshot', async () => {
    fs.writeFileSync(path.join(work, 'notes.md'), NOTES_V1); // outside the data folder: no file event
    fs.renameSync(path.join(work, 'notes.md'), path.join(dataDir, 'notes.md'));
    const rebuilding = core.refresh();
    const during = await core.ask(COLD_STORES);
    assert.match(answerText(during), /五座冷库/, 'the old snapshot answered');
    assert.equal(await rebuilding, true);
    assert.match(answerText(await core.ask(COLD_STORES)), /三座冷库/);
  });

  it('forgets a removed document', async () => {
    fs.rmSync(path.join(dataDir, 'notes.md'));
    const { reply } = await askUntil(COLD_STORES, (r) => r.kind === 'declined');
    assert.equal(reply.kind, 'declined');
    assert.deepEqual(events.at(-1)?.removed, ['notes.md']);
    assert.deepEqual(core.documents.map((d) => d.name), ['report.txt']);
    assert.equal(core.paragraphs.some((p) => p.document === 'notes.md'), false);
  });

  it('coalesces a file written in several chunks into one rebuild of the whole file', async () => {
    const count = events.length;
    const file = path.join(dataDir, 'chunks.txt');
    const text = NOTES_V1.replace(/^# .*\n\n/, '');
    const cut = Math.floor(text.length / 3);
    fs.writeFileSync(file, text.slice(0, cut));
    for (const part of [text.slice(cut, 2 * cut), text.slice(2 * cut)]) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fs.appendFileSync(file, part);
    }
    const { reply } = await askUntil(COLD_STORES, (r) => /三座冷库/.test(answerText(r)));
    assert.match(answerText(reply), /三座冷库/);
    assert.equal(events.length, count + 1, 'one swap for the whole write');
    fs.rmSync(file);
    await askUntil(COLD_STORES, (r) => r.kind === 'declined');
  });

  it('keeps answering from the old snapshot when a rebuild fails, logs it in one line, and retries', async () => {
    // A folder where the bridge file's temp copy goes makes writing it fail.
    const blocker = path.join(indexDir, 'bridge.json.tmp');
    fs.mkdirSync(blocker, { recursive: true });
    const linesBefore = logLines.length;
    fs.writeFileSync(path.join(dataDir, 'notes.md'), NOTES_V2);
    const deadline = Date.now() + LIVE_WITHIN_MS;
    while (!logLines.slice(linesBefore).some((l) => l.includes('could not be rebuilt')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const failure = logLines.slice(linesBefore).find((l) => l.includes('could not be rebuilt'));
    assert.ok(failure, 'the failure is logged');
    assert.match(failure, /still answering from the previous documents/);
    assert.equal((await core.ask(COLD_STORES)).kind, 'declined', 'the old snapshot (without notes.md) still answers');
    assert.ok(core.freshness.lastError);
    fs.rmSync(blocker, { recursive: true });
    const { reply } = await askUntil(COLD_STORES, (r) => /五座冷库/.test(answerText(r)));
    assert.match(answerText(reply), /五座冷库/, 'the retry succeeded without another file event');
    assert.equal(core.freshness.lastError, undefined);
  });

  it('answers from, and forgets, a document in a subfolder, cited by its path under the data folder', async () => {
    fs.rmSync(path.join(dataDir, 'notes.md'));
    await askUntil(COLD_STORES, (r) => r.kind === 'declined');
    const folder = path.join(dataDir, 'team', 'weekly');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'notes.md'), NOTES_V1);
    const added = await askUntil(COLD_STORES, (r) => /三座冷库/.test(answerText(r)));
    assert.match(answerText(added.reply), /三座冷库/, `answered within ${added.ms} ms`);
    assert.equal(added.reply.kind === 'answer' ? added.reply.citations[0]?.document : undefined, 'team/weekly/notes.md');
    assert.deepEqual(events.at(-1)?.added, ['team/weekly/notes.md']);
    fs.writeFileSync(path.join(folder, 'notes.md'), NOTES_V2);
    const changed = await askUntil(COLD_STORES, (r) => /五座冷库/.test(answerText(r)));
    assert.match(answerText(changed.reply), /五座冷库/, `changed within ${changed.ms} ms`);
    assert.deepEqual(events.at(-1)?.changed, ['team/weekly/notes.md']);
    fs.rmSync(path.join(dataDir, 'team'), { recursive: true });
    const removed = await askUntil(COLD_STORES, (r) => r.kind === 'declined');
    assert.equal(removed.reply.kind, 'declined', `forgotten within ${removed.ms} ms`);
    assert.deepEqual(events.at(-1)?.removed, ['team/weekly/notes.md']);
    assert.deepEqual(core.documents.map((d) => d.name), ['report.txt']);
  });

  it('skips a 200 MB file dropped into a subfolder with one log line naming it and the limit, and keeps answering', async () => {
    const linesBefore = logLines.length;
    const folder = path.join(dataDir, 'dump');
    fs.mkdirSync(folder);
    // Sparse: 200 MB long, no data written; the loader must look at the size, not read it.
    const huge = path.join(folder, 'huge.txt');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 200 * 1024 * 1024);
    // A link loop and a link back up the tree beside it: no hang, no crash.
    fs.symlinkSync('loop.md', path.join(folder, 'loop.md'));
    fs.symlinkSync('..', path.join(folder, 'up'));
    fs.writeFileSync(path.join(folder, 'notes.md'), NOTES_V1);
    const { reply, ms } = await askUntil(COLD_STORES, (r) => /三座冷库/.test(answerText(r)));
    assert.match(answerText(reply), /三座冷库/, `the other new document answered within ${ms} ms`);
    const about = (name: string) => logLines.slice(linesBefore).map((l) => JSON.parse(l) as { msg: string; document?: string }).filter((l) => l.document === name);
    assert.deepEqual(about('dump/huge.txt').map((l) => l.msg), ['skipped dump/huge.txt: 200.0 MB is over the 50 MB limit (MAX_DOCUMENT_MB)']);
    assert.deepEqual(about('dump/loop.md').map((l) => l.msg), ['skipped dump/loop.md: symbolic link loop']);
    assert.equal((await core.ask('李乐成说2025年人工智能有哪三大亮点？')).kind, 'answer', 'the report still answers');
    // Later rebuilds do not repeat what was already said.
    fs.writeFileSync(path.join(folder, 'notes.md'), NOTES_V2);
    await askUntil(COLD_STORES, (r) => /五座冷库/.test(answerText(r)));
    assert.equal(about('dump/huge.txt').length, 1, 'said once, not at every rebuild');
    assert.deepEqual(core.documents.map((d) => d.name), ['dump/notes.md', 'report.txt']);
    fs.rmSync(folder, { recursive: true });
    await askUntil(COLD_STORES, (r) => r.kind === 'declined');
  });
});
