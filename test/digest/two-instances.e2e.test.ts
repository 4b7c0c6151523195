/**
 * Issue 10, point 3, literally: two real `npm start` processes (src/main.ts)
 * in Telegram webhook mode over one PostgreSQL, against the Telegram emulator.
 * Each chat's daily summary (three messages or more) is posted exactly once between
 * them; when the process holding a send is killed with SIGKILL while part 2 is
 * in flight (Telegram stored it, the answer never came), the other takes the
 * claim over once it has expired and posts parts 2 and 3 — nothing is lost,
 * and only a part in flight at the kill appears twice. The bots' declined
 * questions land in the same database, where `npm run gaps` reads them.
 *
 * The processes tick every second (DIGEST_TICK_SECONDS=1) and a claim expires
 * after 12 s (DIGEST_CLAIM_TIMEOUT_SECONDS=12; a send gives up on a silent platform after
 * 6 s, so the kill comes well before that), so the tests take about a minute after start-up.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openPostgresStore } from '../../src/digest/pg-store.js';
import { questionKey } from '../../src/digest/questions.js';
import { type DigestStore } from '../../src/digest/store.js';
import { FakeTelegram, freePort, privateChat, type RecordedCall, text, TOKEN, user } from '../fakes/telegram-server.js';
import { type BotProcess, startBotProcess, until } from '../helpers/bot-process.js';
import { projectRoot } from '../helpers/core.js';
import { databaseUrl, dropSchemas, freshSchema, postgresSkip } from '../helpers/services.js';

const run = promisify(execFile);
const SECRET = 'two-instances_secret';
const CLAIM_TIMEOUT_SECONDS = 12;
/** Five long declined questions per chat make the summary three Telegram messages (4096 characters each). */
const DECLINED = Array.from({ length: 5 }, (_, i) => `第${i + 1}个问题：${'下周团建去哪里吃饭，预算多少，谁来负责订位和交通安排？'.repeat(70)}`);

const skip = await postgresSkip();

