/**
 * The real PostgreSQL and Redis the tests run against, as started by
 * scripts/test-services.sh (which .ci/run calls). Their URLs come from
 * TEST_DATABASE_URL / TEST_REDIS_URL, defaulting to what that script starts.
 *
 * Never silently skipped in CI: with CI=true an unreachable server fails the
 * test with a sentence saying how to start it. Locally the tests skip, saying
 * the same.
 */
import net from 'node:net';
import pg from 'pg';

export const defaultDatabaseUrl = 'postgres://report_bot_test:report_bot_test@127.0.0.1:55432/report_bot_test';
export const defaultRedisUrl = 'redis://127.0.0.1:56379';

export const databaseUrl = process.env.TEST_DATABASE_URL?.trim() || defaultDatabaseUrl;
export const redisUrl = process.env.TEST_REDIS_URL?.trim() || defaultRedisUrl;

const howToStart = 'run `bash scripts/test-services.sh` once (it installs and starts PostgreSQL and Redis on 127.0.0.1), or set TEST_DATABASE_URL / TEST_REDIS_URL';

/** `false` when usable; otherwise the reason to skip. Throws in CI, where skipping would hide a broken setup. */
function verdict(what: string, url: string, error: unknown): string {
  const reason = `${what} at ${redact(url)} is unreachable (${error instanceof Error ? error.message : String(error)}) — ${howToStart}`;
  if (process.env.CI === 'true') throw new Error(`CI needs ${reason}`);
  process.stderr.write(`# skipping ${what} tests: ${reason}\n`);
  return reason;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

let postgresProbe: Promise<string | false> | undefined;
/** Resolves to false when PostgreSQL answers, else to the reason to skip (rejects in CI). */
export function postgresSkip(): Promise<string | false> {
  postgresProbe ??= (async () => {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 20_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return false as const;
    } catch (error) {
      return verdict('PostgreSQL', databaseUrl, error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresProbe;
}

let redisProbe: Promise<string | false> | undefined;
export function redisSkip(): Promise<string | false> {
  redisProbe ??= (async () => {
    const { hostname, port } = new URL(redisUrl);
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect({ host: hostname, port: Number(port || 6379) });
        socket.setTimeout(20_000, () => socket.destroy(new Error('timeout')));
        socket.once('error', reject);
        socket.once('data', (data) => {
          socket.destroy();
          if (data.toString().startsWith('+PONG')) resolve();
          else reject(new Error(`unexpected answer ${JSON.stringify(data.toString().slice(0, 40))}`));
        });
        socket.write('PING\r\n');
      });
      return false as const;
    } catch (error) {
      return verdict('Redis', redisUrl, error);
    }
  })();
  return redisProbe;
}

let schemas = 0;
/** A fresh, unique schema name: tests share the one test database without seeing each other's rows. */
export function freshSchema(label: string): string {
  schemas += 1;
  return `t_${label}_${process.pid}_${schemas}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** Drops the schemas this process created (after the tests). */
export async function dropSchemas(names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * A private PostgreSQL cluster for tests that stop and start the server: its
 * own data folder and a random port, so no other test (or developer) sees the
 * outage. As root, it runs as the postgres user (PostgreSQL refuses root).
 */
export interface PrivatePostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const { execFile } = await import('node:child_process');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const bin = fs.readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => path.join('/usr/lib/postgresql', v, 'bin')).find((dir) => fs.existsSync(path.join(dir, 'initdb')));
  if (bin === undefined) throw new Error(`PostgreSQL's server programs are not installed — ${howToStart}`);
  const root = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-private-'));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  fs.mkdirSync(data, { mode: 0o700 });
  if (root) {
    const { uid, gid } = await new Promise<{ uid: number; gid: number }>((resolve, reject) =>
      execFile('id', ['-u', 'postgres'], (e1, u) => (e1 ? reject(e1) : execFile('id', ['-g', 'postgres'], (e2, g) => (e2 ? reject(e2) : resolve({ uid: Number(u), gid: Number(g) }))))),
    );
    fs.chownSync(dir, uid, gid);
    fs.chownSync(data, uid, gid);
  }
  const run = (program: string, args: string[]): Promise<void> =>
    new Promise((resolve, reject) => {
      const [command, commandArgs] = root ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args];
      execFile(command as string, commandArgs as string[], { timeout: 120_000 }, (error, _stdout, stderr) => (error ? reject(new Error(`${program} failed: ${stderr || error.message}`)) : resolve()));
    });
  const port = await new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
  });
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off`;
  const start = (): Promise<void> => run('pg_ctl', ['-D', data, '-l', path.join(data, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  const stop = (): Promise<void> => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
