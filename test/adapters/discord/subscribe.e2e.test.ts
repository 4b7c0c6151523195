/**
 * Daily summaries through Discord, end to end: /subscribe, /unsubscribe and
 * /summary over the fake Discord into the real digest (SQLite in a temp
 * folder, injected clock), and a forced scheduler tick posting the summary
 * through the adapter's SummarySink.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type APIEmbed } from 'discord.js';
import { createQuestionService } from '../../../src/app/question-service.js';
import { type Summary } from '../../../src/app/contracts.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { type ReportCore } from '../../../src/core/core.js';
import { createDigest, type Digest } from '../../../src/digest/index.js';
import { silentLogger } from '../../../src/logger.js';
import { loadTestCore } from '../../helpers/core.js';
import { slashCommand } from '../../fakes/discord-interactions.js';
import { ManageChannels } from '../../fakes/discord-state.js';
import { type RecordedRequest } from '../../fakes/discord-server.js';
import { assertWithinLimits, shown } from './limits.js';
import { bodyOf, forToken, isCallback, isChannelMessage, isEditOriginal, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
/** 08:00 in Shanghai on the test day; the 09:00 summary is due at 01:00 UTC. */
const NOW = new Date('2026-03-10T00:00:00Z');

describe('Discord daily summaries (real client, fake Discord, real digest and core)', () => {
  let h: Harness;
  let core: ReportCore;
  let digest: Digest;
  let dir: string;

  before(async () => {
    core = await loadTestCore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'discord-digest-'));
    digest = await createDigest({ core, config: { databasePath: path.join(dir, 'bot.db'), defaultTimezone: 'Asia/Shanghai', catchUpHours: 6 }, logger: silentLogger(), clock: () => NOW });
    const questions = createQuestionService({ core, limits: { questionsPerWindow: 100, windowSeconds: 60, maxConcurrentAnswers: 2 }, logger: silentLogger(), logQuestion: digest.logQuestion, now: () => NOW });
    h = await startHarness({ questions, digest: digest.service });
  });
  after(async () => {
    await h.close();
    await digest.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function command(name: string, values: Record<string, string> = {}, permissions?: bigint): Promise<{ token: string; callback: RecordedRequest }> {
    const interaction = h.fake.interact(slashCommand(h.fake.ids, name, values, permissions === undefined ? {} : { permissions }));
    const token = String(interaction.token);
    return { token, callback: await h.fake.waitForRequest((r) => isCallback(r) && forToken(token)(r)) };
  }
  const dataOf = (callback: RecordedRequest): { content: string; flags?: number } => bodyOf(callback).data as { content: string; flags?: number };

  /** Every `… ¶N` line of the embeds quotes ¶N verbatim. */
  function assertVerbatim(embeds: APIEmbed[]): number {
    let checked = 0;
    for (const line of embeds.flatMap((e) => (e.description ?? '').split('\n'))) {
      const match = /^(?:• )?(.*) ¶(\d+)$/.exec(line);
      if (!match) continue;
      // One document here: each line ends with its title and ¶N.
      const [document] = core.documents;
      assert.ok(document);
      const text = shown(match[1] ?? '');
      assert.ok(text.endsWith(` ${document.title}`), `line names the document's title: ${line}`);
      const source = core.source({ document: document.name, paragraph: Number(match[2]) });
      assert.equal(source.kind, 'paragraph');
      if (source.kind === 'paragraph') assert.ok(source.paragraph.text.includes(text.slice(0, -document.title.length - 1)), `verbatim from ¶${match[2]}: ${match[1]}`);
      checked += 1;
    }
    return checked;
  }

  it('/subscribe from a member without Manage Channels is refused politely, only to them', async () => {
    const { callback } = await command('subscribe', { time: '09:00' });
    assert.equal(dataOf(callback).content, messages.manageChannelsOnly('zh'));
    assert.equal((dataOf(callback).flags ?? 0) & EPHEMERAL, EPHEMERAL);
    assert.equal((await digest.service.unsubscribe('discord', h.fake.ids.channelId)).kind, 'not_subscribed');
  });

  it('/subscribe time:09:00 from a channel manager subscribes the channel and says so publicly', async () => {
    const { callback } = await command('subscribe', { time: '09:00' }, ManageChannels);
    assert.equal(dataOf(callback).content, messages.subscribed('zh', '09:00', 'Asia/Shanghai'));
    assert.equal((dataOf(callback).flags ?? 0) & EPHEMERAL, 0);
  });

  it('/subscribe again updates the subscription instead of adding one', async () => {
    const { callback } = await command('subscribe', { time: '9:00', timezone: 'Asia/Shanghai' }, ManageChannels);
    assert.equal(dataOf(callback).content, messages.subscriptionUpdated('zh', '09:00', 'Asia/Shanghai'));
  });

  it('an invalid time or zone gets a clear answer with an example, only to the asker', async () => {
    const time = dataOf((await command('subscribe', { time: '25:99' }, ManageChannels)).callback);
    assert.match(time.content, /25:99/);
    assert.equal((time.flags ?? 0) & EPHEMERAL, EPHEMERAL);
    const zone = dataOf((await command('subscribe', { time: '09:00', timezone: 'Mars/Olympus' }, ManageChannels)).callback);
    assert.match(zone.content, /Mars\/Olympus/);
  });

  it('a forced tick at 09:00 Shanghai posts the summary into the channel: embeds within limits, every line verbatim with ¶N', async () => {
    const asked = await command('ask', { question: '2025年人工智能核心产业规模有多大？' });
    await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(asked.token)(r));
    await digest.settled();
    const from = h.fake.requests.length;
    const report = await digest.scheduler([h.adapter.sink]).tick(new Date('2026-03-10T01:00:00Z'));
    assert.equal(report.delivered, 1);
    const posts = h.fake.requests.slice(from).filter((r) => isChannelMessage(r) && r.path.includes(`/channels/${h.fake.ids.channelId}/`));
    assert.ok(posts.length >= 1);
    const embeds = posts.flatMap((p) => bodyOf(p).embeds as APIEmbed[]);
    assert.ok(assertVerbatim(embeds) > 0);
    assert.ok(embeds.some((e) => shown(e.description ?? '').includes('**2025年人工智能核心产业规模有多大？**')), 'the question asked in this channel');
    assert.match(shown(String(bodyOf(posts[0] as RecordedRequest).content)), /2026-03-10/);
    for (const post of posts) {
      const body = bodyOf(post) as { content: string; embeds: APIEmbed[]; allowed_mentions: unknown };
      assert.deepEqual(body.allowed_mentions, { parse: [], replied_user: false });
      assertWithinLimits({ content: body.content, embeds: body.embeds, components: [], allowedMentions: { parse: [], repliedUser: false } });
    }
    if (process.env.SHOW_SUMMARY) console.log(JSON.stringify(posts.map((p) => bodyOf(p)), null, 1));
  });

  it('/summary answers anyone on demand by editing its deferred reply', async () => {
    const { token, callback } = await command('summary');
    assert.equal(bodyOf(callback).type, 5);
    const edit = bodyOf(await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(token)(r)));
    assert.ok(assertVerbatim(edit.embeds as APIEmbed[]) > 0);
  });

  it('/unsubscribe stops the daily summary', async () => {
    const { callback } = await command('unsubscribe', {}, ManageChannels);
    assert.equal(dataOf(callback).content, messages.unsubscribed('zh'));
    const report = await digest.scheduler([h.adapter.sink]).tick(new Date('2026-03-11T01:00:00Z'));
    assert.equal(report.delivered, 0);
  });
});