describe('two npm start processes over one PostgreSQL (Telegram webhook mode)', { skip }, () => {
  const schema = freshSchema('two_instances');
  // Both processes use this schema through libpq's `options` (the bot itself uses the URL as given).
  const url = `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let fake: FakeTelegram;
  let store: DigestStore;
  let db: pg.Client;
  const bots = new Map<string, BotProcess & { hook: string }>();
  /** Subscriptions are due one minute ago (UTC), so the first tick after seeding owes them. */
  const due = new Date(Date.now() - 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  let canonical: string[] = [];

  before(async () => {
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(`CREATE SCHEMA ${schema}`);
    fake = await FakeTelegram.start();
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const bot = startBotProcess({
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRootFor(name),
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_WEBHOOK_PORT: String(port),
        DATABASE_URL: url,
        DIGEST_TICK_SECONDS: '1',
        DIGEST_CLAIM_TIMEOUT_SECONDS: String(CLAIM_TIMEOUT_SECONDS),
        WATCH_DOCUMENTS: 'false',
        LOG_LEVEL: 'info',
      });
      bots.set(name, { ...bot, hook: `http://127.0.0.1:${port}/hook` });
    }
    for (const [name, bot] of bots) {
      await until(() => {
        if (bot.child.exitCode !== null) throw new Error(`process ${name} exited at start-up: ${bot.err().slice(-1500)}`);
        return bot.err().includes('"msg":"bot started"');
      }, `process ${name} to start`, 400_000);
    }
    store = await openPostgresStore({ url: databaseUrl, schema });
  });

  after(async () => {
    for (const bot of bots.values()) bot.child.kill('SIGKILL');
    await Promise.all([...bots.values()].map((bot) => bot.exited));
    await store?.close();
    await db?.end();
    await fake?.stop();
    await dropSchemas([schema]);
  });

  /** Chats subscribed at `time` UTC (set an hour ago), each with the same declined questions. */
  async function subscribe(chatIds: number[]): Promise<void> {
    const before = new Date(Date.now() - 3_600_000);
    const asked = Date.now() - 1_800_000;
    for (const chatId of chatIds) {
      // One second apart, the same in every chat: declined questions asked equally often are listed latest first, so every chat's summary is the same.
      for (const [i, question] of DECLINED.entries()) {
        await store.logQuestion({ platform: 'telegram', chatId: String(chatId), askedAt: new Date(asked + i * 1000), question, key: questionKey(question), paragraphs: [], declined: true });
      }
    }
    for (const chatId of chatIds) await store.upsertSubscription({ platform: 'telegram', chatId: String(chatId), time, timezone: 'UTC' }, before);
  }

  async function sends(chatIds: number[]): Promise<Map<string, { status: string; partsSent: number; attempts: number }>> {
    const { rows } = await db.query<{ chat_id: string; status: string; parts_sent: number; attempts: number }>(
      `SELECT s.chat_id, se.status, se.parts_sent, se.attempts FROM ${schema}.sends se JOIN ${schema}.subscriptions s ON s.id = se.subscription_id WHERE s.chat_id = ANY($1)`,
      [chatIds.map(String)],
    );
    return new Map(rows.map((r) => [r.chat_id, { status: r.status, partsSent: r.parts_sent, attempts: r.attempts }]));
  }

  async function allSent(chatIds: number[]): Promise<boolean> {
    const rows = await sends(chatIds);
    return chatIds.every((id) => rows.get(String(id))?.status === 'sent');
  }

  const summaryCalls = (chatId: number): RecordedCall[] => fake.callsOf('sendMessage').filter((call) => String(call.body.chat_id) === String(chatId));
  const received = (chatId: number): string[] => fake.sent(chatId).map((m) => m.text);

  it('post each chat its multi-part summary exactly once between them', async () => {
    const chats = Array.from({ length: 12 }, (_, i) => 7001 + i);
    await subscribe(chats); // both processes tick every second: they race for every claim
    await until(() => allSent(chats), 'every summary to be recorded as sent', 90_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a duplicate would show up by now

    canonical = received(chats[0] as number);
    assert.ok(canonical.length >= 3, `a summary of three parts or more: ${canonical.map((t) => t.length).join(', ')} characters`);
    assert.match(canonical[0] ?? '', /报告摘要/);
    for (const chat of chats) assert.deepEqual(received(chat), canonical, `chat ${chat} got every part once, in order`);
    const rows = await sends(chats);
    assert.ok(chats.every((id) => rows.get(String(id))?.partsSent === canonical.length && rows.get(String(id))?.attempts === 1), JSON.stringify([...rows]));
    // Each chat's parts came from one process.
    for (const chat of chats) assert.equal(new Set(summaryCalls(chat).map((c) => c.instance)).size, 1);
  });

  it('log declined questions in PostgreSQL from either process, and `npm run gaps` over DATABASE_URL lists them', async () => {
    const chat = privateChat(9001);
    const asked = [
      ['a', 'What is the best pizza topping in Naples?'],
      ['b', 'What is the best pizza topping in Naples'],
      ['b', '公司年会的抽奖奖品是什么？'],
    ] as const;
    for (const [n, [name, question]] of asked.entries()) {
      assert.equal(await fake.deliverToWebhook(text(chat, user(9001), question), SECRET, bots.get(name)?.hook), 200);
      await fake.waitForMessages(chat.id, n + 1, { timeoutMs: 60_000 });
    }
    assert.deepEqual(new Set(fake.callsOf('sendMessage').filter((c) => c.body.chat_id === 9001 || c.body.chat_id === '9001').map((c) => c.instance)), new Set(['a', 'b']), 'both processes answered');
    await until(async () => Number((await db.query(`SELECT count(*) AS n FROM ${schema}.questions WHERE chat_id = '9001'`)).rows[0]?.n) === 3, 'the question log lines');

    const { stdout } = await run('npm', ['run', '--silent', 'gaps', '--', '--json'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url, DOTENV_CONFIG_PATH: '/nonexistent.env', DATABASE_PATH: '/nonexistent/bot.db' },
      timeout: 60_000,
    });
    const report = JSON.parse(stdout) as { declined: { question: string; asked: number }[] };
    const counts = new Map(report.declined.map((d) => [d.question.replace(/[?？]$/, ''), d.asked]));
    assert.equal(counts.get('What is the best pizza topping in Naples'), 2, stdout);
    assert.equal(counts.get('公司年会的抽奖奖品是什么'), 1, stdout);
    assert.equal(counts.get((DECLINED[0] as string).replace(/？$/, '')), 12, 'the questions seeded for the first test, once per chat');
  });

  it('SIGKILL while part 2 is in flight: the other process resumes the send once the claim expires, repeating only parts in flight at the kill', async () => {
    assert.ok(canonical.length >= 3, 'needs the first test');
    const chats = Array.from({ length: 6 }, (_, i) => 8001 + i);
    const victim = chats[0] as number;
    let seen = 0;
    // Telegram stores the victim's part 2 but its answer never arrives: in flight when the sender dies.
    fake.failWhen('sendMessage', (body) => String(body.chat_id) === String(victim) && (seen += 1) === 2, { acceptThenHang: true });
    await subscribe(chats);

    await until(() => summaryCalls(victim).length >= 2, 'part 2 of the victim chat to be sent', 90_000);
    const hung = summaryCalls(victim)[1] as RecordedCall;
    const killedName = hung.instance as string;
    const survivorName = killedName === 'a' ? 'b' : 'a';
    const killed = bots.get(killedName) as BotProcess;
    const survivor = bots.get(survivorName) as BotProcess;
    killed.child.kill('SIGKILL');
    await killed.exited;
    assert.equal(killed.child.signalCode, 'SIGKILL');

    await until(() => allSent(chats), () => `every summary sent: ${survivor.err().slice(-1500)}`, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    // The victim: parts 1, 2, 2, 3… — part 2 was in flight; the repeat came from the survivor, after the claim expired.
    assert.deepEqual(received(victim), [canonical[0], ...canonical.slice(1, 2), ...canonical.slice(1)]);
    const calls = summaryCalls(victim);
    assert.deepEqual(calls.map((c) => c.instance), [killedName, killedName, ...canonical.slice(1).map(() => survivorName)]);
    const waited = (calls[2] as RecordedCall).at - hung.at;
    assert.ok(waited >= (CLAIM_TIMEOUT_SECONDS * 1000) / 2, `resumed ${waited} ms after the kill: not before the claim expired`);
    assert.ok(survivor.logs().some((l) => l.msg === 'resuming a send interrupted by a stopped process' && l.chat === String(victim)));

    // Every other chat: all three parts in order; a part twice only if it was the killed process's last post there.
    for (const chat of chats.slice(1)) {
      const got = received(chat);
      if (got.length === canonical.length) {
        assert.deepEqual(got, canonical, `chat ${chat}`);
        continue;
      }
      const repeated = got.findIndex((part, i) => i > 0 && part === got[i - 1]);
      assert.deepEqual(got.filter((_, i) => i !== repeated), canonical, `chat ${chat}: every part, one repeat at most`);
      const lastOfKilled = summaryCalls(chat).filter((c) => c.instance === killedName).at(-1);
      assert.equal(lastOfKilled?.body.text, got[repeated], `chat ${chat}: the repeated part was in flight at the kill`);
    }
    const rows = await sends(chats);
    assert.deepEqual(rows.get(String(victim)), { status: 'sent', partsSent: canonical.length, attempts: 2 });
    assert.ok(chats.every((id) => rows.get(String(id))?.partsSent === canonical.length));
  });
});
