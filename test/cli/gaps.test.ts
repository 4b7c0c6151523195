/**
 * `npm run gaps` as a child process over a question log written through the
 * real SQLite store: declined questions grouped with counts, answers marked
 * wrong, --json and --since.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { questionKey } from '../../src/digest/questions.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { projectRoot } from '../helpers/core.js';
import { tempDir } from '../digest/helpers.js';

const run = promisify(execFile);
const temp = tempDir('gaps-cli-');
const database = path.join(temp.dir, 'bot.db');

before(async () => {
  const store = openSqliteStore(database);
  const log = (chatId: string, question: string, iso: string, declined: boolean): Promise<number> =>
    store.logQuestion({ platform: 'telegram', chatId, askedAt: new Date(iso), question, key: questionKey(question), paragraphs: declined ? [] : [4], declined });
  await log('a', '下周的团建去哪里？', '2026-03-01T02:00:00Z', true);
  await log('b', '下周的团建去哪里', '2026-03-05T02:00:00Z', true);
  await log('a', '下周的团建去哪里？ ', '2026-03-06T02:00:00Z', true);
  await log('a', '谁负责食堂？', '2026-03-06T03:00:00Z', true);
  const answered = await log('a', '正式迁移定在什么时候？', '2026-03-06T04:00:00Z', false);
  await store.setAnswer(answered, { text: '正式迁移定在下周四凌晨两点进行。', paragraph: 4, document: 'weekly/2026-w10.md', title: '迁移周报' });
  await log('a', '移动端崩溃率是多少？', '2026-03-06T05:00:00Z', false);
  const vote = (voter: string, value: 1 | -1): Promise<unknown> =>
    store.recordVote({ platform: 'telegram', chatId: 'a', questionId: answered, voter, vote: value, at: new Date('2026-03-06T06:00:00Z') });
  await vote('x', -1);
  await vote('y', -1);
  await vote('z', 1);
  await store.close();
});
after(() => temp.remove());

function gaps(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: database, DIGEST_DEFAULT_TIMEZONE: 'Asia/Shanghai', LOG_LEVEL: 'warn' };
  return run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/gaps.ts'), ...args], { cwd: projectRoot, env, timeout: 60_000 });
}

describe('npm run gaps', () => {
  it('--json groups declined questions by normalised question across chats, most asked first, and lists answers marked wrong', async () => {
    const { stdout } = await gaps(['--json']);
    const report = JSON.parse(stdout) as {
      since: string | null;
      declined: { question: string; asked: number; lastAskedAt: string }[];
      wrong: { question: string; down: number; up: number; answer: { text: string; document: string | null; title: string | null; paragraph: number } | null }[];
    };
    assert.deepEqual(Object.keys(report), ['since', 'declined', 'wrong']);
    assert.equal(report.since, null);
    assert.deepEqual(report.declined.map((d) => [d.question.trim(), d.asked]), [['下周的团建去哪里？', 3], ['谁负责食堂？', 1]]);
    assert.deepEqual(report.wrong, [
      {
        question: '正式迁移定在什么时候？', down: 2, up: 1,
        answer: { text: '正式迁移定在下周四凌晨两点进行。', document: 'weekly/2026-w10.md', title: '迁移周报', paragraph: 4 },
        lastAskedAt: '2026-03-06T04:00:00.000Z',
      },
    ]);
  });

  it('--since counts from that local day on', async () => {
    // 2026-03-05 starts at 2026-03-04T16:00Z in Shanghai: the 03-01 question is left out.
    const { stdout } = await gaps(['--json', '--since', '2026-03-05']);
    const report = JSON.parse(stdout) as { since: string; declined: { question: string; asked: number }[] };
    assert.equal(report.since, '2026-03-04T16:00:00.000Z');
    assert.deepEqual(report.declined.map((d) => d.asked), [2, 1]);
  });

  it('prints both sections readably by default', async () => {
    const { stdout } = await gaps([]);
    assert.match(stdout, /^问了但文件里没有 · asked, but not in the documents\n +3× 下周的团建去哪里？/);
    assert.match(stdout, /被标为答错的回答 · answers marked wrong\n +👎2 👍1 正式迁移定在什么时候？\n +答 · answer:「正式迁移定在下周四凌晨两点进行。」迁移周报 ¶4 \(weekly\/2026-w10\.md\)\n/);
  });

  it('refuses a --since that is not YYYY-MM-DD, saying how to write it', async () => {
    await assert.rejects(gaps(['--since', 'last week']), (error: { code?: number; stderr?: string; stdout?: string }) => {
      assert.notEqual(error.code, 0);
      assert.match(error.stderr ?? '', /write it as YYYY-MM-DD/);
      assert.equal(error.stdout, '');
      return true;
    });
  });
});