describe('Discord summary sink', () => {
  let h: Harness;
  const summary: Summary = { date: '2026-03-10', sections: [{ kind: 'keypoints', title: '要点', items: [{ text: '一句话。', document: 'report.txt', title: '', paragraph: 1 }] }] };

  before(async () => {
    h = await startHarness({
      questions: {
        ask: () => Promise.reject(new Error('not used')),
        source: () => ({ kind: 'invalid', reason: 'no_documents', document: '', max: 0, documents: [] }),
        examples: async () => [],
        vote: async () => 'unknown',
      },
    });
  });
  after(async () => {
    await h.close();
  });

  it('delivers a summary as a channel message within Discord limits', async () => {
    assert.deepEqual(await h.adapter.sink.deliver(h.fake.ids.channelId, summary), { kind: 'delivered' });
    const post = await h.fake.waitForRequest(isChannelMessage);
    assertWithinLimits({ ...(bodyOf(post) as { content: string; embeds: APIEmbed[] }), components: [], allowedMentions: { parse: [], repliedUser: false } });
  });

  const cases: [string, number, number, 'gone' | 'failed'][] = [
    ['Missing Access (50001)', 403, 50001, 'gone'],
    ['Missing Permissions (50013)', 403, 50013, 'gone'],
    ['Unknown Channel (10003)', 404, 10003, 'gone'],
    ['Invalid Form Body (50035)', 400, 50035, 'failed'],
  ];
  for (const [name, status, code, kind] of cases) {
    it(`reports ${name} as ${kind}`, async () => {
      h.fake.respondOnce(isChannelMessage, { status, body: { code, message: name } });
      const result = await h.adapter.sink.deliver(h.fake.ids.channelId, summary);
      assert.equal(result.kind, kind);
    });
  }
});
