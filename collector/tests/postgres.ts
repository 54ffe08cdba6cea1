/**
 * A real PostgreSQL 15 for the tests, started and stopped by them: a fresh cluster in a temp
 * directory on a free port. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` user. If it cannot start, this throws: the tests that need it fail, never skip.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PG_BIN, else Debian's newest installed server (15 here). */
const BIN =
  process.env.PG_BIN ??
  `/usr/lib/postgresql/${
    (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : []).sort(
      (a, b) => Number(b) - Number(a),
    )[0] ?? '15'
  }/bin`;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface Postgres {
  url: string;
  stop(): void;
}

export async function startPostgres(): Promise<Postgres> {
  if (!existsSync(`${BIN}/initdb`))
    throw new Error(`PostgreSQL is not installed (${BIN}/initdb missing): apt-get install postgresql`);
  const dir = mkdtempSync(join(tmpdir(), 'sm-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run(`${BIN}/initdb`, ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
    run(`${BIN}/pg_ctl`, ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`PostgreSQL could not start: ${(error as Error).message}\n${stderr}`, { cause: error });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(`${BIN}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database on the server, so that test files never see each other's rows. */
export async function createDatabase(pg: Postgres, name: string): Promise<string> {
  const { default: client } = await import('pg');
  const c = new client.Client({ connectionString: pg.url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return pg.url.replace(/\/postgres$/, `/${name}`);
}
