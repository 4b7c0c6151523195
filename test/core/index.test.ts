import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCore } from '../../src/core/bot.js';
import { type Manifest } from '../../src/core/index/dense-store.js';
import { projectRoot, testCoreConfig } from '../helpers/core.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bot-index-'));
const dataDir = path.join(work, 'data');
const indexDir = path.join(work, 'index');
const config = testCoreConfig({ dataDir, indexDir });
const manifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(indexDir, 'manifest.json'), 'utf8')) as Manifest;

before(() => {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'data/report.txt'), path.join(dataDir, 'report.txt'));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the dense index on disk', () => {
  it('is built on first start, with a manifest saying what from', async () => {
    const core = await createCore(config);
    assert.equal(core.status.mode, 'hybrid');
    assert.equal(core.rebuilt, true);
    const m = manifest();
    assert.equal(m.model, 'Xenova/bge-small-zh-v1.5');
    assert.equal(m.dimension, 512);
    assert.equal(m.paragraphs, core.paragraphs.length);
    assert.match(m.corpusHash, /^[0-9a-f]{64}$/);
    for (const file of ['paragraphs.hnsw', 'sentences.f32', 'bridge.json', 'lexical.bin']) assert.ok(fs.existsSync(path.join(indexDir, file)), file);
  });

  it('is loaded without re-embedding when nothing changed', async () => {
    const before = manifest();
    const core = await createCore(config);
    assert.equal(core.rebuilt, false);
    assert.deepEqual(manifest(), before);
    const reply = await core.ask('2025年中国人工智能企业数量超过多少家？');
    assert.equal(reply.kind, 'answer');
  });

  it('is rebuilt when a document changes, and the new text is answerable', async () => {
    const before = manifest();
    fs.writeFileSync(path.join(dataDir, 'notes.md'), '# 补充说明\n\n测试用的补充文件写道：青藏高原的牦牛合作社今年新建了三座冷库。\n');
    const core = await createCore(config);
    assert.equal(core.rebuilt, true);
    assert.notEqual(manifest().corpusHash, before.corpusHash);
    assert.deepEqual(core.documents.map((d) => d.name), ['notes.md', 'report.txt']);
    const reply = await core.ask('牦牛合作社新建了几座冷库？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /三座冷库/);
  });

  it('is rebuilt when the manifest names another model', async () => {
    fs.writeFileSync(path.join(indexDir, 'manifest.json'), JSON.stringify({ ...manifest(), model: 'someone/other-model' }));
    const core = await createCore(config);
    assert.equal(core.rebuilt, true);
    assert.equal(manifest().model, 'Xenova/bge-small-zh-v1.5');
  });

  it('is rebuilt when its files are damaged', async () => {
    fs.writeFileSync(path.join(indexDir, 'sentences.f32'), 'garbage');
    const core = await createCore(config);
    assert.equal(core.rebuilt, true);
  });
});

describe('without the model', () => {
  it('says why in one line and answers with keyword search', async () => {
    const core = await createCore(testCoreConfig({ dataDir, indexDir: path.join(work, 'lexical-index'), embeddingModelDir: path.join(work, 'no-such-models') }));
    assert.equal(core.status.mode, 'lexical');
    assert.ok(core.status.warning);
    assert.doesNotMatch(core.status.warning, /\n/);
    assert.match(core.status.warning, /EMBEDDING_MODEL_DIR/);
    const reply = await core.ask('优必选计划2026年实现多大的人形机器人产能？');
    assert.equal(reply.kind, 'answer');
    assert.match(reply.kind === 'answer' ? reply.answer : '', /万台级/);
    assert.equal((await core.ask('比特币今天的价格是多少？')).kind, 'declined');
  });
});
