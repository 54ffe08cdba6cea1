/**
 * One storage interface over two engines: PGlite (embedded PostgreSQL in a data directory, the
 * default) and a PostgreSQL server (node-postgres, when DATABASE_URL is set). Both speak the same
 * SQL with `$n` parameters, so the schema, the migrations and every query exist once.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrate } from './migrations.ts';

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (q: Db['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DbTarget = { url: string } | { dir: string };

function fromPglite(db: PGlite): Db {
  return {
    kind: 'pglite',
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    transaction: (fn) => db.transaction((tx) => fn(async (sql, params) => (await tx.query(sql, params)).rows as never)),
    close: () => db.close(),
  };
}

function fromPool(pool: pg.Pool): Db {
  return {
    kind: 'postgres',
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(async (sql, params) => (await client.query(sql, params)).rows);
        await client.query('COMMIT');
        return out;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens the database and brings its schema up to date. */
export async function openDb(target: DbTarget): Promise<Db> {
  let db: Db;
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle client that loses its server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    db = fromPool(pool);
  } else {
    db = fromPglite(await PGlite.create(target.dir));
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
