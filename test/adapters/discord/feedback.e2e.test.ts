/**
 * 👍/👎 under answers, end to end: a real discord.js Client against the local
 * fake Discord, the real core, and the real digest (SQLite in a temp folder)
 * storing the question log and the votes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createQuestionService } from '../../../src/app/question-service.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { createDigest, type Digest } from '../../../src/digest/index.js';
import { silentLogger } from '../../../src/logger.js';
import { loadTestCore } from '../../helpers/core.js';
import { buttonPress, slashCommand } from '../../fakes/discord-interactions.js';
import { bodyOf, forToken, isCallback, isEditOriginal, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const QUESTION = '2025年人工智能核心产业规模有多大？';

interface Button {
  custom_id: string;
  label?: string;
  emoji?: { name: string };
}

describe('Discord 👍/👎 (real client, fake Discord, real digest and core)', () => {
  let h: Harness;
  let digest: Digest;
  let dir: string;

  before(async () => {
    const core = await loadTestCore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'discord-votes-'));
    digest = await createDigest({ core, config: { databasePath: path.join(dir, 'bot.db'), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 }, logger: silentLogger() });
    const questions = createQuestionService({
      core,
      limits: { questionsPerWindow: 100, windowSeconds: 60, maxConcurrentAnswers: 2 },
      logger: silentLogger(),
      logQuestion: digest.logQuestion,
      recordVote: digest.recordVote,
    });
    h = await startHarness({ questions, digest: digest.service });
  });
  after(async () => {
    await h.close();
    await digest.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function ask(question: string): Promise<Record<string, unknown>> {
    const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question }));
    return (await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(String(interaction.token))(r), 15_000)).response as Record<string, unknown>;
  }

  async function press(customId: string, message: Record<string, unknown>, userId: string, locale = 'zh-CN'): Promise<{ content: string; flags: number }> {
    const user = h.fake.ids.user(`90000000000000${userId}`, `user${userId}`);
    const interaction = h.fake.interact(buttonPress(h.fake.ids, customId, message, { user, locale }));
    const callback = await h.fake.waitForRequest((r) => isCallback(r) && forToken(String(interaction.token))(r));
    assert.equal(bodyOf(callback).type, 4);
    return bodyOf(callback).data as { content: string; flags: number };
  }

  it('an answer carries a 👍/👎 row under its citation buttons; a decline carries none', async () => {
    const answer = await ask(QUESTION);
    const rows = answer.components as { components: Button[] }[];
    const last = rows.at(-1)?.components ?? [];
    assert.deepEqual(last.map((b) => b.emoji?.name), ['👍', '👎']);
    for (const button of last) assert.match(button.custom_id, /^vote:(up|down):\d+$/);
    assert.ok(rows.length >= 2 && rows.slice(0, -1).every((row) => row.components.every((b) => /¶\d+$/.test(b.label ?? '') && /^cite:[0-9a-f]{8}:\d+:\d+$/.test(b.custom_id))), 'citations stay as they were');
    for (const button of rows.flatMap((r) => r.components)) assert.ok(button.custom_id.length <= 100);

    const declined = await ask('今年的GDP增长目标是多少？');
    assert.deepEqual(declined.components ?? [], []);
  });

  it('a press is stored against the logged answer, one vote per user (a second press changes it), confirmed only to the voter', async () => {
    const answer = await ask(QUESTION);
    const [up, down] = ((answer.components as { components: Button[] }[]).at(-1)?.components ?? []).map((b) => b.custom_id);
    assert.ok(up && down);
    const patchesBefore = h.fake.requests.filter((r) => r.method === 'PATCH').length;

    const first = await press(down, answer, '9001');
    assert.equal(first.content, messages.voted('zh', 'recorded', 'down'));
    assert.equal(first.flags & EPHEMERAL, EPHEMERAL);
    assert.equal((await press(down, answer, '9001')).content, messages.voted('zh', 'unchanged', 'down'));
    assert.equal((await press(up, answer, '9001', 'en-US')).content, messages.voted('en', 'changed', 'up'));
    assert.equal((await press(down, answer, '9002')).content, messages.voted('zh', 'recorded', 'down'));
    assert.equal((await press('vote:down:987654', answer, '9002')).content, messages.voted('zh', 'unknown', 'down'), 'no such answer in this channel');
    assert.equal(h.fake.requests.filter((r) => r.method === 'PATCH').length, patchesBefore, 'the public answer is never edited');

    const gaps = await digest.gaps(new Date(0), new Date(Date.now() + 60_000));
    const marked = gaps.wrong.find((w) => w.question === QUESTION);
    assert.deepEqual(marked && [marked.down, marked.up], [1, 1]);
  });
});
