/**
 * The two storage engines the contract runs on, each started fresh by the tests: PGlite in a temp
 * directory and a real PostgreSQL 15 cluster (its own database per test file).
 */
import { createDatabase, startPostgres, type Postgres } from './postgres.ts';
import { tempDir } from './helpers.ts';

export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  /** Options for startCollector / startCollectorProcess. */
  target: { dataDir: string } | { databaseUrl: string };
  stop(): void;
}

export async function pglite(): Promise<Backend> {
  const dir = tempDir();
  return { name: 'PGlite', target: { dataDir: `${dir.path}/data` }, stop: dir.remove };
}

let server: Postgres | undefined;
let users = 0;

export async function postgres(database: string): Promise<Backend> {
  server ??= await startPostgres();
  users++;
  const databaseUrl = await createDatabase(server, database);
  return {
    name: 'PostgreSQL',
    target: { databaseUrl },
    stop() {
      if (--users === 0) {
        server?.stop();
        server = undefined;
      }
    },
  };
}
