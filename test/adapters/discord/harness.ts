/**
 * Starts the real Discord adapter (a real discord.js Client) against the
 * local fake Discord, with a logger whose lines the tests can read.
 */
import { Writable } from 'node:stream';
import { type DigestService, type QuestionService, type RunningAdapter } from '../../../src/app/contracts.js';
import { startDiscord } from '../../../src/adapters/discord/index.js';
import { createQuestionService } from '../../../src/app/question-service.js';
import { type LimitsConfig } from '../../../src/config.js';
import { type ReportCore } from '../../../src/core/core.js';
import { createLogger, silentLogger } from '../../../src/logger.js';
import { loadTestCore } from '../../helpers/core.js';
import { FakeDiscord, type RecordedRequest } from '../../fakes/discord-server.js';

/** Looks like a real bot token, so a leak would be recognisable in the logs. */
export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gfake1.secret-token-never-logged_0123456789';

export interface Harness {
  fake: FakeDiscord;
  adapter: RunningAdapter;
  /** Every log line the adapter wrote. */
  logs: string[];
  close(): Promise<void>;
}

/** A DigestService for tests that don't exercise subscriptions. */
export const noDigest: DigestService = {
  subscribe: () => {
    throw new Error('noDigest: subscribe was not expected in this test');
  },
  unsubscribe: () => ({ kind: 'not_subscribed' }),
  summaryFor: async (_platform, _chat) => ({ date: '2026-01-01', sections: [] }),
};

export async function startHarness(deps: { questions: QuestionService; digest?: DigestService }): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  // No secrets to scrub: the tests check the adapter itself never logs the token.
  const logger = createLogger({ level: 'debug', destination });
  try {
    const adapter = await startDiscord({
      questions: deps.questions,
      digest: deps.digest ?? noDigest,
      config: { token: TOKEN, clientId: fake.ids.applicationId, guildId: fake.ids.guildId, apiUrl: fake.apiUrl },
      logger,
    });
    return {
      fake,
      adapter,
      logs,
      async close() {
        await adapter.stop();
        await fake.stop();
      },
    };
  } catch (error) {
    await fake.stop();
    throw error;
  }
}

/** Requests the bot made after index `from` that match. */
export function requestsSince(fake: FakeDiscord, from: number, match: (request: RecordedRequest) => boolean): RecordedRequest[] {
  return fake.requests.slice(from).filter(match);
}

export const isCallback = (request: RecordedRequest): boolean => request.method === 'POST' && /\/interactions\/\d+\/[^/]+\/callback$/.test(request.path);
export const isEditOriginal = (request: RecordedRequest): boolean => request.method === 'PATCH' && request.path.endsWith('/messages/@original');
export const isChannelMessage = (request: RecordedRequest): boolean => request.method === 'POST' && /\/channels\/\d+\/messages$/.test(request.path);
export const isFollowUp = (request: RecordedRequest): boolean => request.method === 'POST' && /\/webhooks\/\d+\/[^/]+$/.test(request.path);

/** Callback, edit and follow-up requests for one interaction token. */
export function forToken(token: string): (request: RecordedRequest) => boolean {
  return (request) => request.path.includes(`/${token}/`) || request.path.endsWith(`/${token}`);
}

/** The JSON body of a request as an object (the fake records parsed JSON). */
export function bodyOf(request: RecordedRequest): Record<string, unknown> {
  return typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
}

/** The real core (real model, real index) behind the real question service, with limits no test reaches by accident. */
export async function realQuestions(limits: Partial<LimitsConfig> = {}): Promise<{ core: ReportCore; questions: QuestionService }> {
  const core = await loadTestCore();
  const questions = createQuestionService({
    core,
    limits: { questionsPerWindow: 1_000, windowSeconds: 60, maxConcurrentAnswers: 4, ...limits },
    logger: silentLogger(),
  });
  return { core, questions };
}

/** Every request whose body is a message the bot sent or edited (callback type 4, edits, follow-ups, channel posts). */
export function messageBodies(fake: FakeDiscord): Record<string, unknown>[] {
  return fake.requests.flatMap((request) => {
    const body = bodyOf(request);
    if (isCallback(request)) return body.type === 4 && typeof body.data === 'object' && body.data !== null ? [body.data as Record<string, unknown>] : [];
    return isEditOriginal(request) || isFollowUp(request) || isChannelMessage(request) ? [body] : [];
  });
}
