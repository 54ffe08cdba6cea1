/**
 * Exact discrete distributions of point totals.
 *
 * Points are integers, so a total lives on an integer lattice and the distribution of a sum of
 * independent questions is an exact convolution: no sampling, no smoothing. Only at the very end
 * is a raw total mapped to the visitor-facing 0–100 scale (whole numbers).
 */
import type { Distribution, Question } from './schema.ts';

/** P(X = min + i) = p[i]. Dense, so convolution is two nested loops over arrays. */
export interface Lattice {
  readonly min: number;
  readonly p: readonly number[];
}

/** The lowest and highest raw points a question can give (weight included). */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export const pointMass = (k: number): Lattice => ({ min: k, p: [1] });

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const ownList = (table: Record<string, number[]> | undefined, key: string) =>
  table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * The distribution of A + B for independent A and B:
 * P(A + B = s) = Σ_k P(A = k) · P(B = s − k). The offsets add, the lengths add minus one.
 */
export function convolve(a: Lattice, b: Lattice): Lattice {
  const p = new Array<number>(a.p.length + b.p.length - 1).fill(0);
  a.p.forEach((pa, i) => {
    if (pa === 0) return;
    b.p.forEach((pb, j) => {
      p[i + j] = (p[i + j] ?? 0) + pa * pb;
    });
  });
  return { min: a.min + b.min, p };
}

/**
 * A weighted mixture: first draw a class with probability ∝ its weight, then a value from that
 * class's distribution, so P(X = k) = Σ_c w_c · P_c(X = k). Weights are normalised here, so that
 * weights summing to 0.999 still give a distribution summing to 1; all-zero weights count equally.
 */
export function mixture(parts: readonly { weight: number; dist: Lattice }[]): Lattice {
  if (parts.length === 0) return pointMass(0);
  const total = sum(parts.map((part) => Math.max(0, part.weight)));
  const min = Math.min(...parts.map((part) => part.dist.min));
  const max = Math.max(...parts.map((part) => part.dist.min + part.dist.p.length - 1));
  const p = new Array<number>(max - min + 1).fill(0);
  for (const { weight, dist } of parts) {
    const w = total > 0 ? Math.max(0, weight) / total : 1 / parts.length;
    dist.p.forEach((pk, i) => {
      const at = dist.min - min + i;
      p[at] = (p[at] ?? 0) + w * pk;
    });
  }
  return { min, p };
}

/** A lattice from (point, probability) pairs; probabilities are normalised to sum 1. */
function fromMasses(masses: readonly (readonly [number, number])[]): Lattice | undefined {
  const total = sum(masses.map(([, pk]) => pk));
  if (!(total > 0) || masses.length === 0) return undefined;
  const min = Math.min(...masses.map(([k]) => k));
  const max = Math.max(...masses.map(([k]) => k));
  const p = new Array<number>(max - min + 1).fill(0);
  for (const [k, pk] of masses) p[k - min] = (p[k - min] ?? 0) + pk / total;
  return { min, p };
}

export function questionRange(question: Question): Range {
  const weight = question.weight ?? 1;
  const values = question.options.map((o) => o.value);
  if (question.type !== 'multiple') return { min: weight * Math.min(...values), max: weight * Math.max(...values) };
  // Ticking every non-exclusive option, or one exclusive option alone: whichever gives more.
  const open = sum(question.options.filter((o) => !o.exclusive).map((o) => o.value));
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value);
  return { min: 0, max: weight * Math.max(open, ...exclusive) };
}

/**
 * The distribution of the points one benchmark class gets on `question`.
 * - single/scale: option i is chosen with probability shares[i].
 * - multiple with totals: the raw point total t (before weight) has probability totals[t].
 * - multiple with shares: each option is ticked independently with probability shares[i]; the
 *   total is the convolution of one two-point distribution per option. Exclusive options are
 *   worth 0 (the config check insists), so they add nothing here.
 * A class without usable figures is taken as uniform over the options (or a fair coin per tick):
 * the config check refuses such configs, this only keeps an unchecked one from crashing.
 */
