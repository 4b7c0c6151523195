/**
 * PostgreSQL going away and coming back while the bot runs (a private cluster,
 * so no other test sees the outage): questions are still answered while the
 * question log cannot be written, the scheduler's tick fails and the next one
 * after the restart delivers the day's summary — the pool reconnects by itself.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { createQuestionService } from '../../src/app/question-service.js';
import { openPostgresStore } from '../../src/digest/pg-store.js';
import { createQuestionLog } from '../../src/digest/questions.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { createLogger } from '../../src/logger.js';
import { sameAnswerCore } from '../helpers/fake-core.js';
import { postgresSkip, type PrivatePostgres, startPrivatePostgres } from '../helpers/services.js';
import { at, recordingSink, stubCompose } from './helpers.js';

const core = sameAnswerCore;

describe('PostgreSQL restarts while the bot runs', { skip: await postgresSkip() }, () => {
  let server: PrivatePostgres | undefined;
  after(async () => server?.destroy());

  it('keeps answering, and summaries resume on the next tick after the restart', async () => {
    server = await startPrivatePostgres();
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk: Buffer, _e, done) => done(void lines.push(chunk.toString())) }) });
    const store = await openPostgresStore({ url: server.url, logger, connectTimeoutMs: 3_000 });
    try {
      await store.upsertSubscription({ platform: 'telegram', chatId: 'team', time: '09:00', timezone: 'Asia/Shanghai' }, at('2026-01-09T00:00:00Z'));
      const questionLog = createQuestionLog({ core, store, logger, isClosed: () => false });
      const questions = createQuestionService({ core, limits: { questionsPerWindow: 100, windowSeconds: 60, maxConcurrentAnswers: 2 }, logger, logQuestion: questionLog.log, recordVote: questionLog.vote, now: () => at('2026-01-10T00:30:00Z') });
      const sink = recordingSink();
      const scheduler = createScheduler({ store, compose: stubCompose, sinks: [sink], logger, options: { catchUpHours: 6 } });
      const asker = { platform: 'telegram' as const, chatId: 'team', userId: 'u1' };

      await server.stop();
      const started = Date.now();
      const down = await questions.ask(asker, '第一个问题？');
      assert.equal(down.kind, 'answer', 'answered while the database is down');
      assert.ok(Date.now() - started < 5_000, `the answer does not wait for the database (${Date.now() - started} ms)`);
      assert.equal('questionId' in down ? down.questionId : undefined, undefined, 'no log row, so no vote buttons');
      await questionLog.settled();
      assert.ok(lines.some((l) => l.includes('could not log a question')), 'the lost log line is reported');
      await assert.rejects(scheduler.tick(at('2026-01-10T01:00:00Z')), 'the tick fails while the database is down');
      assert.deepEqual(sink.deliveries, []);

      await server.start();
      const up = await questions.ask(asker, '第二个问题？');
      assert.equal(up.kind, 'answer');
      const questionId = 'questionId' in up ? up.questionId : undefined;
      assert.equal(typeof questionId, 'number', 'after the restart the answer carries its log id again');
      await questionLog.settled();
      assert.equal(await questions.vote(asker, questionId!, 'down'), 'recorded', 'and a vote on it is stored');
      const report = await scheduler.tick(at('2026-01-10T01:01:00Z'));
      assert.equal(report.delivered, 1, 'the next tick after the restart delivers');
      assert.deepEqual(sink.deliveries, [{ chatId: 'team', date: '2026-01-10' }]);
      assert.deepEqual((await store.questionsSince({ platform: 'telegram', chatId: 'team' }, at('2026-01-10T00:00:00Z'), at('2026-01-10T01:00:00Z'))).map((q) => q.question), ['第二个问题？']);
      await questions.close();
    } finally {
      await store.close();
    }
  });
});
