/**
 * DISCORD_SHARDS end to end: one real discord.js Client runs several gateway
 * shards in one process over one core. The fake gateway honours
 * `shard: [id, count]` in IDENTIFY and sends each guild's events only on shard
 * (guild_id >> 22) % count, so a guild is answered only if its own shard works.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type APIEmbed } from 'discord.js';
import { type QuestionService } from '../../../src/app/contracts.js';
import { slashCommand } from '../../fakes/discord-interactions.js';
import { type RecordedRequest } from '../../fakes/discord-server.js';
import { shardOf } from '../../fakes/discord-state.js';
import { bodyOf, forToken, isCallback, isChannelMessage, isEditOriginal, realQuestions, startHarness, type Harness } from './harness.js';

const QUESTION = '2025年人工智能核心产业规模有多大？';
const IDENTIFY = 2;

/** Each guild on its own shard asks by @mention and by /ask; both must be answered in that guild. */
async function assertEachGuildAnswered(h: Harness, count: number): Promise<void> {
  const mention = `<@${h.fake.ids.applicationId}>`;
  const seen = new Set<number>();
  for (const guild of h.fake.ids.guilds) {
    const message = h.fake.ids.guildMessage(`${mention} ${QUESTION}`, { mentionsBot: true, guildId: guild.id });
    const shard = h.fake.dispatch('MESSAGE_CREATE', message);
    assert.equal(shard, shardOf(guild.id, count), `guild ${guild.id} was dispatched on its own shard`);
    seen.add(shard);
    const reply = await h.fake.waitForRequest((r) => isChannelMessage(r) && r.status === 200 && (bodyOf(r).message_reference as { message_id?: string } | undefined)?.message_id === message.id, 30_000);
    assert.ok(reply.path.endsWith(`/channels/${guild.channelId}/messages`), `answered in guild ${guild.id}'s channel`);
    assert.match((bodyOf(reply).embeds as APIEmbed[])[0]?.fields?.[0]?.name ?? '', /¶\d+/);

    const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question: QUESTION }, { guildId: guild.id }));
    const token = String(interaction.token);
    await h.fake.waitForRequest((r: RecordedRequest) => isCallback(r) && forToken(token)(r), 10_000);
    const edit = await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(token)(r), 30_000);
    assert.match((bodyOf(edit).embeds as APIEmbed[])[0]?.description ?? '', /1\.2万亿元/);
  }
  assert.equal(seen.size, count, `every one of the ${count} shards served a guild`);
}

function identifiedShards(h: Harness): [number, number][] {
  return h.fake.gatewayFrames
    .filter((f) => f.op === IDENTIFY)
    .map((f) => (f.d as { shard: [number, number] }).shard)
    .sort((a, b) => a[0] - b[0]);
}

describe('Discord sharding (real client, fake gateway with shards, real core)', () => {
  let questions: QuestionService;
  before(async () => {
    ({ questions } = await realQuestions());
  });

  describe('DISCORD_SHARDS=auto with Discord recommending 2 shards', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness({ questions, shards: 'auto', fake: { shards: 2 }, prepare: (fake) => void fake.ids.addGuild() });
    });
    after(() => h.close());

    it('identifies shards 0 and 1 of 2, each receiving only its own guilds', () => {
      assert.deepEqual(identifiedShards(h), [[0, 2], [1, 2]]);
      assert.deepEqual(new Set(h.fake.ids.guilds.map((g) => shardOf(g.id, 2))), new Set([0, 1]), 'the two guilds live on different shards');
    });

    it('answers a question in each guild, each over its own shard', async () => {
      await assertEachGuildAnswered(h, 2);
    });
  });

  describe('DISCORD_SHARDS=3 while Discord recommends 1', () => {
    let h: Harness;
    before(async () => {
      h = await startHarness({
        questions,
        shards: 3,
        fake: { shards: 1, maxConcurrency: 16 },
        prepare: (fake) => {
          fake.ids.addGuild();
          fake.ids.addGuild();
        },
      });
    });
    after(() => h.close());

    it('runs exactly the configured count, and every guild is answered on its shard', async () => {
      assert.deepEqual(identifiedShards(h), [[0, 3], [1, 3], [2, 3]]);
      await assertEachGuildAnswered(h, 3);
    });
  });
});
