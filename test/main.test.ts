import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FakeDiscord } from './fakes/discord-server.js';
import { slashCommand } from './fakes/discord-interactions.js';
import { FakeTelegram, freePort, privateChat, text, TOKEN, user } from './fakes/telegram-server.js';
import { scrape, valueOf } from './http/exposition.js';
import pg from 'pg';
import { startBotProcess, until } from './helpers/bot-process.js';
import { projectRoot, testCoreConfig } from './helpers/core.js';
import { databaseUrl, dropSchemas, freshSchema, postgresSkip } from './helpers/services.js';

const { indexDir } = testCoreConfig();

const start = startBotProcess;

describe('npm start', () => {
  it('with no tokens opens the console chat over the core, and exit quits', async () => {
    const app = start({});
    app.child.stdin.write('优必选计划在2026年实现多少人形机器人产能？\n/source 2\n/nonsense\nexit\n');
    const code = await app.exited;
    assert.equal(code, 0, app.err());
    assert.match(app.out(), /万台级/);
    assert.match(app.out(), /¶2 · 工信部召开/);
    assert.match(app.out(), /不认识这个命令/);
  });

  it('quits on Ctrl-D (end of input) too', async () => {
    const app = start({});
    app.child.stdin.end('How big was the core AI industry in 2025?\n');
    assert.equal(await app.exited, 0);
    assert.match(app.out(), /1\.2万亿元/);
  });

  it('refuses a half-configured Discord bot with a sentence saying what to set', async () => {
    const app = start({ DISCORD_TOKEN: 'x'.repeat(30) });
    assert.equal(await app.exited, 2);
    assert.match(app.err(), /DISCORD_CLIENT_ID is empty — copy the Application ID/);
    assert.doesNotMatch(app.err(), /\n\s+at /);
  });

  it('stops with one sentence, not a stack trace, when Telegram refuses the token', async () => {
    const fake = await FakeTelegram.start();
    fake.failWhen('getMe', () => true, { status: 401, description: 'Unauthorized' });
    const app = start({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot });
    try {
      assert.equal(await app.exited, 1, app.err());
      const last = app.err().trim().split('\n').pop() ?? '';
      assert.match(last, /^Telegram: getMe failed \(401 Unauthorized\) — check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT/);
      assert.doesNotMatch(app.err(), /\n\s+at /);
      assert.ok(!app.err().includes(TOKEN.split(':')[1] as string), 'the token never reaches a log line');
    } finally {
      app.child.kill('SIGKILL');
      await fake.stop();
    }
  });

  it('runs the Telegram bot, answers, and on SIGTERM finishes and exits within 10 s', async () => {
    const fake = await FakeTelegram.start();
    const app = start({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'info' });
    try {
      await until(() => app.err().includes('"msg":"bot started"'), 'the bot to start');
      const chat = privateChat(4242);
      await fake.send(text(chat, user(4242), '“人工智能+制造”被怎样形容？'));
      const [reply] = await fake.waitForMessages(chat.id, 1, { timeoutMs: 20_000 });
      assert.match(reply?.text ?? '', /必答题/);
      const stopping = Date.now();
      app.child.kill('SIGTERM');
      assert.equal(await app.exited, 0);
      assert.ok(Date.now() - stopping < 10_000, `exited after ${Date.now() - stopping} ms`);
      assert.ok(!app.err().includes(TOKEN.split(':')[1] as string), 'the token never reaches a log line');
    } finally {
      app.child.kill('SIGKILL');
      await fake.stop();
    }
  });

  it('with HTTP_PORT, /healthz says 503 "loading" while the core loads, 200 once the bot runs, and /metrics counts its answers', async () => {
    const fake = await FakeTelegram.start();
    const port = await freePort();
    const app = start({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, HTTP_PORT: String(port), LOG_LEVEL: 'info' });
    try {
      // Probe from the moment the process starts, as a load balancer would: refused, then 503, then 200.
      const seen: { status: number; body: { status: string; reason?: string } }[] = [];
      const deadline = Date.now() + 60_000;
      while (seen.at(-1)?.status !== 200) {
        if (Date.now() > deadline) throw new Error(`/healthz never turned 200: ${JSON.stringify(seen.slice(-3))}\n${app.err()}`);
        const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (response) seen.push({ status: response.status, body: (await response.json()) as { status: string; reason?: string } });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal(seen[0]?.status, 503, 'the first answer comes while the core is still loading');
      assert.deepEqual(seen[0]?.body, { status: 'loading', reason: 'loading the model and building the index' });
      assert.ok(app.err().includes('bot started'), 'ready only once the bot runs');

      const chat = privateChat(4343);
      await fake.send(text(chat, user(4343), '“人工智能+制造”被怎样形容？'));
      await fake.waitForMessages(chat.id, 1, { timeoutMs: 20_000 });
      const { samples } = await scrape(port);
      assert.equal(valueOf(samples, 'reportbot_questions_total', { platform: 'telegram', kind: 'answer' }), 1);
      assert.ok(valueOf(samples, 'reportbot_index_passages') > 0);

      app.child.kill('SIGTERM');
      assert.equal(await app.exited, 0);
    } finally {
      app.child.kill('SIGKILL');
      await fake.stop();
    }
  });

  it('runs Discord and Telegram in one process over one core, and SIGINT stops both within 10 s', async () => {
    const telegram = await FakeTelegram.start();
    const discord = await FakeDiscord.start();
    const app = start({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_TOKEN: 'discord-test-token-0123456789',
      DISCORD_CLIENT_ID: discord.ids.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: 'info',
    });
    try {
      await until(() => app.err().includes('"msg":"bot started"'), 'both bots to start');
      assert.match(app.err(), /"adapters":\["discord","telegram"\]/);
      assert.ok((app.err().match(/building the dense index/g) ?? []).length <= 1, 'one core for both bots: the index is opened once');

      const interaction = discord.interact(slashCommand(discord.ids, 'ask', { question: '抓载体要建设什么样的园区？' }));
      const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(String(interaction.token)) && r.path.endsWith('@original'), 20_000);
      assert.match(JSON.stringify(edit.body), /零碳园区/);

      const chat = privateChat(5151);
      await telegram.send(text(chat, user(5151), '抓载体要建设什么样的园区？'));
      const [reply] = await telegram.waitForMessages(chat.id, 1, { timeoutMs: 20_000 });
      assert.match(reply?.text ?? '', /零碳园区/);

      const stopping = Date.now();
      app.child.kill('SIGINT');
      assert.equal(await app.exited, 0);
      assert.ok(Date.now() - stopping < 10_000, `exited after ${Date.now() - stopping} ms`);
      assert.ok(!app.err().includes('discord-test-token-0123456789'), 'the Discord token never reaches a log line');
    } finally {
      app.child.kill('SIGKILL');
      await discord.stop();
      await telegram.stop();
    }
  });

  /** A data folder holding a copy of the report, and an index folder started from the shared test index (no embedding again). */
  function liveFolders(): { work: string; dataDir: string; liveIndex: string } {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'main-live-'));
    const dataDir = path.join(work, 'data');
    const liveIndex = path.join(work, 'index');
    fs.mkdirSync(dataDir);
    fs.copyFileSync(path.join(projectRoot, 'data/report.txt'), path.join(dataDir, 'report.txt'));
    if (fs.existsSync(indexDir)) fs.cpSync(indexDir, liveIndex, { recursive: true });
    return { work, dataDir, liveIndex };
  }
  const LIVE_QUESTION = '牦牛合作社今年新建了几座冷库？';
  const LIVE_NOTE = '# 高原合作社简报\n\n青藏高原的牦牛合作社今年新建了三座冷库，冷库由合作社社员共同出资建设。\n';

  it('answers in the console chat from a document added to the data folder while it runs', async () => {
    const { work, dataDir, liveIndex } = liveFolders();
    const app = start({ LOG_LEVEL: 'info', DATA_DIR: dataDir, INDEX_DIR: liveIndex, WATCH_DEBOUNCE_MS: '200' });
    try {
      app.child.stdin.write(`${LIVE_QUESTION}\n`);
      await until(() => /没有说到|doesn't say|not in the documents/i.test(app.out()), `the first answer: ${app.out().slice(-1000)}`, 120_000);
      assert.doesNotMatch(app.out(), /三座冷库/, 'not in the documents yet');
      fs.writeFileSync(path.join(dataDir, 'notes.md'), LIVE_NOTE);
      const added = Date.now();
      await until(() => app.err().includes('documents changed: now answering from the new set'), `the new document to be indexed: ${app.err().slice(-2000)}`, 30_000);
      app.child.stdin.write(`${LIVE_QUESTION}\n`);
      await until(() => /三座冷库/.test(app.out()), `the second answer: ${app.out().slice(-1000)}`, 20_000);
      assert.match(app.out(), /notes\.md|高原合作社简报/, 'cited by the new document');
      assert.ok(Date.now() - added < 30_000, `answered ${Date.now() - added} ms after the file was written`);
      app.child.stdin.write('exit\n');
      assert.equal(await app.exited, 0);
    } finally {
      app.child.kill('SIGKILL');
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('answers in Telegram and Discord from a document added to the data folder while the bot runs', async () => {
    const { work, dataDir, liveIndex } = liveFolders();
    const fake = await FakeTelegram.start();
    const discord = await FakeDiscord.start();
    const app = start({
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot,
      DISCORD_TOKEN: 'discord-test-token-0123456789', DISCORD_CLIENT_ID: discord.ids.applicationId, DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: 'info', DATA_DIR: dataDir, INDEX_DIR: liveIndex, WATCH_DEBOUNCE_MS: '200',
    });
    try {
      await until(() => app.err().includes('"msg":"bot started"'), 'the bot to start', 120_000);
      const chat = privateChat(6262);
      const question = LIVE_QUESTION;
      await fake.send(text(chat, user(6262), question));
      const [first] = await fake.waitForMessages(chat.id, 1, { timeoutMs: 20_000 });
      assert.doesNotMatch(first?.text ?? '', /三座冷库/, 'not in the documents yet');

      fs.writeFileSync(path.join(dataDir, 'notes.md'), LIVE_NOTE);
      const added = Date.now();
      await until(() => app.err().includes('documents changed: now answering from the new set'), `the new document to be indexed: ${app.err().slice(-2000)}`, 30_000);
      await fake.send(text(chat, user(6262), question));
      const replies = await fake.waitForMessages(chat.id, 2, { timeoutMs: 20_000 });
      assert.match(replies[1]?.text ?? '', /三座冷库/);
      // The Discord adapter in the same process answers from the same new snapshot.
      const interaction = discord.interact(slashCommand(discord.ids, 'ask', { question }));
      const edit = await discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(String(interaction.token)) && r.path.endsWith('@original'), 20_000);
      assert.match(JSON.stringify(edit.body), /三座冷库/);
      assert.ok(Date.now() - added < 30_000, `answered ${Date.now() - added} ms after the file was written`);
      app.child.kill('SIGTERM');
      assert.equal(await app.exited, 0);
    } finally {
      app.child.kill('SIGKILL');
      await discord.stop();
      await fake.stop();
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});


/** One line on stderr, exit status 2, no stack trace. */
async function refusesToStart(env: Record<string, string>, message: RegExp): Promise<void> {
  const app = start(env);
  assert.equal(await app.exited, 2, app.err());
  assert.match(app.err(), message);
  assert.equal(app.err().trim().split('\n').length, 1, app.err());
  assert.doesNotMatch(app.err(), /\n\s+at /);
}

describe('npm start with DATABASE_URL', () => {
  const skipPostgres = postgresSkip();
  const withUrl = (change: (url: URL) => void): string => {
    const url = new URL(databaseUrl);
    change(url);
    return url.toString();
  };

  it('refuses a URL that is not PostgreSQL, naming the expected form', async () => {
    await refusesToStart({ DATABASE_URL: 'mysql://bot:pw@127.0.0.1/bot' }, /^Config: DATABASE_URL starts with "mysql:\/\/" but must start with postgres:\/\/ or postgresql:\/\//);
  });

  it('stops at once when the server is unreachable, saying to start it or fix host and port', async () => {
    const port = await freePort();
    await refusesToStart({ DATABASE_URL: `postgres://bot:pw@127.0.0.1:${port}/bot` }, new RegExp(`^Database: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\) — start the server or fix the host and port in DATABASE_URL`));
  });

  it('names a wrong password and a missing database', async (t) => {
    const skip = await skipPostgres;
    if (skip) return t.skip(skip);
    await Promise.all([
      refusesToStart({ DATABASE_URL: withUrl((u) => (u.password = 'wrong-password')) }, /^Database: PostgreSQL refused the password for user "[^"]+" — fix the user and password in DATABASE_URL/),
      refusesToStart({ DATABASE_URL: withUrl((u) => (u.pathname = '/no_such_database')) }, /^Database: the database "no_such_database" does not exist on 127\.0\.0\.1:\d+ — create it \(createdb no_such_database\) or fix its name in DATABASE_URL/),
    ]);
  });

  it('over a reachable PostgreSQL answers in the console chat and logs the question there', async (t) => {
    const skip = await skipPostgres;
    if (skip) return t.skip(skip);
    // Its own schema (libpq `options` in the URL): the shared test database's public schema may belong to another checkout's version.
    const schema = freshSchema('main');
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    t.after(() => dropSchemas([schema]));
    const app = start({ DATABASE_URL: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}` });
    app.child.stdin.end('How big was the core AI industry in 2025?\n');
    assert.equal(await app.exited, 0, app.err());
    assert.match(app.out(), /1\.2万亿元/);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.questions WHERE platform = 'console' AND question = 'How big was the core AI industry in 2025?'`);
      assert.ok(Number(rows[0]?.n) >= 1, 'the question log is in PostgreSQL');
    } finally {
      await client.end();
    }
  });
});
