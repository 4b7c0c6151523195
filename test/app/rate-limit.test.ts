/**
 * Per-user limits in the real Redis: two question services (two "instances")
 * sharing one Redis share the budget; with Redis stopped or on a wrong port
 * the bot still answers, limits per process, and says so once.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { type Asker } from '../../src/app/contracts.js';
import { createQuestionService } from '../../src/app/question-service.js';
import { createLogger } from '../../src/logger.js';
import { sameAnswerCore } from '../helpers/fake-core.js';
import { freePort } from '../helpers/ports.js';
import { redisSkip, redisUrl } from '../helpers/services.js';

const core = sameAnswerCore;
const alice: Asker = { platform: 'telegram', chatId: 'c1', userId: 'alice' };

function capturingLogger(): { logger: ReturnType<typeof createLogger>; lines: () => string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines: () => lines };
}

function service(url: string, prefix: string, logger = capturingLogger().logger) {
  return createQuestionService({ core, limits: { questionsPerWindow: 3, windowSeconds: 60, maxConcurrentAnswers: 2, redisUrl: url }, logger, rateLimitPrefix: prefix });
}

const kinds = async (s: ReturnType<typeof service>, n: number): Promise<string[]> => {
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push((await s.ask(alice, `问题${i}`)).kind);
  return out;
};


const until = async (check: () => boolean, what: string, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('rate limits in Redis', { skip: await redisSkip() }, () => {
  const prefix = `test-rl-${process.pid}-${Date.now()}`;

  it('two instances sharing one Redis share each user’s budget', async () => {
    const logs = [capturingLogger(), capturingLogger()];
    const [a, b] = logs.map((log) => service(redisUrl, prefix, log.logger)) as [ReturnType<typeof service>, ReturnType<typeof service>];
    try {
      await until(() => logs.every((log) => log.lines().some((l) => l.includes('Redis connected'))), 'both instances to connect to Redis');
      assert.deepEqual(await kinds(a, 2), ['answer', 'answer']);
      assert.deepEqual(await kinds(b, 2), ['answer', 'rate_limited'], 'the second instance counts the first one’s questions');
      assert.equal((await a.ask(alice, 'again?')).kind, 'rate_limited');
      assert.equal((await b.ask({ ...alice, userId: 'bob' }, 'bob?')).kind, 'answer', 'another user has their own budget');
      const redis = new Redis(redisUrl);
      try {
        assert.equal(await redis.get(`${prefix}:telegram:alice`), '5', 'the count lives in Redis');
      } finally {
        redis.disconnect();
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

const skipRedis = await redisSkip();

describe('rate limits without Redis', () => {
  const servers: ChildProcess[] = [];
  after(() => {
    for (const server of servers) server.kill('SIGKILL');
  });

  it('a wrong port: answers, limits per process, and logs the fallback once', async () => {
    const log = capturingLogger();
    const s = service(`redis://127.0.0.1:${await freePort()}`, 'test-wrong-port', log.logger);
    try {
      assert.deepEqual(await kinds(s, 5), ['answer', 'answer', 'answer', 'rate_limited', 'rate_limited']);
      await until(() => log.lines().some((l) => l.includes('Redis unreachable')), 'the fallback to be logged');
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // ioredis keeps retrying meanwhile
      assert.equal((await s.ask({ ...alice, userId: 'dave' }, 'dave?')).kind, 'answer');
      const warnings = log.lines().filter((l) => l.includes('Redis unreachable'));
      assert.equal(warnings.length, 1, log.lines().join('\n'));
    } finally {
      await s.close();
    }
  });

  it('Redis stopped while running: keeps answering, logs once, shares again when it is back', { skip: skipRedis }, async () => {
    const port = await freePort();
    const start = (): ChildProcess => {
      const server = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      servers.push(server);
      return server;
    };
    const ping = async (): Promise<boolean> => {
      const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    };
    let server = start();
    for (let i = 0; i < 100 && !(await ping()); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));

    const log = capturingLogger();
    const s = service(`redis://127.0.0.1:${port}`, 'test-stopped', log.logger);
    try {
      await until(() => log.lines().some((l) => l.includes('Redis connected')), 'the limiter to connect');
      assert.deepEqual(await kinds(s, 1), ['answer']);
      server.kill('SIGKILL');
      await new Promise((resolve) => server.once('exit', resolve));
      // Redis is gone: every question is still answered (or limited in memory), and the switch is logged once.
      const during = await kinds(s, 5);
      assert.deepEqual(during, ['answer', 'answer', 'answer', 'rate_limited', 'rate_limited']);
      assert.equal(log.lines().filter((l) => l.includes('Redis unreachable')).length, 1, log.lines().join('\n'));

      server = start();
      await until(() => log.lines().some((l) => l.includes('Redis is back')), 'the limiter to reconnect', 15_000);
      assert.equal((await s.ask({ ...alice, userId: 'carol' }, 'carol?')).kind, 'answer');
      const redis = new Redis({ port, host: '127.0.0.1' });
      try {
        assert.equal(await redis.get('test-stopped:telegram:carol'), '1', 'counted in Redis again');
      } finally {
        redis.disconnect();
      }
    } finally {
      await s.close();
      server.kill('SIGKILL');
    }
  });
});
