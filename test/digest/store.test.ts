/**
 * The store contract, run over SQLite and the real PostgreSQL alike: both
 * must keep one subscription per chat, let exactly one caller claim a day,
 * keep per-part progress for the claim holder only, and log questions.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { migrations, schemaVersion } from '../../src/digest/migrations.js';
import { pgMigrations, pgSchemaVersion } from '../../src/digest/pg-migrations.js';
import { openPostgresStore } from '../../src/digest/pg-store.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { type Chat, type DigestStore } from '../../src/digest/store.js';
import { databaseUrl, dropSchemas, freshSchema, postgresSkip } from '../helpers/services.js';
import { at, tempDir } from './helpers.js';
import { storeKinds } from './stores.js';

const kinds = await storeKinds('store');
after(async () => {
  for (const kind of kinds) await kind.cleanup();
});
const chat = { platform: 'telegram' as const, chatId: '-100' };
const sub = { ...chat, time: '09:00', timezone: 'Asia/Shanghai' };

for (const kind of kinds) {
  describe(`store (${kind.name}): subscriptions`, { skip: kind.skip }, () => {
    it('keeps one row per chat: subscribing again updates it, and a second handle sees it', async () => {
      const { store, reopen } = await kind.fresh();
      const first = await store.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
      const second = await store.upsertSubscription({ ...chat, time: '10:00', timezone: 'Europe/Berlin' }, at('2026-01-02T00:00:00Z'));
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.subscription.id, first.subscription.id);
      assert.equal(second.subscription.createdAt.toISOString(), '2026-01-01T00:00:00.000Z');
      assert.equal(second.subscription.updatedAt.toISOString(), '2026-01-02T00:00:00.000Z');
      const other = await reopen();
      assert.deepEqual((await other.activeSubscriptions()).map((s) => [s.time, s.timezone, s.active]), [['10:00', 'Europe/Berlin', true]]);
      assert.equal(await store.deactivate(chat, 'unsubscribed', at('2026-01-03T00:00:00Z')), true);
      assert.equal(await store.deactivate(chat, 'unsubscribed', at('2026-01-03T00:00:00Z')), false, 'already inactive');
      assert.equal((await store.activeSubscriptions()).length, 0);
      assert.equal((await other.getSubscription(chat))?.deactivatedReason, 'unsubscribed');
      assert.equal((await store.getSubscriptionById(first.subscription.id))?.active, false);
      const again = await store.upsertSubscription(sub, at('2026-01-04T00:00:00Z'));
      assert.deepEqual([again.created, again.subscription.active, again.subscription.deactivatedReason], [false, true, undefined]);
    });

    it('records the documents a subscription has seen, updating a changed hash', async () => {
      const { store } = await kind.fresh();
      const { subscription } = await store.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
      await store.setSeenDocuments(subscription.id, [{ name: 'b.txt', hash: '1' }, { name: 'a.txt', hash: '2' }], at('2026-01-01T00:00:00Z'));
      await store.setSeenDocuments(subscription.id, [{ name: 'b.txt', hash: '3' }], at('2026-01-02T00:00:00Z'));
      await store.setSeenDocuments(subscription.id, [], at('2026-01-02T00:00:00Z'));
      assert.deepEqual(await store.seenDocuments(subscription.id), [{ name: 'a.txt', hash: '2' }, { name: 'b.txt', hash: '3' }]);
    });
  });

  describe(`store (${kind.name}): the day’s send claim`, { skip: kind.skip }, () => {
    it('lets exactly one caller claim a subscription’s day, even 10 racing over two handles', async () => {
      const { store, reopen } = await kind.fresh();
      const other = await reopen();
      const { subscription } = await store.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
      const due = at('2026-01-10T01:00:00Z');
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? store : other).claimSend(subscription.id, '2026-01-10', due, due)));
      const won = claims.filter((c) => c !== undefined);
      assert.equal(won.length, 1);
      assert.deepEqual([won[0]?.status, won[0]?.attempts, won[0]?.partsSent, won[0]?.prepared], ['claimed', 1, 0, undefined]);
      assert.ok(await store.claimSend(subscription.id, '2026-01-11', at('2026-01-11T01:00:00Z'), at('2026-01-11T01:00:00Z')), 'the next day is its own claim');
    });

    it('lets exactly one caller re-claim a failed send, and ignores a superseded attempt’s failure', async () => {
      const { store } = await kind.fresh();
      const { subscription } = await store.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
      const first = await store.claimSend(subscription.id, '2026-01-10', at('2026-01-10T01:00:00Z'), at('2026-01-10T01:00:00Z'));
      assert.ok(first);
      await store.markFailed(first, 'timeout', at('2026-01-10T01:01:00Z'));
      assert.deepEqual(await store.resumableSends(at('2026-01-10T01:00:30Z'), at('2026-01-10T00:50:00Z'), 5), [], 'not before its retry time');
      const [pending] = await store.resumableSends(at('2026-01-10T01:01:00Z'), at('2026-01-10T00:50:00Z'), 5);
      assert.ok(pending);
      assert.equal(pending.lastError, 'timeout');
      const [winner, loser] = await Promise.all([store.reclaimSend(pending, at('2026-01-10T01:01:00Z')), store.reclaimSend(pending, at('2026-01-10T01:01:00Z'))]);
      assert.equal([winner, loser].filter((s) => s !== undefined).length, 1, 'one re-claim wins');
      const won = (winner ?? loser)!;
      assert.equal(won.attempts, 2);

      await store.markSent(won.id, at('2026-01-10T01:01:05Z'), at('2026-01-10T01:01:00Z'), [{ name: 'report.txt', hash: 'abc' }]);
      await store.markFailed(first, 'late answer from attempt 1', undefined);
      const send = await store.getSend(subscription.id, '2026-01-10');
      assert.deepEqual([send?.status, send?.attempts, send?.sentAt?.toISOString()], ['sent', 2, '2026-01-10T01:01:05.000Z']);
      assert.deepEqual(await store.seenDocuments(subscription.id), [{ name: 'report.txt', hash: 'abc' }]);
      assert.equal((await store.lastSummary(subscription.id))?.coveredUntil.toISOString(), '2026-01-10T01:01:00.000Z');
    });

    it('offers a claim left by a dead process once it is stale, and only for active subscriptions', async () => {
      const { store } = await kind.fresh();
      const { subscription } = await store.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
      const claim = await store.claimSend(subscription.id, '2026-01-10', at('2026-01-10T01:00:00Z'), at('2026-01-10T01:00:00Z'));
      assert.ok(claim);
      assert.deepEqual(await store.resumableSends(at('2026-01-10T01:05:00Z'), at('2026-01-10T00:55:00Z'), 5), [], 'still fresh');
      const [stale] = await store.resumableSends(at('2026-01-10T01:11:00Z'), at('2026-01-10T01:01:00Z'), 5);
      assert.equal(stale?.id, claim.id);
      await store.deactivate(chat, 'unsubscribed', at('2026-01-10T01:12:00Z'));
      assert.deepEqual(await store.resumableSends(at('2026-01-10T01:13:00Z'), at('2026-01-10T01:03:00Z'), 5), []);
    });

    it('keeps the prepared summary and per-part progress for the claim holder only', async () => {
      const { store, reopen } = await kind.fresh();
      const { subscription } = await store.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
      const first = await store.claimSend(subscription.id, '2026-01-10', at('2026-01-10T01:00:00Z'), at('2026-01-10T01:00:00Z'));
      assert.ok(first);
      assert.equal(await store.prepareSend(first, '{"parts":3}'), true);
      assert.equal(await store.prepareSend(first, '{"parts":4}'), false, 'composed once: a resumed send posts the same parts');
      assert.equal(await store.recordPartsSent(first, 1), true);
      assert.equal(await store.recordPartsSent(first, 2), true);

      // The process dies; another takes the stale claim over and sees where it stopped.
      const other = await reopen();
      const [stale] = await other.resumableSends(at('2026-01-10T01:20:00Z'), at('2026-01-10T01:10:00Z'), 5);
      assert.deepEqual([stale?.partsSent, stale?.prepared], [2, '{"parts":3}']);
      const second = await other.reclaimSend(stale!, at('2026-01-10T01:20:00Z'));
      assert.deepEqual([second?.attempts, second?.partsSent, second?.prepared], [2, 2, '{"parts":3}']);
      assert.equal(await store.recordPartsSent(first, 3), false, 'the superseded holder can no longer record progress');
      assert.equal(await other.recordPartsSent(second!, 3), true);
      await other.markSent(second!.id, at('2026-01-10T01:20:01Z'), at('2026-01-10T01:20:00Z'), []);
      assert.equal(await other.recordPartsSent(second!, 4), false, 'no progress after sent');
      const done = await store.getSend(subscription.id, '2026-01-10');
      assert.deepEqual([done?.status, done?.partsSent], ['sent', 3]);
    });
  });

  describe(`store (${kind.name}): the question log`, { skip: kind.skip }, () => {
    it('logs questions with their paragraphs and short answer (document, title, ¶), per chat and time window', async () => {
      const { store } = await kind.fresh();
      const other = { platform: 'discord' as const, chatId: '-100' };
      const id1 = await store.logQuestion({ ...chat, askedAt: at('2026-01-10T01:00:00Z'), question: '产能多少？', key: '产能多少', paragraphs: [2, 5] });
      await store.setAnswer(id1, { text: '万台级', paragraph: 2, document: 'weekly/2026-w02.pdf', title: '第二周周报' });
      await store.logQuestion({ ...chat, askedAt: at('2026-01-10T02:00:00Z'), question: 'Who?', key: 'who', paragraphs: [] });
      await store.logQuestion({ ...other, askedAt: at('2026-01-10T01:30:00Z'), question: 'elsewhere', key: 'elsewhere', paragraphs: [1] });
      await store.logQuestion({ ...chat, askedAt: at('2026-01-10T03:00:00Z'), question: 'later', key: 'later', paragraphs: [1] });

      const found = await store.questionsSince(chat, at('2026-01-10T00:00:00Z'), at('2026-01-10T02:00:00Z'));
      assert.deepEqual(
        found.map((q) => [q.question, q.key, q.paragraphs, q.answer, q.askedAt.toISOString()]),
        [
          ['产能多少？', '产能多少', [2, 5], { text: '万台级', paragraph: 2, document: 'weekly/2026-w02.pdf', title: '第二周周报' }, '2026-01-10T01:00:00.000Z'],
          ['Who?', 'who', [], undefined, '2026-01-10T02:00:00.000Z'],
        ],
      );
      assert.deepEqual(await store.questionsSince(chat, at('2026-01-10T01:00:00Z'), at('2026-01-10T01:59:59Z')), [], 'since is exclusive');
    });
  });

  describe(`store (${kind.name}): declined questions and votes`, { skip: kind.skip }, () => {
    const ask = (store: DigestStore, where: Chat, question: string, iso: string, declined: boolean): Promise<number> =>
      store.logQuestion({ ...where, askedAt: at(iso), question, key: question, paragraphs: declined ? [] : [2], declined });

    it('keeps declined questions apart from answered ones, per chat or over all chats', async () => {
      const { store } = await kind.fresh();
      const other = { platform: 'discord' as const, chatId: '42' };
      await ask(store, chat, '答得上', '2026-03-01T01:00:00Z', false);
      await ask(store, chat, '答不上', '2026-03-01T02:00:00Z', true);
      await ask(store, other, '也答不上', '2026-03-01T03:00:00Z', true);
      const since = at('2026-03-01T00:00:00Z');
      const until = at('2026-03-02T00:00:00Z');
      assert.deepEqual((await store.questionsSince(chat, since, until)).map((q) => q.question), ['答得上']);
      assert.deepEqual((await store.declinedSince(chat, since, until)).map((q) => q.question), ['答不上']);
      assert.deepEqual((await store.declinedSince(undefined, since, until)).map((q) => [q.platform, q.chatId, q.question]), [
        ['telegram', '-100', '答不上'],
        ['discord', '42', '也答不上'],
      ]);
      assert.deepEqual(await store.declinedSince(undefined, at('2026-03-01T02:30:00Z'), until).then((rows) => rows.length), 1, 'window (since, until]');
    });

    it('stores one vote per voter and answer (a second vote replaces the first) and only on answers of the same chat', async () => {
      const { store, reopen } = await kind.fresh();
      const answered = await ask(store, chat, '答得上', '2026-03-01T01:00:00Z', false);
      const declined = await ask(store, chat, '答不上', '2026-03-01T02:00:00Z', true);
      const vote = (voter: string, value: 1 | -1, where: Chat = chat, questionId = answered, iso = '2026-03-01T05:00:00Z') =>
        store.recordVote({ ...where, questionId, voter, vote: value, at: at(iso) });
      assert.equal(await vote('v1', -1), 'recorded');
      assert.equal(await vote('v1', -1), 'unchanged');
      assert.equal(await vote('v1', 1), 'changed');
      assert.equal(await vote('v2', -1, chat, answered, '2026-03-01T06:00:00Z'), 'recorded');
      assert.equal(await vote('v3', -1, { platform: 'telegram', chatId: 'elsewhere' }), 'unknown', "another chat's answer");
      assert.equal(await vote('v3', -1, chat, declined), 'unknown', 'a decline has no answer to vote on');
      assert.equal(await vote('v3', -1, chat, 12345), 'unknown');

      await store.setAnswer(answered, { text: '答在这里。', paragraph: 3, document: 'team/notes.md', title: '团队笔记' });
      const down = await store.votedDownSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
      assert.deepEqual(down.map((d) => [d.question, d.up, d.down]), [['答得上', 1, 1]]);
      assert.deepEqual(down[0]?.answer, { text: '答在这里。', paragraph: 3, document: 'team/notes.md', title: '团队笔记' }, 'the answer marked wrong says which document it quoted');
      const everywhere = await (await reopen()).votedDownSince(undefined, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
      assert.deepEqual(everywhere.map((d) => [d.platform, d.chatId, d.question, d.up, d.down]), [['telegram', '-100', '答得上', 1, 1]], 'a second handle sees the votes');
      assert.deepEqual(await store.votedDownSince(undefined, at('2026-03-01T06:00:00Z'), at('2026-03-02T00:00:00Z')), [], '👎 cast before the window');
    });

    it('keeps one vote when the same voter votes on two handles at once', async () => {
      const { store, reopen } = await kind.fresh();
      const other = await reopen();
      const answered = await ask(store, chat, '答得上', '2026-03-01T01:00:00Z', false);
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? store : other).recordVote({ ...chat, questionId: answered, voter: 'same', vote: -1, at: at('2026-03-01T05:00:00Z') })));
      assert.equal(results.filter((r) => r === 'recorded').length, 1, results.join(','));
      const [down] = await store.votedDownSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
      assert.deepEqual([down?.up, down?.down], [0, 1]);
    });
  });
}

describe('store (sqlite): schema', () => {
  const temp = tempDir();
  after(() => temp.remove());
  it('migrates a new file to the current version, in WAL mode, and reopens without re-running', async () => {
    const db = path.join(temp.dir, 'schema.db');
    await openSqliteStore(db).close();
    const reopened = openSqliteStore(db);
    await reopened.upsertSubscription(sub, at('2026-01-01T00:00:00Z'));
    await reopened.close();
    const raw = new Database(db, { readonly: true });
    assert.equal(raw.pragma('user_version', { simple: true }), schemaVersion);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
  });

  it('migrates a version-1 database, keeping its logged questions as answered', async () => {
    const db = path.join(temp.dir, 'v1.db');
    const raw = new Database(db);
    raw.exec(migrations[0] as string);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO questions (platform, chat_id, asked_at, question, question_key) VALUES ('telegram', '-100', ?, '旧问题', '旧问题')").run(at('2026-03-01T01:00:00Z').getTime());
    raw.close();
    const store = openSqliteStore(db);
    assert.deepEqual((await store.questionsSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'))).map((q) => q.question), ['旧问题']);
    await store.close();
  });

  /** A database as an older bot left it at `version`, holding one answered question voted down; returns its file and the question's id. */
  function olderDatabase(version: number, paragraph: number): { db: string; id: number } {
    const db = path.join(temp.dir, `v${version}.db`);
    const raw = new Database(db);
    for (const migration of migrations.slice(0, version)) raw.exec(migration);
    raw.pragma(`user_version = ${version}`);
    const id = Number(raw.prepare("INSERT INTO questions (platform, chat_id, asked_at, question, question_key, answer_text, answer_paragraph) VALUES ('telegram', '-100', ?, '旧问题', '旧问题', '旧答', ?)")
      .run(at('2026-03-01T01:00:00Z').getTime(), paragraph).lastInsertRowid);
    raw.prepare("INSERT INTO votes (question_id, voter, vote, voted_at) VALUES (?, 'v', -1, ?)").run(id, at('2026-03-01T02:00:00Z').getTime());
    raw.close();
    return { db, id };
  }

  it('migrates a version-2 database (declines and votes) to per-part send progress, keeping its votes', async () => {
    const { db } = olderDatabase(2, 1);
    const store = openSqliteStore(db);
    const [down] = await store.votedDownSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
    assert.deepEqual([down?.question, down?.down], ['旧问题', 1]);
    const { subscription } = await store.upsertSubscription(sub, at('2026-03-01T00:00:00Z'));
    const send = await store.claimSend(subscription.id, '2026-03-02', at('2026-03-02T01:00:00Z'), at('2026-03-02T01:00:00Z'));
    assert.deepEqual([send?.partsSent, send?.prepared], [0, undefined]);
    await store.close();
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('user_version', { simple: true }), schemaVersion);
    check.close();
  });

  it('migrates a version-3 database: answers logged before keep their text and ¶ with no document; new ones store it', async () => {
    const { db, id } = olderDatabase(3, 4);
    const store = openSqliteStore(db);
    const window = [at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z')] as const;
    assert.deepEqual((await store.votedDownSince(chat, ...window)).map((d) => d.answer), [{ text: '旧答', paragraph: 4 }]);
    await store.setAnswer(id, { text: '旧答', paragraph: 4, document: 'report.txt', title: '报告' });
    assert.deepEqual((await store.votedDownSince(chat, ...window)).map((d) => d.answer), [{ text: '旧答', paragraph: 4, document: 'report.txt', title: '报告' }]);
    await store.close();
  });

  it('refuses a database written by a newer bot, saying what to do', () => {
    const db = path.join(temp.dir, 'newer.db');
    const raw = new Database(db);
    raw.pragma('user_version = 99');
    raw.close();
    assert.throws(() => openSqliteStore(db), /schema version 99 is newer than this bot knows .* upgrade the bot, or point DATABASE_PATH at another file/);
  });
});

