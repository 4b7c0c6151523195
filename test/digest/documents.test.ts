import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createCore } from '../../src/core/bot.js';
import { type ReportCore } from '../../src/core/core.js';
import { createDigest } from '../../src/digest/index.js';
import { projectRoot, testCoreConfig } from '../helpers/core.js';
import { at, logger, recordingSink, tempDir } from './helpers.js';

const temp = tempDir();
after(() => temp.remove());
const dataDir = path.join(temp.dir, 'data');
const indexDir = path.join(temp.dir, 'index'); // a temp data dir needs its own index
const config = { databasePath: path.join(temp.dir, 'digest.db'), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 };

/** The report cut at blank lines into three documents. */
const blocks = fs.readFileSync(path.join(projectRoot, 'data', 'report.txt'), 'utf8').split(/\n\s*\n/).filter((b) => b.trim() !== '');
const third = Math.ceil(blocks.length / 3);
const part = (i: number): string => `${blocks.slice(i * third, (i + 1) * third).join('\n\n')}\n`;

const openCore = (): Promise<ReportCore> => createCore(testCoreConfig({ dataDir, indexDir }));

describe('summary: documents added or changed since the last summary', () => {
  it('lists the new and the changed document with their key points, not the unchanged one', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'a.txt'), part(0));
    fs.writeFileSync(path.join(dataDir, 'c.txt'), part(2));
    const before = await createDigest({ core: await openCore(), config, logger, clock: () => at('2026-03-08T00:00:00Z') });
    assert.equal((await before.service.subscribe({ platform: 'discord', chatId: 'chan', time: '09:00' })).kind, 'subscribed');
    assert.equal((await before.service.summaryFor('discord', 'chan')).sections.some((s) => s.kind === 'documents'), false, 'nothing new yet');
    await before.close();

    // While the bot is stopped: b.txt is added and a.txt loses its last block.
    fs.writeFileSync(path.join(dataDir, 'b.txt'), part(1));
    fs.writeFileSync(path.join(dataDir, 'a.txt'), `${blocks.slice(0, third - 1).join('\n\n')}\n`);
    const core = await openCore();
    const digest = await createDigest({ core, config, logger, clock: () => at('2026-03-09T00:30:00Z') });
    const summary = await digest.service.summaryFor('discord', 'chan');
    const section = summary.sections.find((s) => s.kind === 'documents');
    assert.equal(section?.title, '新增或更新的文件');
    assert.deepEqual([...new Set(section?.items.map((i) => i.document))].sort(), ['a.txt', 'b.txt']);
    for (const item of section?.items ?? []) {
      const source = core.source({ document: item.document ?? '', paragraph: item.paragraph ?? 0 });
      assert.equal(item.title, source.kind === 'paragraph' ? source.paragraph.title : '', 'items carry their document’s title');
      assert.ok(source.kind === 'paragraph' && source.paragraph.text.includes(item.text) && source.paragraph.document === item.document);
    }

    // Once a summary with them is delivered, they are no longer news.
    const sink = recordingSink('discord');
    await digest.scheduler([sink]).tick(at('2026-03-09T01:00:00Z'));
    assert.equal(sink.deliveries.length, 1);
    assert.equal((await digest.service.summaryFor('discord', 'chan')).sections.some((s) => s.kind === 'documents'), false);
    await digest.close();
  });
});
