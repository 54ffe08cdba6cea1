/** Every query the collector makes, in the SQL both engines share. */
import type { Db } from './db.ts';
import type { ResponseRecord, StoredResult } from './payload.ts';

/** Stores a response once: the primary key, not memory, decides whether it is new. */
export async function insertResponse(
  db: Pick<Db, 'query'>,
  r: ResponseRecord,
): Promise<{ created: boolean; result: StoredResult }> {
  const inserted = await db.query(
    `INSERT INTO responses (id, config_id, config_version, lang, answers, result, segment, overall_score,
       contact, email, consent_text, consent_at, page)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      r.id,
      r.configId,
      r.version,
      r.lang,
      JSON.stringify(r.answers),
      JSON.stringify(r.result),
      r.result.segment,
      r.result.overall.score,
      JSON.stringify(r.contact),
      r.contact.email?.toLowerCase() ?? null,
      r.consent.text,
      r.consent.at,
      r.page,
    ],
  );
  if (inserted.length) return { created: true, result: r.result };
  const [row] = await db.query<{ result: StoredResult }>('SELECT result FROM responses WHERE id = $1', [r.id]);
  return { created: false, result: row?.result ?? r.result };
}

export interface Summary {
  config: string;
  version: string;
  n: number;
  first: string | null;
  last: string | null;
  segments: Record<string, number>;
  overall: { mean: number | null; distribution: number[] };
  dimensions: { id: string; mean: number | null; distribution: number[] }[];
}

/** Scores 0–100 in ten bins: 0–9, 10–19, …, 90–100. */
const BIN = 'LEAST(FLOOR(score / 10), 9)::int';
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

export async function summary(db: Db, config: string, version: string, dimensionIds: string[]): Promise<Summary> {
  const where = 'config_id = $1 AND config_version = $2';
  const [head] = await db.query<{ n: string | number; first: unknown; last: unknown; mean: number | null }>(
    `SELECT count(*) AS n, min(received_at) AS first, max(received_at) AS last, avg(overall_score)::float8 AS mean
     FROM responses WHERE ${where}`,
    [config, version],
  );
  const segments: Record<string, number> = {};
  for (const row of await db.query<{ segment: string; n: string | number }>(
    `SELECT segment, count(*) AS n FROM responses WHERE ${where} GROUP BY segment ORDER BY segment`,
    [config, version],
  ))
    segments[row.segment] = Number(row.n);
  const bins = (rows: { bin: number; n: string | number }[]) => {
    const out = Array<number>(10).fill(0);
    for (const { bin, n } of rows) out[bin] = Number(n);
    return out;
  };
  const overall = await db.query<{ bin: number; n: string | number }>(
    `SELECT ${BIN} AS bin, count(*) AS n FROM (SELECT overall_score AS score FROM responses WHERE ${where}) s GROUP BY 1`,
    [config, version],
  );
  const perDimension = await db.query<{ id: string; bin: number; n: string | number; total: number }>(
    `SELECT id, ${BIN} AS bin, count(*) AS n, sum(score)::float8 AS total FROM (
       SELECT d->>'id' AS id, (d->>'score')::int AS score
       FROM responses, jsonb_array_elements(result->'dimensions') AS d WHERE ${where}) s
     GROUP BY 1, 2`,
    [config, version],
  );
  return {
    config,
    version,
    n: Number(head?.n ?? 0),
    first: iso(head?.first),
    last: iso(head?.last),
    segments,
    overall: { mean: head?.mean ?? null, distribution: bins(overall) },
    dimensions: dimensionIds.map((id) => {
      const rows = perDimension.filter((r) => r.id === id);
      const n = rows.reduce((a, r) => a + Number(r.n), 0);
      return { id, mean: n ? rows.reduce((a, r) => a + r.total, 0) / n : null, distribution: bins(rows) };
    }),
  };
}

export interface Row {
  id: string;
  received_at: unknown;
  config_id: string;
  config_version: string;
  lang: string;
  segment: string;
  overall_score: number;
  answers: Record<string, string | string[]>;
  contact: Record<string, string>;
  consent_text: string;
  consent_at: unknown;
  page: string | null;
}

export async function responses(db: Db, filter?: { config: string; version: string }): Promise<Row[]> {
  const cols = `id, received_at, config_id, config_version, lang, segment, overall_score, answers, contact,
    consent_text, consent_at, page`;
  return filter
    ? db.query<Row>(
        `SELECT ${cols} FROM responses WHERE config_id = $1 AND config_version = $2 ORDER BY received_at, id`,
        [filter.config, filter.version],
      )
    : db.query<Row>(`SELECT ${cols} FROM responses ORDER BY received_at, id`);
}

/** The answers of one config version, oldest first, for the benchmark builder. */
export async function answersOf(db: Db, config: string, version: string) {
  return db.query<{ answers: Record<string, string | string[]>; received_at: unknown }>(
    'SELECT answers, received_at FROM responses WHERE config_id = $1 AND config_version = $2 ORDER BY received_at',
    [config, version],
  );
}

export async function erase(db: Db, email: string): Promise<number> {
  const rows = await db.query('DELETE FROM responses WHERE email = $1 RETURNING id', [email.trim().toLowerCase()]);
  return rows.length;
}

/** Deletes responses received more than `days` days ago; returns how many. */
export async function purgeOlderThan(db: Db, days: number): Promise<number> {
  const rows = await db.query(
    'DELETE FROM responses WHERE received_at < now() - make_interval(days => $1) RETURNING id',
    [days],
  );
  return rows.length;
}

/** The config versions that have responses, with their counts. */
export async function stored(db: Db) {
  return db.query<{ config_id: string; config_version: string; n: string | number }>(
    'SELECT config_id, config_version, count(*) AS n FROM responses GROUP BY 1, 2 ORDER BY 1, 2',
  );
}
