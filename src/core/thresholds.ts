/**
 * Segment thresholds derived from the benchmark model, so that a segment means what it says and
 * the collector's benchmark builder re-derives them the same way as the built-in model's.
 *
 * A class stands for the segment with the same id. Segment k starts at the lowest whole score
 * from which on (every higher score anyone can get included) the classes standing for segment k
 * or higher are at least as likely as the rest: P(segment ≥ k | score) ≥ ½, by Bayes with the
 * class weights as prior and each class's exact score distribution. With one class per segment
 * this is where the most likely class changes.
 */
import { convolve, pointMass, questionPoints, questionRange, toScale } from './distribution.ts';
import type { Config } from './schema.ts';

/** The weighted mass of each class at each whole score 0…100 of the overall scale. */
function massPerScore(config: Config): number[][] {
  const range = config.questions
    .map(questionRange)
    .reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });
  return config.benchmark.classes.map((c) => {
    const dist = toScale(
      config.questions.reduce((d, q) => convolve(d, questionPoints(q, c.id)), pointMass(0)),
      range,
    );
    const mass = new Array<number>(101).fill(0);
    dist.scores.forEach((s, i) => (mass[s]! += c.weight * dist.shares[i]!));
    return mass;
  });
}

/**
 * The derived `min` of each segment (the first is 0), or undefined when some class stands for no
 * segment. A segment that no score reaches gets 100.
 */
export function deriveThresholds(config: Config): number[] | undefined {
  const order = config.segments.map((s) => s.id);
  const rank = config.benchmark.classes.map((c) => order.indexOf(c.id));
  if (rank.includes(-1)) return undefined;
  const mass = massPerScore(config);
  return order.map((_, k) => {
    if (k === 0) return 0;
    let min = 100;
    // Walk down from the top while the posterior holds; the threshold is the last score passed.
    for (let s = 100; s >= 0; s--) {
      const total = mass.reduce((a, m) => a + m[s]!, 0);
      if (total <= 1e-12) continue;
      const upper = mass.reduce((a, m, i) => a + (rank[i]! >= k ? m[s]! : 0), 0);
      if (upper / total < 0.5) break;
      min = s;
    }
    return min;
  });
}
