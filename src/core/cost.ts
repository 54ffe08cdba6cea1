/**
 * What building a config's benchmark model costs, counted before it is built, so that the config
 * check can refuse a config that would freeze the page (issue: 60 weighted multiple-choice
 * questions and six classes passed the schema and took 11 s to score).
 *
 * The figure counts the multiply-adds of `scoring.ts`'s model exactly as `distribution.ts` does
 * them: per class and per benchmark (the overall one and one per dimension without a measured
 * distribution), each question's lattice is built, then convolved into the running total, which
 * visits length(total so far) × support(question) entries. It is an upper bound: a share of 0
 * makes a point total's support smaller than counted here, never larger.
 */
import type { Config, Question } from './schema.ts';
import { questionRange } from './distribution.ts';

/**
 * How many different point totals `question` can give: its support. single/scale: the distinct
 * option values; multiple: the distinct sums of ticked values (at most max + 1, ≤ 61 by the limits).
 */
export function questionSupport(question: Question): number {
  const { weight = 1, type, options } = question;
  if (!weight) return 1;
  if (type !== 'multiple') return new Set(options.map((o) => o.value)).size;
  if (question.benchmark.totals) return questionRange(question).max / weight + 1;
  // Subset sums of the option values, as a set of reachable totals (option values are whole, ≤ 20).
  let reachable = new Set([0]);
  for (const { value } of options) reachable = new Set([...reachable, ...[...reachable].map((t) => t + value)]);
  return reachable.size;
}

/** Multiply-adds to build one class's lattice for `question` (before it joins the total). */
function buildCost(question: Question): number {
  const { min, max } = questionRange(question);
  const length = max - min + 1;
  // multiple with per-option shares: one convolution with a two-point lattice per option.
  const perOption = question.type === 'multiple' && !question.benchmark.totals && question.weight !== 0;
  return perOption ? question.options.length * 3 * length : length;
}

/** The multiply-adds (and comparable array steps) that building the benchmark model of `config` takes. */
export function modelCost({ questions, dimensions, benchmark: { classes, measured } }: Config): number {
  const given = new Set(measured?.dimensions?.map((d) => d.id));
  let cost = 0;
  for (const d of [undefined, ...dimensions]) {
    if (d ? given.has(d.id) : measured?.overall) continue;
    let length = 1;
    for (const q of questions) {
      if (d && q.dimension !== d.id) continue;
      const { min, max } = questionRange(q);
      cost += buildCost(q) + length * questionSupport(q) + length + max - min;
      length += max - min;
    }
    // The mixture and the mapping to the 0–100 scale walk the total once more per class.
    cost += 2 * length;
  }
  return classes.length * cost;
}
