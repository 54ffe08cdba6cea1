/**
 * The benchmark model read per class: each class's score distribution on the 0–100 scale, the
 * posterior chance of each segment's classes given a score (the quantity `deriveThresholds` in
 * thresholds.ts cuts at ½), and the leaders' typical score per dimension.
 */
import { convolve, pointMass, questionPoints, questionRange, toScale, type Range } from './distribution.ts';
import type { Config, Distribution, Question } from './schema.ts';

/** The raw point range of a set of questions (sum of each question's range). */
export const rangeOf = (questions: readonly Question[]): Range =>
  questions.map(questionRange).reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });

/** Per class: its weight and the exact distribution of its scores (0–100) over `questions`. */
export function classDistributions(
  config: Config,
  questions: readonly Question[] = config.questions,
): { id: string; weight: number; dist: Distribution }[] {
  const range = rangeOf(questions);
  return config.benchmark.classes.map((c) => ({
    id: c.id,
    weight: c.weight,
    dist: toScale(
      questions.reduce((d, q) => convolve(d, questionPoints(q, c.id)), pointMass(0)),
      range,
    ),
  }));
}

/** The lowest score at which the cumulative share reaches ½. */
export function median({ scores, shares }: Distribution): number {
  let below = 0;
  for (let i = 0; i < scores.length; i++) if ((below += shares[i]!) >= 0.5 - 1e-9) return scores[i]!;
  return scores.at(-1) ?? 0;
}

/** A class stands for the segment with the same id (none when no segment has it). */
export const classSegment = (config: Config, classId: string): string | undefined =>
  config.segments.some((s) => s.id === classId) ? classId : undefined;

/** Shares per whole score 0…100. */
function perScore({ scores, shares }: Distribution): number[] {
  const out = new Array<number>(101).fill(0);
  scores.forEach((s, i) => (out[Math.round(s)]! += shares[i] ?? 0));
  return out;
}

/**
 * For each whole score 0…100 that someone in the benchmark can get, P(segment index ≥ k | score)
 * for k = 1 … segments − 1: the weighted share of the classes standing for segment k or higher
 * among everyone with that score (Bayes with the class weights as prior). Scores nobody gets are
 * undefined. Undefined as a whole when some class stands for no segment.
 */
export function posteriorAtLeast(config: Config): (number[] | undefined)[] | undefined {
  const order = config.segments.map((s) => s.id);
  const classes = classDistributions(config);
  const rank = classes.map((c) => order.indexOf(classSegment(config, c.id) ?? ''));
  if (rank.includes(-1)) return undefined;
  const mass = classes.map((c) => perScore(c.dist).map((p) => p * c.weight));
  return Array.from({ length: 101 }, (_, s) => {
    const total = mass.reduce((a, m) => a + m[s]!, 0);
    if (total <= 1e-12) return undefined;
    return order.slice(1).map((_, k) => mass.reduce((a, m, i) => a + (rank[i]! >= k + 1 ? m[s]! : 0), 0) / total);
  });
}
