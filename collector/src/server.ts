/**
 * Starts a collector: database (with migrations), the app, the daily retention job. Used by the
 * CLI's `serve` and by tests that need a running collector on a free port.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { openDb, type Db } from './db.ts';
import { acquireLock } from './lock.ts';
import { purgeOlderThan } from './store.ts';
import type { ConfigMap } from './payload.ts';

export interface ServeOptions {
  /** PGlite data directory; ignored when `databaseUrl` is given. */
  dataDir?: string;
  databaseUrl?: string | undefined;
  configs: ConfigMap;
  host?: string;
  port?: number;
  allowOrigins?: readonly string[];
  rateLimit?: number;
  trustProxy?: boolean;
  adminToken?: string | undefined;
  retainDays?: number;
  log?: (line: string) => void;
}

export interface Running {
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

const DAY = 24 * 3600 * 1000;

export async function startCollector(o: ServeOptions): Promise<Running> {
  const log = o.log ?? ((line: string) => console.log(line));
  if (!o.databaseUrl && !o.dataDir) throw new Error('serve: give --data DIR or set DATABASE_URL');
  const release = o.databaseUrl ? () => undefined : acquireLock(o.dataDir!, 'serve');
  let db: Db;
  try {
    db = await openDb(o.databaseUrl ? { url: o.databaseUrl } : { dir: o.dataDir! });
  } catch (error) {
    release();
    throw error;
  }
  const retainDays = o.retainDays ?? 365;
  const purge = () =>
    purgeOlderThan(db, retainDays).then(
      (n) => n && log(`retention: deleted ${n} responses older than ${retainDays} days`),
      () => log('retention: the deletion failed; it runs again in a day'),
    );
  await purge();
  const timer = setInterval(purge, DAY);
  timer.unref();

  const app = createApp({
    db,
    configs: o.configs,
    allowOrigins: o.allowOrigins ?? [],
    rateLimit: o.rateLimit ?? 60,
    trustProxy: o.trustProxy ?? false,
    adminToken: o.adminToken,
    log,
  });
  const host = o.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: o.port ?? 0, hostname: host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    db,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      release();
    },
  };
}
