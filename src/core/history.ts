/**
 * 'Progress over time': the last two results (scores only, with the day), kept in storage so a
 * retake can show the change per dimension. Read back defensively, like any stored data.
 */
import { own } from './own.ts';
import type { Result } from './scoring.ts';

export interface Snapshot {
  /** ISO date of the result. */
  date: string;
  overall: number;
  dimensions: Record<string, number>;
}
export interface History {
  previous?: Snapshot;
  last: Snapshot;
}

const isScore = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 100;

function toSnapshot(raw: unknown): Snapshot | undefined {
  // Object(null) is {}: a missing snapshot reads as one without fields.
  const { date, overall, dimensions } = Object(raw) as Record<string, unknown>;
  if (typeof date !== 'string' || date.length > 40 || Number.isNaN(Date.parse(date)) || !isScore(overall))
    return undefined;
  if (typeof dimensions !== 'object' || !dimensions) return undefined;
  const valid = Object.entries(dimensions)
    .slice(0, 50)
    .filter(([id, score]) => isScore(score) && /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(id));
  return { date, overall, dimensions: Object.fromEntries(valid) };
}

/** Parses stored history; null for anything missing, oversized or malformed. Never throws. */
export function parseHistory(raw: string | null): History | null {
  try {
    if (!raw || raw.length > 10_000) return null;
    const data = JSON.parse(raw);
    const last = toSnapshot(data.last);
    return last ? { previous: toSnapshot(data.previous), last } : null;
  } catch {
    // Not JSON, or JSON null.
    return null;
  }
}

/** The snapshot's score on dimension `id`, or undefined: own keys only (an id may be `valueOf`). */
export const dimensionScore = (snapshot: Snapshot, id: string): number | undefined => own(snapshot.dimensions, id);

/** The history after completing `result` on `date`: the old last becomes previous. */
export const recordResult = (history: History | null, result: Result, date: string): History => ({
  previous: history?.last,
  last: {
    date,
    overall: result.overall.score,
    dimensions: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
  },
});
