/**
 * Slash commands end to end: a real discord.js Client (startDiscord) talking
 * to the local fake Discord over 127.0.0.1, answering from the real core.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type APIEmbed } from 'discord.js';
import { parseCitationButtonId } from '../../../src/adapters/discord/custom-ids.js';
import { messages, paragraphHeading } from '../../../src/adapters/shared/messages.js';
import { type ReportCore } from '../../../src/core/core.js';
import { buttonPress, slashCommand } from '../../fakes/discord-interactions.js';
import { type RecordedRequest } from '../../fakes/discord-server.js';
import { shown } from './limits.js';
import { bodyOf, forToken, isCallback, isEditOriginal, isFollowUp, messageBodies, realQuestions, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;

describe('Discord slash commands (real client, fake Discord, real core)', () => {
  let h: Harness;
  let core: ReportCore;

  before(async () => {
    const real = await realQuestions();
    core = real.core;
    // As main.ts does: /help's examples are computed before the bot takes interactions.
    await Promise.all([core.examples('zh'), core.examples('en')]);
    h = await startHarness({ questions: real.questions });
  });
  after(async () => {
    await h.close();
  });

  /** Sends `/name …` and resolves with the interaction callback and (for deferred commands) the edit of @original. */
  async function run(name: string, values: Record<string, string | number>, options: { locale?: string } = {}): Promise<{ token: string; callback: RecordedRequest; sentAt: number }> {
    const sentAt = Date.now();
    const interaction = h.fake.interact(slashCommand(h.fake.ids, name, values, options));
    const token = String(interaction.token);
    const callback = await h.fake.waitForRequest((r) => isCallback(r) && forToken(token)(r));
    return { token, callback, sentAt };
  }

  const editOf = (token: string): Promise<RecordedRequest> => h.fake.waitForRequest((r) => isEditOriginal(r) && forToken(token)(r));
  const embedOf = (request: RecordedRequest): APIEmbed => (bodyOf(request).embeds as APIEmbed[])[0] ?? {};

  it('registers its six slash commands for the configured guild at start-up', async () => {
    const put = await h.fake.waitForRequest((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${h.fake.ids.guildId}/commands`));
    const commands = put.body as { name: string; default_member_permissions?: string | null }[];
    assert.deepEqual(commands.map((c) => c.name).sort(), ['ask', 'help', 'source', 'subscribe', 'summary', 'unsubscribe']);
    assert.equal(commands.find((c) => c.name === 'subscribe')?.default_member_permissions, '16', 'Manage Channels');
  });

  it('/ask is deferred within 3 s, then the original response is edited with an embed whose fields cite ¶N', async () => {
    const { token, callback, sentAt } = await run('ask', { question: '2025年人工智能核心产业规模有多大？' });
    assert.equal(bodyOf(callback).type, 5, 'DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE');
    assert.ok(callback.at - sentAt < 3_000, `deferred after ${callback.at - sentAt} ms`);
    const edit = await editOf(token);
    const embed = embedOf(edit);
    assert.match(embed.description ?? '', /1\.2万亿元/);
    assert.ok((embed.fields ?? []).length > 0);
    const title = core.documents[0]?.title ?? '';
    for (const field of embed.fields ?? []) assert.ok(field.name.startsWith(`${title} ¶`), `field named by document title and ¶N: ${field.name}`);
    const buttons = (bodyOf(edit).components as { components: { custom_id: string; label: string }[] }[]).flatMap((row) => row.components);
    assert.deepEqual(
      buttons.map((b) => /¶(\d+)$/.exec(b.label)?.[1]),
      (embed.fields ?? []).map((f) => /¶(\d+)/.exec(f.name)?.[1]),
    );
    for (const b of buttons) assert.match(b.custom_id, new RegExp(`^cite:${core.documents[0]?.key}:\\d+:\\d+$`));
    assert.equal(h.fake.requests.filter((r) => isFollowUp(r) && forToken(token)(r)).length, 0, 'edited, not followed up');
  });

  it('/ask with a counting question opens the embed with the number asked, in bold, and bolds it inside the quote', async () => {
    const { token } = await run('ask', { question: '国内企业推出了多少款人形机器人？' });
    const description = embedOf(await editOf(token)).description ?? '';
    assert.ok(description.startsWith('**300多款**'), description.slice(0, 80));
    assert.match(description, /国内企业推出\*\*300多款\*\*人形机器人/);
  });

  it('a citation button answers ephemerally with the whole paragraph and never edits the public answer', async () => {
    const { token } = await run('ask', { question: '2025年人工智能核心产业规模有多大？' });
    const edit = await editOf(token);
    const answer = edit.response as Record<string, unknown>;
    const [button] = (answer.components as { components: { custom_id: string; label: string }[] }[])[0]?.components ?? [];
    assert.ok(button);
    const ref = parseCitationButtonId(button.custom_id);
    assert.ok(ref);
    const editsBefore = h.fake.requests.filter((r) => r.method === 'PATCH').length;

    const press = h.fake.interact(buttonPress(h.fake.ids, button.custom_id, answer));
    const callback = await h.fake.waitForRequest((r) => isCallback(r) && forToken(String(press.token))(r));
    const body = bodyOf(callback);
    const data = body.data as { flags: number; embeds: APIEmbed[] };
    assert.equal(body.type, 4, 'CHANNEL_MESSAGE_WITH_SOURCE');
    assert.equal(data.flags & EPHEMERAL, EPHEMERAL);
    const source = core.source(ref);
    assert.equal(source.kind, 'paragraph');
    if (source.kind === 'paragraph') {
      assert.equal(source.paragraph.number, Number(/¶(\d+)$/.exec(button.label)?.[1]));
      assert.equal(shown(data.embeds[0]?.description ?? ''), source.paragraph.text);
    }
    assert.equal(h.fake.requests.filter((r) => r.method === 'PATCH').length, editsBefore, 'no edit after the press');
  });

  it('/source 3 shows ¶3 whole under its document title and headline', async () => {
    const { callback } = await run('source', { paragraph: '3' });
    const data = bodyOf(callback).data as { embeds: APIEmbed[]; flags?: number };
    const source = core.source(3);
    assert.equal(source.kind, 'paragraph');
    if (source.kind !== 'paragraph') return;
    assert.equal(shown(data.embeds[0]?.title ?? ''), paragraphHeading(source.paragraph));
    assert.equal(shown(data.embeds[0]?.description ?? ''), source.paragraph.text);
    assert.equal((data.flags ?? 0) & EPHEMERAL, 0, 'public');
  });

  it('/source report.txt#3 names the same paragraph as /source 3', async () => {
    const { callback } = await run('source', { paragraph: 'report.txt#3' });
    const data = bodyOf(callback).data as { embeds: APIEmbed[] };
    assert.equal(shown(data.embeds[0]?.description ?? ''), core.paragraphs[2]?.text);
  });

  it('/source 999 says which paragraphs exist, only to the asker', async () => {
    const { callback } = await run('source', { paragraph: '999' });
    const data = bodyOf(callback).data as { content: string; flags: number };
    assert.equal(data.content, `没有这个段落：report.txt 共有 ¶1–¶${core.paragraphs.length}。`);
    assert.equal(data.flags & EPHEMERAL, EPHEMERAL);
  });

  it('an empty question gets a short request for one', async () => {
    const { token } = await run('ask', { question: '   ' });
    assert.equal(bodyOf(await editOf(token)).content, messages.emptyQuestion('zh'));
  });

  it('a 10,000-character question is refused as too long', async () => {
    const { token } = await run('ask', { question: 'why '.repeat(2_500) });
    assert.equal(bodyOf(await editOf(token)).content, messages.tooLong('en', 1000));
  });

  it('a question the report does not cover is declined in its language', async () => {
    const { token } = await run('ask', { question: 'What is the best pizza topping in Naples?' });
    const reply = await core.ask('What is the best pizza topping in Naples?');
    assert.ok(reply.kind === 'declined' && reply.suggestions.length > 0);
    assert.equal(bodyOf(await editOf(token)).content, messages.declined('en', reply.suggestions));
  });

  it('/help answers ephemerally in the language of the Discord client, with example questions the core answers', async () => {
    for (const [locale, language] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
      const { callback } = await run('help', {}, { locale });
      const data = bodyOf(callback).data as { content: string; flags: number };
      const examples = (await core.examples(language)).map((e) => e.question);
      assert.ok(examples.length >= 2);
      assert.equal(data.content, messages.help(language, examples));
      assert.equal(data.flags & EPHEMERAL, EPHEMERAL);
    }
  });

  it('an unknown command (registered by an older version) gets a pointer to /help', async () => {
    const { callback } = await run('dance', {});
    assert.equal((bodyOf(callback).data as { content: string }).content, messages.unknownCommand('zh'));
  });

  it('every reply, edit and follow-up it sent carries allowed_mentions that allow no pings', () => {
    const bodies = messageBodies(h.fake);
    assert.ok(bodies.length >= 8);
    for (const body of bodies) assert.deepEqual(body.allowed_mentions, { parse: [], replied_user: false });
  });
});
