/**
 * The one schema, as an ordered list of migrations run at start. Never edit a migration that has
 * shipped: add the next one. An advisory lock makes instances that start together on one
 * PostgreSQL apply each migration once.
 */
import type { Db } from './db.ts';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE responses (
     id uuid PRIMARY KEY,
     config_id text NOT NULL,
     config_version text NOT NULL,
     lang text NOT NULL,
     answers jsonb NOT NULL,
     result jsonb NOT NULL,
     segment text NOT NULL,
     overall_score integer NOT NULL,
     contact jsonb NOT NULL,
     email text,
     consent_text text NOT NULL,
     consent_at timestamptz NOT NULL,
     page text,
     received_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE INDEX responses_config ON responses (config_id, config_version, received_at);
   CREATE INDEX responses_received ON responses (received_at);
   CREATE INDEX responses_email ON responses (email) WHERE email IS NOT NULL;`,
];

/** An arbitrary constant shared by every instance: the key of the migration lock. */
const LOCK_KEY = 7_130_412;

export async function migrate(db: Db): Promise<void> {
  await db.transaction(async (query) => {
    await query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz DEFAULT now())',
    );
    const rows = await query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (done.has(i + 1)) continue;
      // One statement per call: node-postgres with parameters and PGlite's query() take one each.
      for (const statement of sql.split(/;\s*(?:\n|$)/).filter((s) => s.trim())) await query(statement);
      await query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
    }
  });
}
