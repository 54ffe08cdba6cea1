/**
 * Exact discrete distributions of point totals.
 *
 * Points are integers, so a total lives on an integer lattice and the distribution of a sum of
 * independent questions is an exact convolution: no sampling, no smoothing. Only at the very end
 * is a raw total mapped to the visitor-facing 0–100 scale (whole numbers).
 *
 * Configs reach this module only after the config check, so figures are where it says they are:
 * every class has its shares (or totals) on every question, of the right length, summing to 1.
 */
import { own } from './own.ts';
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
/** A packed array of doubles (`Array(n).fill(0)` would be a holey one, slower to add into). */
function zeros(length: number): number[] {
  const p = [0.5];
  for (let i = 1; i < length; i++) p.push(0.5);
  return p.fill(0);
}
/**
 * p[at + i] += w · q[i]: the one inner loop of convolutions and mixtures. A plain indexed loop
 * into a Float64Array: about ten times faster than `forEach` into an array, and this loop is all
 * the work of building a benchmark model.
 */
function addScaled(p: number[], at: number, q: readonly number[], w: number): void {
  for (let i = 0; i < q.length; i++) p[at + i]! += w * q[i]!;
}

/**
 * The distribution of A + B for independent A and B:
 * P(A + B = s) = Σ_k P(A = k) · P(B = s − k). The offsets add, the lengths add minus one.
 * Only B's non-zero entries are visited: B is one question (at most 61 point totals, often a few
 * options spread over a long weighted range), A the long running total, so the work is
 * length(A) × support(B) — the figure `modelCost` bounds — not length(A) × length(B).
 */
export function convolve(a: Lattice, b: Lattice): Lattice {
  const p = zeros(a.p.length + b.p.length - 1);
  b.p.forEach((pb, j) => pb && addScaled(p, j, a.p, pb));
  return { min: a.min + b.min, p };
}

/**
 * A weighted mixture: first draw a class with probability ∝ its weight, then a value from that
 * class's distribution, so P(X = k) = Σ_c w_c · P_c(X = k). Weights are normalised here, so that
 * weights summing to 0.999 still give a distribution summing to 1; all-zero weights count equally.
 */
export function mixture(parts: readonly { weight: number; dist: Lattice }[]): Lattice {
  const total = sum(parts.map((part) => part.weight));
  const min = Math.min(...parts.map(({ dist }) => dist.min));
  const p = zeros(Math.max(...parts.map(({ dist }) => dist.min - min + dist.p.length)));
  for (const { weight, dist } of parts)
    addScaled(p, dist.min - min, dist.p, total > 0 ? weight / total : 1 / parts.length);
  return { min, p };
}

export function questionRange({ weight = 1, type, options }: Question): Range {
  const values = options.map((o) => o.value);
  // Multiple: ticking every option; an exclusive one is worth 0, so it adds nothing.
  return type === 'multiple'
    ? { min: 0, max: weight * sum(values) }
    : { min: weight * Math.min(...values), max: weight * Math.max(...values) };
}

/**
 * The distribution of the points one benchmark class gets on `question`.
 * - single/scale: option i is chosen with probability shares[i].
 * - multiple with totals: the raw point total t (before weight) has probability totals[t].
 * - multiple with shares: each option is ticked independently with probability shares[i]; the
 *   total is the convolution of one two-point distribution per option. Exclusive options are
 *   worth 0 (the config check insists), so they add nothing here.
 * A single/scale question without figures for the class is taken as uniform over its options.
 */
export function questionPoints(question: Question, classId: string): Lattice {
  const { weight = 1, type, options, benchmark } = question;
  if (!weight) return pointMass(0);
  const range = questionRange(question);
  const shares = own(benchmark.shares, classId);
  const totals = own(benchmark.totals, classId);
  // (points, probability) pairs on the question's range, normalised to sum 1.
  const spread = (masses: (readonly [number, number])[]): Lattice => {
    const p = zeros(range.max - range.min + 1);
    const total = sum(masses.map(([, pk]) => pk));
    for (const [k, pk] of masses) p[k - range.min]! += pk / total;
    return { min: range.min, p };
  };
  if (type !== 'multiple') return spread(options.map((o, i) => [weight * o.value, shares ? shares[i]! : 1]));
  if (totals) return spread(totals.map((pk, t) => [weight * t, pk]));
  return options.reduce((dist, o, i) => {
    const points = weight * o.value;
    if (!points) return dist;
    // Not ticked: 0 points with probability 1 − tick; ticked: `points` with probability tick.
    const p = zeros(points + 1);
    const tick = shares![i]!;
    p[0] = 1 - tick;
    p[points] = tick;
    return convolve(dist, { min: 0, p });
  }, pointMass(0));
}

/**
 * A raw total on the 0–100 scale, whole: 100 · (raw − min) / (max − min), rounded half up. Raw
 * totals come from answers to the same questions, so they lie within the range.
 */
export function scaleScore(raw: number, { min, max }: Range): number {
  // Integer numerator and denominator: the quotient is correctly rounded, so halves are exact.
  return max > min ? Math.round((100 * (raw - min)) / (max - min)) : 0;
}

/** Shares added up per whole score 0…100 (scores are 0–100 by the schema, rounded here). */
function byScore(scores: readonly number[], shares: readonly number[]): number[] {
  const bins = zeros(101);
  scores.forEach((s, i) => (bins[Math.round(s)]! += shares[i] ?? 0));
  return bins;
}

/** Scores with a share, ascending, and their shares. */
function compact(bins: readonly number[]): Distribution {
  const scores = [...bins.keys()].filter((s) => bins[s]! > 0);
  return { scores, shares: scores.map((s) => bins[s]!) };
}

/**
 * A raw-point distribution on the 0–100 scale. Whole scores keep the chart, the percentile and the
 * segment shares on the very numbers the visitor sees; when the raw range exceeds 100 points,
 * neighbouring totals that round to the same score are merged. Zero shares are left out.
 */
export function toScale(lattice: Lattice, range: Range): Distribution {
  return compact(
    byScore(
      lattice.p.map((_, i) => scaleScore(lattice.min + i, range)),
      lattice.p,
    ),
  );
}

/**
 * A measured distribution (from a config) in the same whole-score form as a computed one: scores
 * rounded, duplicates merged, shares normalised to sum 1.
 */
export function normalizeDistribution(dist: Distribution): Distribution {
  const bins = byScore(dist.scores, dist.shares);
  const total = sum(bins);
  return total > 0 ? compact(bins.map((share) => share / total)) : { scores: [0], shares: [1] };
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
  let below = 0;
  return byScore(dist.scores, dist.shares).map((share) => {
    const rank = 100 * (below + share / 2);
    below += share;
    return rank;
  });
}

/** The percentile shown: whole, never 0 or 100 (no one is below everyone in a benchmark). */
export const displayPercentile = (rank: number) => Math.min(99, Math.max(1, Math.round(rank)));

/** P(lo ≤ X < hi): the benchmark's share of scores in a half-open range. */
export const shareInRange = (dist: Distribution, lo: number, hi: number) =>
  sum(dist.shares.filter((_, i) => dist.scores[i]! >= lo && dist.scores[i]! < hi));
