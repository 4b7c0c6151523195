/**
 * Versioned schema for the digest in PostgreSQL: the same tables as the
 * SQLite file (migrations.ts), with PostgreSQL's types (timestamptz, integer[]).
 *
 * A small `schema_migrations` table records each applied version. All run in
 * one transaction under a transaction-scoped advisory lock, so two instances
 * starting at the same moment apply each migration once (the second waits,
 * then finds nothing to do). Add migrations at the end; never edit one that
 * has shipped.
 *
 * Why not node-pg-migrate: it is a CLI-first tool with its own migration
 * files and naming; here the schema is a few statements mirrored from the
 * SQLite store, applied by the bot itself at start-up, and the lock-plus-table
 * below is all that needs.
 */
import type pg from 'pg';

export const pgMigrations: readonly string[] = [
  // 1: subscriptions, the day's send claims (with per-part progress), the question log, documents seen.
  `
  CREATE TABLE subscriptions (
    id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform           text        NOT NULL,
    chat_id            text        NOT NULL,
    time               text        NOT NULL CHECK (time ~ '^[0-2][0-9]:[0-5][0-9]$'),
    timezone           text        NOT NULL,
    active             boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    deactivated_at     timestamptz,
    deactivated_reason text,
    UNIQUE (platform, chat_id)
  );

  -- One row per subscription and local day: inserting it is the claim.
  CREATE TABLE sends (
    id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id integer     NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    local_date      text        NOT NULL,
    due_at          timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
    attempts        integer     NOT NULL DEFAULT 1,
    claimed_at      timestamptz NOT NULL,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    covered_until   timestamptz,
    last_error      text,
    parts_sent      integer     NOT NULL DEFAULT 0,
    prepared        text,
    UNIQUE (subscription_id, local_date)
  );
  CREATE INDEX sends_pending ON sends (status, next_attempt_at);
  CREATE INDEX sends_last ON sends (subscription_id, status, covered_until);

  -- Questions answered in a chat. No user names, no user ids.
  CREATE TABLE questions (
    id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform         text        NOT NULL,
    chat_id          text        NOT NULL,
    asked_at         timestamptz NOT NULL,
    question         text        NOT NULL,
    question_key     text        NOT NULL,
    paragraphs       integer[]   NOT NULL DEFAULT '{}',
    answer_text      text,
    answer_paragraph integer
  );
  CREATE INDEX questions_chat ON questions (platform, chat_id, asked_at);

  -- The documents (name, sha256) a subscription has been told about.
  CREATE TABLE subscription_documents (
    subscription_id integer     NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    hash            text        NOT NULL,
    seen_at         timestamptz NOT NULL,
    PRIMARY KEY (subscription_id, name)
  );
  `,
  // 2: declined questions are logged too; 👍/👎 on logged answers (as SQLite's migration 2).
  `
  ALTER TABLE questions ADD COLUMN declined boolean NOT NULL DEFAULT false;
  CREATE INDEX questions_declined ON questions (declined, asked_at);

  -- One vote per voter and answer; voting again replaces it. The voter is a
  -- hash of platform and user id, never the id itself.
  CREATE TABLE votes (
    question_id integer     NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    voter       text        NOT NULL,
    vote        smallint    NOT NULL CHECK (vote IN (-1, 1)),
    voted_at    timestamptz NOT NULL,
    PRIMARY KEY (question_id, voter)
  );
  CREATE INDEX votes_time ON votes (vote, voted_at);
  `,
  // 3: the document and its title an answer quotes (as SQLite's migration 4); rows logged before stay NULL.
  `
  ALTER TABLE questions ADD COLUMN answer_document text;
  ALTER TABLE questions ADD COLUMN answer_title text;
  `,
];

const migrations = pgMigrations;
export const pgSchemaVersion = migrations.length;

/** Any fixed number: every instance of the bot takes the same lock. */
const MIGRATION_LOCK = 4_173_920_611;

/** Brings the database to `pgSchemaVersion`; throws when it was written by a newer bot. */
export async function migratePostgres(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > migrations.length) {
      throw new Error(
        `Digest database: schema version ${current} is newer than this bot knows (${migrations.length}) — upgrade the bot, or point DATABASE_URL at another database`,
      );
    }
    for (let version = current; version < migrations.length; version += 1) {
      await client.query(migrations[version] as string);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
