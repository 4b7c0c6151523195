/**
 * What people ask first, end to end over the fake Discord: /ask for an
 * overview gets the headlines with their key sentences quoted and a citation
 * button per paragraph (which opens it, ephemerally); a greeting gets one line.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type APIEmbed } from 'discord.js';
import { parseCitationButtonId } from '../../../src/adapters/discord/custom-ids.js';
import { messages } from '../../../src/adapters/shared/messages.js';
import { type ReportCore } from '../../../src/core/core.js';
import { buttonPress, slashCommand } from '../../fakes/discord-interactions.js';
import { assertWithinLimits, shown } from './limits.js';
import { bodyOf, forToken, isCallback, isEditOriginal, realQuestions, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;

describe('Discord: overview and greeting (real client, fake Discord, real core)', () => {
  let h: Harness;
  let core: ReportCore;
  before(async () => {
    const real = await realQuestions();
    core = real.core;
    h = await startHarness({ questions: real.questions });
  });
  after(async () => {
    await h.close();
  });

  async function ask(question: string, locale: string): Promise<Record<string, unknown>> {
    const interaction = h.fake.interact(slashCommand(h.fake.ids, 'ask', { question }, { locale }));
    const token = String(interaction.token);
    const edit = await h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(token)(r));
    return edit.response as Record<string, unknown>;
  }

  it('/ask “What is this report about?” edits in one embed: headlines in bold, key sentences quoted with ¶N, a button each', async () => {
    const message = await ask('What is this report about?', 'en-US');
    const payload = { content: String(message.content ?? ''), embeds: message.embeds as APIEmbed[], components: message.components as never, allowedMentions: { parse: [], repliedUser: false } as const };
    assertWithinLimits(payload);
    const description = shown(payload.embeds[0]?.description ?? '');
    assert.ok(description.startsWith(messages.overviewIntro('en')));
    const quotes = [...description.matchAll(/^> (.+) ¶(\d+)$/gm)];
    assert.ok(quotes.length >= 3, `${quotes.length} quotes`);
    for (const [, sentence, n] of quotes) assert.ok(core.paragraphs[Number(n) - 1]?.text.includes(sentence ?? '—'), `¶${n} holds it verbatim`);
    const headlines = [...description.matchAll(/^\*\*(.+)\*\*$/gm)].map((m) => m[1]);
    assert.ok(headlines.length >= 2);
    for (const [, , n] of quotes) assert.ok(headlines.includes(core.paragraphs[Number(n) - 1]?.headline), `¶${n} sits under its headline`);
    const buttons = (message.components as { components: { custom_id: string; label: string }[] }[]).flatMap((row) => row.components);
    // One document: quotes end in ¶N; buttons carry its key and read `title ¶N`.
    const key = core.documents[0]?.key;
    assert.deepEqual(new Set(buttons.map((b) => parseCitationButtonId(b.custom_id))), new Set(quotes.map(([, , n]) => `${key}#${n}`)));
    for (const b of buttons) assert.match(b.label, /¶\d+$/);

    const [button] = buttons;
    assert.ok(button);
    const press = h.fake.interact(buttonPress(h.fake.ids, button.custom_id, message));
    const callback = await h.fake.waitForRequest((r) => isCallback(r) && forToken(String(press.token))(r));
    const data = bodyOf(callback).data as { flags: number; embeds: APIEmbed[] };
    assert.equal(data.flags & EPHEMERAL, EPHEMERAL);
    assert.equal(shown(data.embeds[0]?.description ?? ''), core.paragraphs[Number(parseCitationButtonId(button.custom_id)?.split('#')[1]) - 1]?.text);
  });

  it('/ask “你好” gets one friendly line in Chinese', async () => {
    const message = await ask('你好', 'zh-CN');
    assert.equal(message.content, messages.greeting('zh'));
    assert.deepEqual(message.embeds, []);
  });
});
