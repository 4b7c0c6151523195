/**
 * Questions by message, end to end: @mentions in a server channel, DMs,
 * ignored chatter, hostile text, and a REST 429 waited out.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { type APIEmbed } from 'discord.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { type RecordedRequest } from '../../fakes/discord-server.js';
import { hasLiveMention, shown } from './limits.js';
import { bodyOf, isChannelMessage, realQuestions, startHarness, type Harness } from './harness.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';

describe('Discord questions by @mention and DM (real client, fake Discord, real core)', () => {
  let h: Harness;
  let mention: string;

  before(async () => {
    h = await startHarness({ questions: (await realQuestions()).questions });
    mention = `<@${h.fake.ids.applicationId}>`;
  });
  after(async () => {
    await h.close();
  });

  /** Dispatches MESSAGE_CREATE and resolves with the bot's reply to it. */
  async function replyTo(message: Record<string, unknown>, timeoutMs?: number): Promise<RecordedRequest> {
    h.fake.dispatch('MESSAGE_CREATE', message);
    return h.fake.waitForRequest((r) => isChannelMessage(r) && r.status === 200 && referenced(r) === message.id, timeoutMs);
  }
  const referenced = (request: RecordedRequest): unknown => (bodyOf(request).message_reference as { message_id?: string } | undefined)?.message_id;

  it('answers an @mention in a channel with a reply in that channel, citing ¶N', async () => {
    const reply = await replyTo(h.fake.ids.guildMessage(`${mention} ${QUESTION}`, { mentionsBot: true }));
    assert.ok(reply.path.endsWith(`/channels/${h.fake.ids.channelId}/messages`));
    const embed = (bodyOf(reply).embeds as APIEmbed[])[0];
    assert.equal(embed?.title, QUESTION, 'the mention is stripped from the question');
    assert.match(embed?.fields?.[0]?.name ?? '', / ¶\d+( · |$)/);
    assert.deepEqual(bodyOf(reply).allowed_mentions, { parse: [], replied_user: false });
  });

  it('ignores channel chatter that does not mention the bot', async () => {
    const chatter = h.fake.ids.guildMessage(QUESTION);
    h.fake.dispatch('MESSAGE_CREATE', chatter);
    // A later mention is answered, so the chatter was processed (in order) before it.
    await replyTo(h.fake.ids.guildMessage(`${mention} 机器人`, { mentionsBot: true }));
    await sleep(100);
    assert.equal(h.fake.requests.filter((r) => referenced(r) === chatter.id).length, 0);
  });

  it('answers any direct message', async () => {
    const reply = await replyTo(h.fake.ids.directMessage(QUESTION));
    assert.ok(reply.path.endsWith(`/channels/${h.fake.ids.dmChannelId}/messages`));
    assert.ok(((bodyOf(reply).embeds as APIEmbed[])[0]?.fields ?? []).length > 0);
  });

  it('a bare mention gets a short request for a question', async () => {
    const reply = await replyTo(h.fake.ids.guildMessage(mention, { mentionsBot: true }));
    assert.equal(bodyOf(reply).content, messages.emptyQuestion('zh'));
  });

  it('a DM with only a picture or sticker gets a short "text only" answer', async () => {
    const picture = {
      ...h.fake.ids.directMessage(''),
      attachments: [{ id: h.fake.ids.next(), filename: 'photo.png', size: 10, url: 'https://cdn.example/photo.png', proxy_url: 'https://cdn.example/photo.png' }],
    };
    const reply = await replyTo(picture);
    assert.equal(bodyOf(reply).content, messages.notText('zh'));
  });

  it('shows markdown and mention injection as text and pings no one', async () => {
    // Whether the core answers or declines this is the core's business; either way nothing may ping or format.
    const hostile = `**${QUESTION}** <@123456789012345678> @everyone [点我](https://evil.example)`;
    const reply = await replyTo(h.fake.ids.guildMessage(`${mention} ${hostile}`, { mentionsBot: true }));
    const body = bodyOf(reply);
    const embed = (body.embeds as APIEmbed[])[0];
    if (embed) assert.equal(shown(embed.title ?? ''), hostile, 'the echoed question shows as typed');
    else assert.ok(typeof body.content === 'string' && !body.content.includes('evil.example'), 'a refusal does not echo the input');
    assert.ok(!hasLiveMention(JSON.stringify(body)));
    assert.deepEqual(body.allowed_mentions, { parse: [], replied_user: false });
  });

  it('waits out a REST 429 and still delivers the reply', async () => {
    h.fake.rateLimitOnce(isChannelMessage, 1);
    const message = h.fake.ids.directMessage(QUESTION);
    const reply = await replyTo(message, 15_000);
    const attempts = h.fake.requests.filter((r) => isChannelMessage(r) && referenced(r) === message.id);
    assert.deepEqual(attempts.map((r) => r.status), [429, 200]);
    const [limited] = attempts;
    assert.ok(limited && reply.at - limited.at >= 900, `retried after ${limited ? reply.at - limited.at : NaN} ms`);
  });
});
