/**
 * The watcher sees what the loader reads: documents in subfolders of the data
 * folder, named by their path under it — and not the index folder, hidden
 * folders, or the same folder again through a link loop.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isDocumentName } from '../../src/core/corpus/load.js';
import { type DocumentWatcher, watchDocuments } from '../../src/core/live.js';
import { silentLogger } from '../../src/logger.js';

type Event = { kind: string; name: string };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-watch-'));
const dataDir = path.join(work, 'data');
const indexDir = path.join(dataDir, 'index');
const events: Event[] = [];
let watcher: DocumentWatcher;

/** Waits until an event matching `wanted` arrived; fails after `withinMs`. */
async function eventFor(wanted: (e: Event) => boolean, withinMs = 10_000): Promise<Event> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = events.find(wanted);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no matching event within ${withinMs} ms; got ${JSON.stringify(events)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

before(async () => {
  fs.mkdirSync(path.join(dataDir, 'weekly', 'archive'), { recursive: true });
  fs.mkdirSync(indexDir, { recursive: true });
  fs.mkdirSync(path.join(dataDir, '.git'), { recursive: true });
  // Links that would send a naive walk round in circles.
  fs.symlinkSync('..', path.join(dataDir, 'weekly', 'up'));
  fs.symlinkSync('loop.txt', path.join(dataDir, 'loop.txt'));
  fs.symlinkSync('b', path.join(dataDir, 'a'));
  fs.symlinkSync('a', path.join(dataDir, 'b'));
  const started = Date.now();
  watcher = watchDocuments({ dataDir, exclude: [indexDir], isDocument: isDocumentName, settleMs: 200, logger: silentLogger(), onChange: (e) => events.push(e) });
  await watcher.ready;
  assert.ok(Date.now() - started < 10_000, 'the first scan finishes despite the link loops');
});

after(async () => {
  await watcher.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('watching the data folder and its subfolders', () => {
  it('reports a document added, changed and removed two folders down, by its path under the data folder', async () => {
    const file = path.join(dataDir, 'weekly', 'archive', 'w47.md');
    fs.writeFileSync(file, '# 上周\n\n上周正文。\n');
    await eventFor((e) => e.kind === 'add' && e.name === 'weekly/archive/w47.md');
    fs.appendFileSync(file, '\n补充一段。\n');
    await eventFor((e) => e.kind === 'change' && e.name === 'weekly/archive/w47.md');
    fs.rmSync(file);
    await eventFor((e) => e.kind === 'unlink' && e.name === 'weekly/archive/w47.md');
  });

  it('reports documents in a folder created after start-up, and the folder’s removal', async () => {
    fs.mkdirSync(path.join(dataDir, 'new-team'));
    fs.writeFileSync(path.join(dataDir, 'new-team', 'plan.txt'), '新团队的计划。\n');
    await eventFor((e) => e.kind === 'add' && e.name === 'new-team/plan.txt');
    fs.rmSync(path.join(dataDir, 'new-team'), { recursive: true });
    await eventFor((e) => (e.kind === 'unlink' && e.name === 'new-team/plan.txt') || (e.kind === 'unlinkDir' && e.name === 'new-team'));
  });

  it('ignores the index folder, hidden folders, hidden files and files that are not documents', async () => {
    const count = events.length;
    fs.writeFileSync(path.join(indexDir, 'derived.txt'), '索引文件夹。\n');
    fs.writeFileSync(path.join(dataDir, '.git', 'notes.txt'), '隐藏文件夹。\n');
    fs.writeFileSync(path.join(dataDir, 'weekly', '.draft.txt'), '隐藏文件。\n');
    fs.writeFileSync(path.join(dataDir, 'weekly', 'bot.db'), 'SQLite');
    // A document written after them: once it is reported, the others would have been too.
    fs.writeFileSync(path.join(dataDir, 'weekly', 'w48.txt'), '本周正文。\n');
    await eventFor((e) => e.kind === 'add' && e.name === 'weekly/w48.txt');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // (Late events of the folder removed above may arrive meanwhile; they are not about these files.)
    const about = events.slice(count).filter((e) => !e.name.startsWith('new-team'));
    assert.deepEqual(about, [{ kind: 'add', name: 'weekly/w48.txt' }]);
  });
});
