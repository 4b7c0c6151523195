/**
 * Versioned schema for the digest database. `PRAGMA user_version` records how
 * many migrations ran; each runs once, in order, inside one IMMEDIATE
 * transaction, so two processes opening a fresh file at the same moment cannot
 * both apply it. Add migrations at the end; never edit one that has shipped.
 *
 * Times are integers (ms since the epoch, UTC): they sort and compare exactly.
 */
import type Database from 'better-sqlite3';

export const migrations: readonly string[] = [
  // 1: subscriptions, the day's send claims, the question log, documents seen.
  `
  CREATE TABLE subscriptions (
    id                 INTEGER PRIMARY KEY,
    platform           TEXT    NOT NULL,
    chat_id            TEXT    NOT NULL,
    time               TEXT    NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
    timezone           TEXT    NOT NULL,
    active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    deactivated_at     INTEGER,
    deactivated_reason TEXT,
    UNIQUE (platform, chat_id)
  );

  -- One row per subscription and local day: inserting it is the claim.
  CREATE TABLE sends (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    local_date      TEXT    NOT NULL,
    due_at          INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 1,
    claimed_at      INTEGER NOT NULL,
    next_attempt_at INTEGER,
    sent_at         INTEGER,
    covered_until   INTEGER,
    last_error      TEXT,
    UNIQUE (subscription_id, local_date)
  );
  CREATE INDEX sends_pending ON sends (status, next_attempt_at);
  CREATE INDEX sends_last ON sends (subscription_id, status, covered_until);

  -- Questions answered in a chat. No user names, no user ids.
  CREATE TABLE questions (
    id               INTEGER PRIMARY KEY,
    platform         TEXT    NOT NULL,
    chat_id          TEXT    NOT NULL,
    asked_at         INTEGER NOT NULL,
    question         TEXT    NOT NULL,
    question_key     TEXT    NOT NULL,
    paragraphs       TEXT    NOT NULL DEFAULT '[]',
    answer_text      TEXT,
    answer_paragraph INTEGER
  );
  CREATE INDEX questions_chat ON questions (platform, chat_id, asked_at);

  -- The documents (name, sha256) a subscription has been told about.
  CREATE TABLE subscription_documents (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    seen_at         INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, name)
  );
  `,
  // 2: declined questions are logged too; 👍/👎 on logged answers.
  `
  ALTER TABLE questions ADD COLUMN declined INTEGER NOT NULL DEFAULT 0 CHECK (declined IN (0, 1));
  CREATE INDEX questions_declined ON questions (declined, asked_at);

  -- One vote per voter and answer; voting again replaces it. The voter is a
  -- hash of platform and user id, never the id itself.
  CREATE TABLE votes (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    voter       TEXT    NOT NULL,
    vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    voted_at    INTEGER NOT NULL,
    PRIMARY KEY (question_id, voter)
  );
  CREATE INDEX votes_time ON votes (vote, voted_at);
  `,
  // 3: per-part progress of a multi-part send, and the summary it posts, so a
  // resumed send continues at the first part the platform has not confirmed.
  `
  ALTER TABLE sends ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE sends ADD COLUMN prepared TEXT;
  `,
  // 4: the document (path under the data folder) and its title an answer
  // quotes, so ¶N says which document it is. Rows logged before stay NULL.
  `
  ALTER TABLE questions ADD COLUMN answer_document TEXT;
  ALTER TABLE questions ADD COLUMN answer_title TEXT;
  `,
];

export const schemaVersion = migrations.length;

/** Brings the database to `schemaVersion`; throws when it was written by a newer bot. */
export function migrate(db: Database.Database): void {
  const apply = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > migrations.length) {
      throw new Error(
        `Digest database: schema version ${current} is newer than this bot knows (${migrations.length}) — upgrade the bot, or point DATABASE_PATH at another file`,
      );
    }
    for (let version = current; version < migrations.length; version += 1) {
      db.exec(migrations[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  apply.immediate();
}
