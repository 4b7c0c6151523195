import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { type ReportCore } from '../../src/core/core.js';
import { loadTestCore, projectRoot, testCoreConfig } from '../helpers/core.js';
import { tempDir } from './helpers.js';

const run = promisify(execFile);
const temp = tempDir();
let core: ReportCore;
before(async () => {
  core = await loadTestCore(); // also makes sure the shared test index exists
});
after(() => temp.remove());

function summaryCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const config = testCoreConfig();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: path.join(temp.dir, 'cli.db'), INDEX_DIR: config.indexDir, DATA_DIR: config.dataDir, LOG_LEVEL: 'warn' };
  if (config.embeddingModelDir) env.EMBEDDING_MODEL_DIR = config.embeddingModelDir;
  return run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/summary.ts'), ...args], { cwd: projectRoot, env, timeout: 60_000 });
}

describe('npm run summary', () => {
  it('--json --date prints exactly {date, sections:[{kind,title,items:[{text,document,title,paragraph}]}]} and nothing else', async () => {
    const { stdout } = await summaryCli(['--json', '--date', '2026-03-08']);
    const summary = JSON.parse(stdout) as { date: string; sections: Array<{ kind: string; title: string; items: Array<{ text: string; document: string; title: string; paragraph: number }> }> };
    assert.deepEqual(Object.keys(summary), ['date', 'sections']);
    assert.equal(summary.date, '2026-03-08');
    assert.ok(summary.sections.length > 0);
    for (const section of summary.sections) {
      assert.deepEqual(Object.keys(section), ['kind', 'title', 'items']);
      assert.ok(['documents', 'questions', 'keypoints'].includes(section.kind));
      for (const item of section.items) {
        assert.equal(typeof item.paragraph, 'number');
        const source = core.source({ document: item.document, paragraph: item.paragraph });
        assert.ok(source.kind === 'paragraph' && source.paragraph.text.includes(item.text), `«${item.text}» is in ¶${item.paragraph}`);
      }
    }
  });

  it('prints a readable Chinese summary with ¶N by default', async () => {
    const { stdout } = await summaryCli([]);
    assert.match(stdout, /^每日摘要 · \d{4}-\d{2}-\d{2}\n/);
    assert.match(stdout, /【报告要点】/);
    assert.match(stdout, /」.+ ¶\d+/);
  });

  it('refuses a date that is not YYYY-MM-DD, saying how to write it', async () => {
    await assert.rejects(summaryCli(['--json', '--date', '2026-02-30']), (error: { code?: number; stderr?: string; stdout?: string }) => {
      assert.notEqual(error.code, 0);
      assert.match(error.stderr ?? '', /write it as YYYY-MM-DD, e\.g\. 2026-03-08/);
      assert.equal(error.stdout, '');
      return true;
    });
  });
});
