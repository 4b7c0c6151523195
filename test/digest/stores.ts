/**
 * The stores the shared suites run over: SQLite (a temp file) and PostgreSQL
 * (a fresh schema in the test database). Each `fresh()` is an empty database;
 * `reopen()` opens a second handle on the same one (another "process").
 */
import path from 'node:path';
import { openPostgresStore } from '../../src/digest/pg-store.js';
import { openSqliteStore } from '../../src/digest/sqlite-store.js';
import { type DigestStore } from '../../src/digest/store.js';
import { databaseUrl, dropSchemas, freshSchema, postgresSkip } from '../helpers/services.js';
import type { ChildStore } from './fixtures/tick-child.js';
import { tempDir } from './helpers.js';

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** false, or why this kind is skipped (only ever outside CI). */
  skip: string | false;
  fresh(): Promise<{ store: DigestStore; reopen(): Promise<DigestStore>; child: ChildStore }>;
  /** Closes every store opened and removes their data. */
  cleanup(): Promise<void>;
}

export async function storeKinds(label: string): Promise<StoreKind[]> {
  const temp = tempDir(`${label}-`);
  const opened: DigestStore[] = [];
  const schemas: string[] = [];
  let n = 0;
  const track = (store: DigestStore): DigestStore => {
    opened.push(store);
    return store;
  };
  const closeAll = async (): Promise<void> => {
    await Promise.allSettled(opened.splice(0).map((s) => s.close()));
  };
  return [
    {
      name: 'sqlite',
      skip: false,
      async fresh() {
        const file = path.join(temp.dir, `${label}-${(n += 1)}.db`);
        return { store: track(openSqliteStore(file)), reopen: async () => track(openSqliteStore(file)), child: { kind: 'sqlite', file } };
      },
      async cleanup() {
        await closeAll();
        temp.remove();
      },
    },
    {
      name: 'postgres',
      skip: await postgresSkip(),
      async fresh() {
        const schema = freshSchema(label);
        schemas.push(schema);
        const open = async (): Promise<DigestStore> => track(await openPostgresStore({ url: databaseUrl, schema }));
        return { store: await open(), reopen: open, child: { kind: 'postgres', url: databaseUrl, schema } };
      },
      async cleanup() {
        await closeAll();
        await dropSchemas(schemas.splice(0));
      },
    },
  ];
}