export function questionPoints(question: Question, classId: string): Lattice {
  const weight = question.weight ?? 1;
  if (weight === 0) return pointMass(0);
  const { shares, totals } = question.benchmark;
  if (question.type !== 'multiple') {
    const list = ownList(shares, classId);
    const masses = question.options.map((o, i) => [weight * o.value, clamp(list?.[i] ?? 0, 0, 1)] as const);
    return fromMasses(masses) ?? fromMasses(question.options.map((o) => [weight * o.value, 1] as const)) ?? pointMass(0);
  }
  const { max } = questionRange(question);
  const totalList = ownList(totals, classId);
  if (totalList) {
    // A total beyond the question's maximum cannot be scored; it is counted at the maximum.
    const masses = totalList.map((pk, t) => [Math.min(weight * t, max), clamp(pk, 0, 1)] as const);
    const lattice = fromMasses(masses);
    if (lattice) return lattice;
  }
  const list = ownList(shares, classId);
  return question.options.reduce((dist, o, i) => {
    if (o.exclusive || o.value === 0) return dist;
    const tick = clamp(list ? (list[i] ?? 0) : 0.5, 0, 1);
    const points = weight * o.value;
    // Not ticked: 0 points with probability 1 − tick; ticked: `points` with probability tick.
    const p = new Array<number>(points + 1).fill(0);
    p[0] = 1 - tick;
    p[points] = tick;
    return convolve(dist, { min: 0, p });
  }, pointMass(0));
}

/** A raw total on the 0–100 scale, whole: 100 · (raw − min) / (max − min), rounded half up. */
export function scaleScore(raw: number, range: Range): number {
  if (!(range.max > range.min)) return 0;
  // Integer numerator and denominator: the quotient is correctly rounded, so halves are exact.
  return clamp(Math.round((100 * (raw - range.min)) / (range.max - range.min)), 0, 100);
}

/**
 * A raw-point distribution on the 0–100 scale. Whole scores keep the chart, the percentile and the
 * segment shares on the very numbers the visitor sees; when the raw range exceeds 100 points,
 * neighbouring totals that round to the same score are merged. Zero shares are left out.
 */
export function toScale(lattice: Lattice, range: Range): Distribution {
  const byScore = new Array<number>(101).fill(0);
  lattice.p.forEach((pk, i) => {
    const score = scaleScore(lattice.min + i, range);
    byScore[score] = (byScore[score] ?? 0) + pk;
  });
  return compact(byScore);
}

function compact(byScore: readonly number[]): Distribution {
  const scores: number[] = [];
  const shares: number[] = [];
  byScore.forEach((share, score) => {
    if (share > 0) {
      scores.push(score);
      shares.push(share);
    }
  });
  return { scores, shares };
}

/**
 * A measured distribution (from a config) in the same whole-score form as a computed one: scores
 * rounded and clamped to 0–100, duplicates merged, shares normalised to sum 1.
 */
export function normalizeDistribution(dist: Distribution): Distribution {
  const byScore = new Array<number>(101).fill(0);
  const n = Math.min(dist.scores.length, dist.shares.length);
  for (let i = 0; i < n; i++) {
    const score = clamp(Math.round(dist.scores[i] ?? 0), 0, 100);
    byScore[score] = (byScore[score] ?? 0) + Math.max(0, dist.shares[i] ?? 0);
  }
  const total = sum(byScore);
  return total > 0 ? compact(byScore.map((share) => share / total)) : { scores: [0], shares: [1] };
}

/**
 * Mid-rank percentile of `score`: 100 · (P(X < x) + P(X = x) / 2). Those tied with the visitor
 * count half above and half below, so a large tie does not push everyone to its top or bottom.
 * Unrounded, 0–100.
 */
export function midRank(dist: Distribution, score: number): number {
  let below = 0;
  let equal = 0;
  dist.scores.forEach((s, i) => {
    if (s < score) below += dist.shares[i] ?? 0;
    else if (s === score) equal += dist.shares[i] ?? 0;
  });
  return 100 * (below + equal / 2);
}

/** midRank for each whole score 0…100, from one cumulative pass; scoring then looks it up. */
export function midRankTable(dist: Distribution): number[] {
  const byScore = new Array<number>(101).fill(0);
  dist.scores.forEach((s, i) => {
    const at = clamp(Math.round(s), 0, 100);
    byScore[at] = (byScore[at] ?? 0) + (dist.shares[i] ?? 0);
  });
  let below = 0;
  return byScore.map((share) => {
    const rank = 100 * (below + share / 2);
    below += share;
    return rank;
  });
}

/** The percentile shown: whole, never 0 or 100 (no one is below everyone in a benchmark). */
export function displayPercentile(rank: number): number {
  return clamp(Math.round(rank), 1, 99);
}

/** P(lo ≤ X < hi): the benchmark's share of scores in a half-open range. */
export function shareInRange(dist: Distribution, lo: number, hi: number): number {
  let share = 0;
  dist.scores.forEach((s, i) => {
    if (s >= lo && s < hi) share += dist.shares[i] ?? 0;
  });
  return share;
}
