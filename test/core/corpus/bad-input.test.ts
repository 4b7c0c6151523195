/**
 * Files that cannot be read never stop loading: each is skipped with one log
 * line naming it and saying why, and every other document is still read.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { findDocumentFiles } from '../../../src/core/corpus/files.js';
import { buildCorpus, loadCorpus } from '../../../src/core/corpus/load.js';
import { createLogger } from '../../../src/logger.js';
import { projectRoot } from '../../helpers/core.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-bad-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

/** A logger that keeps its JSON lines. */
function recordingLogger(): { logger: ReturnType<typeof createLogger>; lines: () => { msg: string; document?: string }[] } {
  const chunks: string[] = [];
  const destination = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
  const logger = createLogger({ level: 'info', destination });
  return { logger, lines: () => chunks.join('').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { msg: string; document?: string }) };
}

function folder(name: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'good.txt'), '好文件的第一段，说了一件完整的事。\n\n第二段也完整。\n');
  return dir;
}

async function loadWithLog(dir: string, options: { maxDocumentBytes?: number } = {}) {
  const { logger, lines } = recordingLogger();
  const corpus = await loadCorpus(dir, { ...options, logger });
  return { corpus, lines: lines() };
}

function assertSkippedOnce(lines: { msg: string; document?: string }[], name: string, reason: RegExp): void {
  const about = lines.filter((l) => l.document === name);
  assert.equal(about.length, 1, `one log line about ${name}: ${JSON.stringify(about)}`);
  assert.match(about[0]?.msg ?? '', new RegExp(`^skipped ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  assert.match(about[0]?.msg ?? '', reason);
}

describe('unreadable documents are skipped with one log line, the rest is read', () => {
  it('a corrupt PDF', async () => {
    const dir = folder('corrupt-pdf');
    const real = fs.readFileSync(path.join(projectRoot, 'test/fixtures/formats/weekly.pdf'));
    fs.writeFileSync(path.join(dir, 'broken.pdf'), Buffer.concat([real.subarray(0, 600), Buffer.from('garbage'.repeat(50))]));
    fs.writeFileSync(path.join(dir, 'not-a.pdf'), 'this is not a PDF at all');
    const { corpus, lines } = await loadWithLog(dir);
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt']);
    assertSkippedOnce(lines, 'broken.pdf', /PDF/);
    assertSkippedOnce(lines, 'not-a.pdf', /PDF/);
  });

  it('a file over MAX_DOCUMENT_MB (a sparse 200 MB file, never read)', async () => {
    const dir = folder('large');
    const big = path.join(dir, 'huge.txt');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 200 * 1024 * 1024);
    const started = performance.now();
    const { corpus, lines } = await loadWithLog(dir);
    assert.ok(performance.now() - started < 5_000, 'the size is checked before reading');
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt']);
    assertSkippedOnce(lines, 'huge.txt', /200\.0 MB is over the 50 MB limit \(MAX_DOCUMENT_MB\)/);
  });

  it('a lower cap applies to every format', async () => {
    const dir = folder('cap');
    fs.copyFileSync(path.join(projectRoot, 'test/fixtures/formats/weekly.pdf'), path.join(dir, 'weekly.pdf'));
    const { corpus, lines } = await loadWithLog(dir, { maxDocumentBytes: 100 * 1024 });
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt']);
    assertSkippedOnce(lines, 'weekly.pdf', /over the 0\.09765625 MB limit|over the .* MB limit/);
  });

  it('a binary file renamed .txt, and text that is not UTF-8', async () => {
    const dir = folder('binary');
    // The head of a real executable (ELF header, NUL bytes and all).
    const program = Buffer.alloc(256 * 1024);
    const fd = fs.openSync(process.execPath, 'r');
    fs.readSync(fd, program, 0, program.length, 0);
    fs.closeSync(fd);
    fs.writeFileSync(path.join(dir, 'program.txt'), program);
    const latin = Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + (i % 0x7f)));
    fs.writeFileSync(path.join(dir, 'gbk.txt'), latin);
    const { corpus, lines } = await loadWithLog(dir);
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt']);
    assertSkippedOnce(lines, 'program.txt', /binary data/);
    assertSkippedOnce(lines, 'gbk.txt', /not UTF-8 text/);
  });

  it('symbolic link loops, and a link back up the tree', async () => {
    const dir = folder('links');
    fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));
    fs.symlinkSync('b.md', path.join(dir, 'a.md'));
    fs.symlinkSync('a.md', path.join(dir, 'b.md'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    fs.writeFileSync(path.join(dir, 'sub', 'inner.txt'), '子文件夹里的文件也会被读到。\n');
    const { corpus, lines } = await loadWithLog(dir);
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt', 'sub/inner.txt']);
    for (const name of ['self.txt', 'a.md', 'b.md']) assertSkippedOnce(lines, name, /symbolic link loop/);
  });

  it('a file deleted between finding and reading it', async () => {
    const dir = folder('deleted');
    fs.writeFileSync(path.join(dir, 'going.txt'), '这个文件马上就会被删除。\n');
    const { logger, lines } = recordingLogger();
    const { files } = await findDocumentFiles(dir);
    assert.deepEqual(files.map((f) => f.name), ['going.txt', 'good.txt']);
    fs.unlinkSync(path.join(dir, 'going.txt'));
    const corpus = await buildCorpus(files, { logger });
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt']);
    assertSkippedOnce(lines(), 'going.txt', /removed while the documents were being read/);
  });
});

describe('which files are documents', () => {
  it('reads subfolders, skips hidden files and folders, the index folder and unknown types', async () => {
    const dir = folder('layout');
    const files: [string, string][] = [
      ['weekly/2026-w48.txt', '周报正文第一段。\n'],
      ['weekly/archive/2026-w47.md', '# 上周\n\n上周正文。\n'],
      ['.hidden.txt', '隐藏文件。\n'],
      ['.git/notes.txt', '隐藏文件夹。\n'],
      ['index/derived.txt', '索引文件夹。\n'],
      ['bot.db', 'SQLite'],
      ['photo.png', 'PNG'],
    ];
    for (const [name, text] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const corpus = await loadCorpus(dir, { exclude: [path.join(dir, 'index')] });
    assert.deepEqual(corpus.documents.map((d) => d.name), ['good.txt', 'weekly/2026-w48.txt', 'weekly/archive/2026-w47.md']);
    assert.deepEqual(corpus.documents.map((d) => d.title), ['good', '2026-w48', '上周'], 'titles: recorded heading, else first headline, else the file name');
    assert.deepEqual(corpus.skipped, []);
  });

  it('numbers paragraphs within each document, so one document changing leaves the others’ numbers alone', async () => {
    const dir = folder('numbering');
    fs.writeFileSync(path.join(dir, 'a.txt'), '甲文件第一段。\n\n甲文件第二段。\n');
    const before = await loadCorpus(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), '甲文件新加的一段。\n\n甲文件第一段。\n\n甲文件第二段。\n');
    const afterChange = await loadCorpus(dir);
    const good = (c: typeof before) => c.paragraphs.filter((p) => p.document === 'good.txt').map((p) => `${p.number}:${p.text}`);
    assert.deepEqual(good(afterChange), good(before));
    assert.deepEqual(good(before), ['1:好文件的第一段，说了一件完整的事。', '2:第二段也完整。']);
    assert.notEqual(afterChange.hash, before.hash);
  });
});