describe('store (postgres): schema', { skip: await postgresSkip() }, () => {
  const schemas: string[] = [];
  after(() => dropSchemas(schemas));

  /** A schema as an older bot left it: the first `version` migrations applied and recorded, then `seed` run in it. */
  async function olderSchema(name: string, version: number, seed: (client: pg.Client) => Promise<void>): Promise<string> {
    const schema = freshSchema(name);
    schemas.push(schema);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
      for (const migration of pgMigrations.slice(0, version)) await client.query(migration);
      const versions = Array.from({ length: version }, (_, i) => `(${i + 1})`).join(', ');
      await client.query(`CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO schema_migrations (version) VALUES ${versions}`);
      await seed(client);
    } finally {
      await client.end();
    }
    return schema;
  }

  it('migrates once even when two instances start at the same moment', async () => {
    const schema = freshSchema('migrate');
    schemas.push(schema);
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url: databaseUrl, schema })));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
      assert.deepEqual(rows.map((r) => r.version), Array.from({ length: pgSchemaVersion }, (_, i) => i + 1));
      await client.query(`INSERT INTO ${schema}.schema_migrations (version) VALUES (99)`);
    } finally {
      await client.end();
    }
    await assert.rejects(openPostgresStore({ url: databaseUrl, schema }), /schema version 99 is newer than this bot knows .* upgrade the bot, or point DATABASE_URL at another database/);
  });

  it('migrates a version-2 schema: answers logged before keep their text and ¶ with no document; new ones store it', async () => {
    const schema = await olderSchema('migrate2', 2, async (client) => {
      const { rows } = await client.query<{ id: number }>(
        "INSERT INTO questions (platform, chat_id, asked_at, question, question_key, answer_text, answer_paragraph) VALUES ('telegram', '-100', $1, '旧问题', '旧问题', '旧答', 4) RETURNING id",
        [at('2026-03-01T01:00:00Z')],
      );
      await client.query("INSERT INTO votes (question_id, voter, vote, voted_at) VALUES ($1, 'v', -1, $2)", [rows[0]?.id, at('2026-03-01T02:00:00Z')]);
    });
    const store = await openPostgresStore({ url: databaseUrl, schema });
    try {
      const window = [at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z')] as const;
      const [old] = await store.votedDownSince(chat, ...window);
      assert.deepEqual(old?.answer, { text: '旧答', paragraph: 4 });
      await store.setAnswer(old!.id, { text: '旧答', paragraph: 4, document: 'report.txt', title: '报告' });
      assert.deepEqual((await store.votedDownSince(chat, ...window)).map((d) => d.answer), [{ text: '旧答', paragraph: 4, document: 'report.txt', title: '报告' }]);
    } finally {
      await store.close();
    }
  });

  it('migrates a version-1 schema, keeping its logged questions as answered and taking votes on them', async () => {
    const schema = await olderSchema('migrate1', 1, async (client) => {
      await client.query("INSERT INTO questions (platform, chat_id, asked_at, question, question_key) VALUES ('telegram', '-100', $1, '旧问题', '旧问题')", [at('2026-03-01T01:00:00Z')]);
    });
    const store = await openPostgresStore({ url: databaseUrl, schema });
    try {
      const [old] = await store.questionsSince(chat, at('2026-03-01T00:00:00Z'), at('2026-03-02T00:00:00Z'));
      assert.equal(old?.question, '旧问题');
      assert.equal(await store.recordVote({ ...chat, questionId: old!.id, voter: 'v', vote: -1, at: at('2026-03-01T02:00:00Z') }), 'recorded');
    } finally {
      await store.close();
    }
  });
});

