/**
 * The real summary sinks resume where a send stopped: the Telegram sink
 * (telegraf against the Telegram emulator) and the Discord sink (discord.js
 * REST against the fake in test/fakes). A part the platform refuses ends the
 * attempt after reporting the parts confirmed so far; the next attempt, told
 * to skip those, posts the rest — every part once, in order. A progress
 * callback that throws (the claim was taken over) stops posting at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REST } from 'discord.js';
import { Telegram } from 'telegraf';
import { type DeliveryProgress, type Summary, type SummarySink } from '../../src/app/contracts.js';
import { renderSummary as renderDiscord } from '../../src/adapters/discord/render-summary.js';
import { createDiscordSink, toApiBody } from '../../src/adapters/discord/sink.js';
import { renderSummary as renderTelegram } from '../../src/adapters/telegram/render.js';
import { createTelegramSink } from '../../src/adapters/telegram/sink.js';
import { silentLogger } from '../../src/logger.js';
import { FakeDiscord } from '../fakes/discord-server.js';
import { FakeTelegram, TOKEN } from '../fakes/telegram-server.js';

/** Long enough for three or more messages on either platform. */
const summary: Summary = {
  date: '2026-03-09',
  sections: [
    {
      kind: 'declined',
      title: '问了但文件里没有',
      items: Array.from({ length: 10 }, (_, i) => {
        const question = `第${i + 1}个问题：${'迁移窗口定在哪天，谁来值班，回滚方案是什么？'.repeat(60 + i)}`;
        return { text: question, question, asked: i + 1 };
      }),
    },
  ],
};

/** Records what the sink reports; `failAt` makes that report throw, as when the claim was lost. */
function progress(skipParts: number, failAt?: number): DeliveryProgress & { reported: number[] } {
  const reported: number[] = [];
  return {
    skipParts,
    reported,
    async partSent(partsSent) {
      reported.push(partsSent);
      if (partsSent === failAt) throw new Error('the send was taken over by another instance');
    },
  };
}

/** The same three steps for either sink: a refused part, the resumed attempt, a lost claim. */
function resumeSpec(name: string, setup: () => { sink: SummarySink; parts: readonly string[]; chat: () => string; posted: (chat: string) => string[]; refuseNext: (chat: string) => void }) {
  describe(`${name} summary sink`, () => {
    let s: ReturnType<typeof setup>;
    before(() => {
      s = setup();
      assert.ok(s.parts.length >= 3, `the summary renders as ${s.parts.length} messages`);
    });

    it('reports each confirmed part, stops at a refused one, and the next attempt posts only the rest', async () => {
      const chat = s.chat();
      s.refuseNext(chat); // part 2 is refused
      const first = progress(0);
      const failed = await s.sink.deliver(chat, summary, first);
      assert.equal(failed.kind, 'failed');
      assert.deepEqual(first.reported, [1]);
      assert.deepEqual(s.posted(chat), s.parts.slice(0, 1));

      const resumed = progress(1);
      assert.deepEqual(await s.sink.deliver(chat, summary, resumed), { kind: 'delivered' });
      assert.deepEqual(resumed.reported, s.parts.map((_, i) => i + 1).slice(1));
      assert.deepEqual(s.posted(chat), s.parts, 'every part once, in order');
    });

    it('resumes after the last part recorded by a process that died (skipParts = 2)', async () => {
      const chat = s.chat();
      const resumed = progress(2);
      assert.deepEqual(await s.sink.deliver(chat, summary, resumed), { kind: 'delivered' });
      assert.deepEqual(s.posted(chat), s.parts.slice(2));
      assert.deepEqual(resumed.reported, s.parts.map((_, i) => i + 1).slice(2));
    });

    it('stops posting as soon as recording a part fails (the claim is lost)', async () => {
      const chat = s.chat();
      const lost = progress(0, 2);
      assert.equal((await s.sink.deliver(chat, summary, lost)).kind, 'failed');
      assert.deepEqual(lost.reported, [1, 2]);
      assert.deepEqual(s.posted(chat), s.parts.slice(0, 2), 'nothing after the part whose record failed');
    });
  });
}

let telegram: FakeTelegram;
let discord: FakeDiscord;
before(async () => {
  telegram = await FakeTelegram.start();
  discord = await FakeDiscord.start();
});
after(async () => {
  await telegram.stop();
  await discord.stop();
});

let telegramChat = 4700;
resumeSpec('Telegram', () => ({
  sink: createTelegramSink(new Telegram(TOKEN, { apiRoot: `${telegram.apiRoot}/` }), silentLogger(), { token: TOKEN }),
  parts: renderTelegram(summary, 'zh'),
  chat: () => String((telegramChat += 1)),
  posted: (chat) => telegram.sent(Number(chat)).map((m) => m.text),
  refuseNext: (chat) => {
    let seen = 0;
    telegram.failWhen('sendMessage', (body) => String(body.chat_id) === chat && (seen += 1) === 2, { status: 500 });
  },
}));

let discordChannel = 5_000_000_000_000_000n;
resumeSpec('Discord', () => {
  const rest = new REST({ api: discord.apiUrl }).setToken('discord-test-token-0123456789');
  const posts = (channel: string) => discord.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages` && r.status === 200);
  return {
    sink: createDiscordSink(rest),
    parts: renderDiscord(summary).map((payload) => JSON.stringify(toApiBody(payload))),
    chat: () => String((discordChannel += 1n)),
    posted: (channel) => posts(channel).map((r) => JSON.stringify(r.body)),
    refuseNext: (channel) => {
      let seen = 0;
      // 400 Invalid Form Body: discord.js does not retry it, the sink reports a failure (not "gone").
      discord.respondOnce((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channel}/messages` && (seen += 1) === 2, { status: 400, body: { code: 50035, message: 'Invalid Form Body' } });
    },
  };
});
