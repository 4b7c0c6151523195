import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Asker } from '../../src/app/contracts.js';
import { createQuestionService, type QuestionLog } from '../../src/app/question-service.js';
import { type ReportCore } from '../../src/core/core.js';
import { type Reply } from '../../src/core/reply.js';
import { silentLogger } from '../../src/logger.js';

/** A stand-in core: the service's logic (limits, queue, log, failures) does not depend on retrieval. */
function fakeCore(answer: (question: string) => Promise<Reply>): ReportCore {
  return {
    paragraphs: [],
    documents: [],
    status: { mode: 'lexical', model: 'none' },
    ask: answer,
    source: () => ({ kind: 'invalid', reason: 'no_documents', document: '', max: 0, documents: [] }),
    keyPoints: () => [],
    examples: async () => [],
    freshness: { updatedAt: new Date(0), rebuilding: false },
    onChange: () => () => undefined,
  };
}

const found = (question: string): Reply => ({
  kind: 'answer', found: true, question, language: 'zh', ms: 1, answer: '答。', sentences: [{ text: '答。', document: 'r.txt', title: 'R', paragraph: 3 }],
  citations: [{ document: 'r.txt', title: 'R', paragraph: 3, headline: '', quote: '答。', text: '答。', score: 1 }],
});
const alice: Asker = { platform: 'telegram', chatId: 'c1', userId: 'alice' };
const bob: Asker = { platform: 'telegram', chatId: 'c1', userId: 'bob' };

describe('QuestionService', () => {
  it('limits each user on their own and says how long to wait', async () => {
    const service = createQuestionService({ core: fakeCore(async (q) => found(q)), limits: { questionsPerWindow: 2, windowSeconds: 60, maxConcurrentAnswers: 4 }, logger: silentLogger() });
    assert.equal((await service.ask(alice, '一')).kind, 'answer');
    assert.equal((await service.ask(alice, '二')).kind, 'answer');
    const limited = await service.ask(alice, 'three?');
    assert.equal(limited.kind, 'rate_limited');
    assert.ok(limited.kind === 'rate_limited' && limited.retryAfterMs > 0 && limited.retryAfterMs <= 60_000);
    assert.equal(limited.language, 'en');
    assert.equal((await service.ask(bob, '一')).kind, 'answer', 'another user is not limited');
  });

  it('queues a burst instead of answering everything at once', async () => {
    let running = 0;
    let peak = 0;
    const core = fakeCore(async (q) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      return found(q);
    });
    const service = createQuestionService({ core, limits: { questionsPerWindow: 100, windowSeconds: 60, maxConcurrentAnswers: 3 }, logger: silentLogger() });
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => service.ask({ ...alice, userId: `u${i}` }, `问题${i}`)));
    assert.ok(replies.every((r) => r.kind === 'answer'));
    assert.equal(peak, 3);
  });

  it('turns a failure into { kind: "failed" } and keeps serving', async () => {
    let calls = 0;
    const core = fakeCore(async (q) => {
      if (++calls === 1) throw new Error('model crashed');
      return found(q);
    });
    const service = createQuestionService({ core, limits: { questionsPerWindow: 10, windowSeconds: 60, maxConcurrentAnswers: 1 }, logger: silentLogger() });
    assert.deepEqual(await service.ask(alice, '坏了吗'), { kind: 'failed', question: '坏了吗', language: 'zh' });
    assert.equal((await service.ask(alice, '好了吗')).kind, 'answer');
  });

  it('logs answered questions with their cited paragraphs and time', async () => {
    const entries: Parameters<QuestionLog>[0][] = [];
    const service = createQuestionService({
      core: fakeCore(async (q) => found(q)),
      limits: { questionsPerWindow: 10, windowSeconds: 60, maxConcurrentAnswers: 1 },
      logger: silentLogger(),
      logQuestion: (entry) => entries.push(entry),
      now: () => new Date('2026-03-05T01:00:00Z'),
    });
    await service.ask(alice, '问题');
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]?.paragraphs, [3]);
    assert.equal(entries[0]?.at.toISOString(), '2026-03-05T01:00:00.000Z');
  });

  it('logs declined questions too, and gives an answer (not a decline) the id its 👍/👎 refer to', async () => {
    const entries: Parameters<QuestionLog>[0][] = [];
    const declined = (question: string): Reply => ({ kind: 'declined', found: false, reason: 'not_covered', question, language: 'zh', ms: 1, citations: [], suggestions: ['周报'] });
    const service = createQuestionService({
      core: fakeCore(async (q) =>
        q.trim() === '' ? { kind: 'invalid', found: false, reason: 'empty_question', question: '', language: 'zh', ms: 0, citations: [] } : q.includes('没有') ? declined(q) : found(q),
      ),
      limits: { questionsPerWindow: 10, windowSeconds: 60, maxConcurrentAnswers: 1 },
      logger: silentLogger(),
      logQuestion: async (entry) => entries.push(entry) + 100,
    });
    const answer = await service.ask(alice, '问题');
    const decline = await service.ask(alice, '文件里没有的问题');
    assert.equal(answer.kind === 'answer' && answer.questionId, 101);
    assert.equal(decline.kind, 'declined');
    assert.equal('questionId' in decline, false, 'no buttons under a decline');
    assert.deepEqual(entries.map((e) => e.reply.kind), ['answer', 'declined']);
    assert.equal((await service.ask(alice, ' ')).kind, 'invalid');
    assert.equal(entries.length, 2, 'invalid input is not logged');
  });

  it('still answers when the log fails, without vote buttons', async () => {
    const service = createQuestionService({
      core: fakeCore(async (q) => found(q)),
      limits: { questionsPerWindow: 10, windowSeconds: 60, maxConcurrentAnswers: 1 },
      logger: silentLogger(),
      logQuestion: async () => {
        throw new Error('database is locked');
      },
    });
    const answer = await service.ask(alice, '问题');
    assert.equal(answer.kind, 'answer');
    assert.equal('questionId' in answer, false);
  });

  it('passes votes to the log with the voter and time, and reports a storage failure as failed', async () => {
    const votes: unknown[] = [];
    let broken = false;
    const service = createQuestionService({
      core: fakeCore(async (q) => found(q)),
      limits: { questionsPerWindow: 10, windowSeconds: 60, maxConcurrentAnswers: 1 },
      logger: silentLogger(),
      recordVote: async (entry) => {
        if (broken) throw new Error('disk full');
        votes.push(entry);
        return 'recorded';
      },
      now: () => new Date('2026-03-05T01:00:00Z'),
    });
    assert.equal(await service.vote(bob, 7, 'down'), 'recorded');
    assert.deepEqual(votes, [{ voter: bob, questionId: 7, vote: 'down', at: new Date('2026-03-05T01:00:00Z') }]);
    broken = true;
    assert.equal(await service.vote(bob, 7, 'up'), 'failed');
    const unlogged = createQuestionService({ core: fakeCore(async (q) => found(q)), limits: { questionsPerWindow: 10, windowSeconds: 60, maxConcurrentAnswers: 1 }, logger: silentLogger() });
    assert.equal(await unlogged.vote(bob, 7, 'up'), 'unknown');
  });
});
