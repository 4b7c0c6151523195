/**
 * The bot keeps serving: gateway disconnects (resume and re-identify), a
 * failure inside a handler, shutdown with an answer in flight, and a token
 * that never reaches a log line or a message.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { type APIEmbed } from 'discord.js';
import { type QuestionService } from '../../../src/app/contracts.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { slashCommand } from '../../fakes/discord-interactions.js';
import { TOKEN, bodyOf, forToken, isCallback, isEditOriginal, realQuestions, startHarness, type Harness } from './harness.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';
const GATEWAY = { identify: 2, resume: 6 };

describe('Discord adapter resilience (real client, fake Discord, real core)', () => {
  let h: Harness;
  let questions: QuestionService;

  before(async () => {
    const real = await realQuestions();
    // The real service, except that two inputs make it throw, as a bug would.
    questions = {
      ...real.questions,
      ask: (asker, question) => (question === 'explode' ? Promise.reject(new Error('boom in ask')) : real.questions.ask(asker, question)),
      source: (n) => {
        if (n === '7') throw new Error('boom in source');
        return real.questions.source(n);
      },
    };
    h = await startHarness({ questions });
  });
  after(async () => {
    await h.close();
  });

  /** `/ask` and the edit of its original response. */
  async function ask(question: string): Promise<Record<string, unknown>> {
    const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question }));
    return bodyOf(await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(String(interaction.token))(r), 15_000));
  }

  it('resumes after the gateway drops the connection, and answers the next question', async () => {
    h.fake.closeGateway(4000);
    await h.fake.waitForGatewayOp(GATEWAY.resume);
    const answer = await ask(QUESTION);
    assert.match((answer.embeds as APIEmbed[])[0]?.fields?.[0]?.name ?? '', / ¶\d+/);
  });

  it('identifies again after a normal close, and answers the next question', async () => {
    h.fake.closeGateway(1000);
    // discord.js spaces identifies 5 s apart (max_concurrency 1).
    await h.fake.waitForGatewayOp(GATEWAY.identify, 2, 15_000);
    const answer = await ask(QUESTION);
    assert.match((answer.embeds as APIEmbed[])[0]?.fields?.[0]?.name ?? '', / ¶\d+/);
  });

  it('a failure after deferring is logged with the interaction id and the placeholder becomes an apology', async () => {
    const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question: 'explode' }));
    const edit = await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(String(interaction.token))(r));
    assert.equal(bodyOf(edit).content, messages.failed('zh'));
    const line = h.logs.find((l) => l.includes('boom in ask'));
    assert.ok(line?.includes(String(interaction.id)), 'the log line names the interaction');
  });

  it('a failure before replying is answered with an ephemeral apology, and the bot keeps serving', async () => {
    const interaction = h.fake.interact(slashCommand(h.fake.ids, 'source', { paragraph: '7' }));
    const callback = await h.fake.waitForRequest((r) => isCallback(r) && forToken(String(interaction.token))(r));
    const data = bodyOf(callback).data as { content: string; flags: number };
    assert.equal(data.content, messages.failed('zh'));
    assert.equal(data.flags & 64, 64);
    assert.ok(h.logs.some((l) => l.includes('boom in source') && l.includes(String(interaction.id))));

    const next = h.fake.interact(slashCommand(h.fake.ids, 'source', { paragraph: '3' }));
    const ok = await h.fake.waitForRequest((r) => isCallback(r) && forToken(String(next.token))(r));
    assert.match(((bodyOf(ok).data as { embeds: APIEmbed[] }).embeds[0]?.title ?? ''), / ¶3( · |$)/);
  });

  it('never writes the bot token into a log line or a message', () => {
    assert.ok(h.logs.length > 0);
    assert.ok(!h.logs.join('\n').includes(TOKEN));
    assert.ok(!h.fake.requests.some((r) => JSON.stringify(r.body ?? '').includes(TOKEN)));
    // The token did reach Discord where it belongs: the gateway IDENTIFY.
    assert.ok(h.fake.gatewayFrames.some((f) => f.op === GATEWAY.identify && JSON.stringify(f.d).includes(TOKEN)));
  });
});

describe('Discord adapter rate limit', () => {
  it('a user over the per-user limit is asked to wait, in the language of the question', async () => {
    const h = await startHarness({ questions: (await realQuestions({ questionsPerWindow: 1, windowSeconds: 60 })).questions });
    try {
      const edits: Record<string, unknown>[] = [];
      for (const question of [QUESTION, 'How big was the core AI industry in 2025?']) {
        const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question }));
        edits.push(bodyOf(await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(String(interaction.token))(r))));
      }
      assert.ok(((edits[0]?.embeds as APIEmbed[] | undefined) ?? []).length > 0);
      const waits = Array.from({ length: 60 }, (_, i) => messages.rateLimited('en', i + 1));
      assert.ok(waits.includes(String(edits[1]?.content)), String(edits[1]?.content));
    } finally {
      await h.close();
    }
  });
});

describe('Discord adapter shutdown', () => {
  it('stop() waits for an answer in flight before closing', async () => {
    const real = await realQuestions();
    const slow: QuestionService = { ...real.questions, ask: async (asker, q) => (await sleep(400), real.questions.ask(asker, q)) };
    const h = await startHarness({ questions: slow });
    try {
      const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question: QUESTION }));
      await h.fake.waitForRequest((r) => isCallback(r) && forToken(String(interaction.token))(r));
      await h.adapter.stop();
      assert.ok(h.fake.requests.some((r) => isEditOriginal(r) && forToken(String(interaction.token))(r)), 'answered before stop() resolved');
    } finally {
      await h.fake.stop();
    }
  });
});
