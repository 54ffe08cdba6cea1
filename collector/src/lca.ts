/**
 * Latent class analysis of categorical answers by EM (Dempster, Laird and Rubin 1977; as in
 * poLCA), started from a config's own classes so that each class keeps its id and role.
 *
 * The model is the widget's: within a class questions are independent; a single/scale question
 * is one categorical choice; a multiple question with `totals` is a categorical choice of its
 * point total; a multiple question with `shares` is one independent tick per option, its
 * exclusive option ('none') being the chance of ticking none of the others. Written here since
 * no maintained JavaScript package fits this mixed model; it is short and tested on known data.
 */
import type { Answers, Config, Question } from 'sm-maturity-check/core';

type Item =
  | { kind: 'choice'; categories: number; start: (c: string) => number[] }
  | { kind: 'ticks'; options: number; exclusive: number; start: (c: string) => number[] };

/** One response coded per question: a category index, or tick flags per option. */
export type Coded = (number | boolean[])[];

export interface Fit {
  weights: number[];
  /** Per class, per question: category shares (choice) or tick shares per option (ticks). */
  shares: number[][][];
  logLikelihood: number;
  iterations: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** Start values are floored so that a share of 0 in a model cannot rule out what people answer. */
const floor = (xs: readonly number[], min = 0.005) => xs.map((x) => Math.max(x, min));

function itemOf(q: Question): Item {
  const { shares, totals } = q.benchmark;
  const exclusive = q.options.findIndex((o) => o.exclusive);
  if (q.type !== 'multiple') return { kind: 'choice', categories: q.options.length, start: (c) => shares![c]! };
  if (totals) return { kind: 'choice', categories: totals[Object.keys(totals)[0]!]!.length, start: (c) => totals[c]! };
  return { kind: 'ticks', options: q.options.length, exclusive, start: (c) => shares![c]! };
}

/** Codes stored answers for the fit; answers were checked strictly when they were received. */
export function codeAnswers(config: Config, answers: Answers): Coded {
  return config.questions.map((q) => {
    const a = answers[q.id];
    const item = itemOf(q);
    if (q.type !== 'multiple') return q.options.findIndex((o) => o.id === a);
    const ticked = Array.isArray(a) ? a : [];
    if (item.kind === 'choice') return q.options.reduce((t, o) => t + (ticked.includes(o.id) ? o.value : 0), 0);
    return q.options.map((o) => ticked.includes(o.id));
  });
}

export function fitClasses(config: Config, data: readonly Coded[], maxIterations = 1000, tolerance = 1e-7): Fit {
  const items = config.questions.map(itemOf);
  const classes = config.benchmark.classes;
  let weights = floor(classes.map((c) => c.weight));
  let shares = classes.map((c) => items.map((item) => floor(item.start(c.id))));
  const post = data.map(() => new Array<number>(classes.length).fill(0));
  let previous = -Infinity;
  let logLikelihood = -Infinity;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    // E-step: each response's posterior over the classes, in logs for stability.
    const logs = shares.map((perClass) =>
      items.map((item, q) =>
        item.kind === 'choice' ? perClass[q]!.map(Math.log) : perClass[q]!.map((p) => [Math.log(1 - p), Math.log(p)]),
      ),
    );
    logLikelihood = 0;
    data.forEach((row, n) => {
      const ll = classes.map((_, c) => {
        let l = Math.log(weights[c]!);
        items.forEach((item, q) => {
          const v = row[q]!;
          if (item.kind === 'choice') l += (logs[c]![q] as number[])[v as number]!;
          else
            (v as boolean[]).forEach((tick, i) => {
              if (i !== item.exclusive) l += (logs[c]![q] as number[][])[i]![tick ? 1 : 0]!;
            });
        });
        return l;
      });
      const top = Math.max(...ll);
      const e = ll.map((l) => Math.exp(l - top));
      const total = sum(e);
      e.forEach((x, c) => (post[n]![c] = x / total));
      logLikelihood += top + Math.log(total);
    });
    // M-step: weighted frequencies, with a tiny pseudo-count so no share becomes exactly 0 or 1.
    const alpha = 0.01;
    weights = classes.map((_, c) => sum(post.map((p) => p[c]!)) / data.length);
    shares = classes.map((_, c) =>
      items.map((item, q) => {
        const mass = post.reduce((a, p) => a + p[c]!, 0);
        if (item.kind === 'choice') {
          const counts = new Array<number>(item.categories).fill(alpha);
          data.forEach((row, n) => (counts[row[q] as number]! += post[n]![c]!));
          return counts.map((x) => x / (mass + alpha * item.categories));
        }
        const ticks = new Array<number>(item.options).fill(alpha);
        data.forEach((row, n) => (row[q] as boolean[]).forEach((t, i) => t && (ticks[i]! += post[n]![c]!)));
        const p = ticks.map((x) => x / (mass + 2 * alpha));
        // 'None' is not a free parameter: it is ticking none of the others.
        if (item.exclusive >= 0) p[item.exclusive] = p.reduce((a, x, i) => (i === item.exclusive ? a : a * (1 - x)), 1);
        return p;
      }),
    );
    if (Math.abs(logLikelihood - previous) < tolerance * data.length) break;
    previous = logLikelihood;
  }
  return { weights, shares, logLikelihood, iterations };
}

/** Rounds shares to `digits` decimals keeping their sum exactly 1 (the largest absorbs the rest). */
export function roundToOne(xs: readonly number[], digits = 3): number[] {
  const f = 10 ** digits;
  const out = xs.map((x) => Math.round(x * f) / f);
  const top = out.indexOf(Math.max(...out));
  out[top] = Math.round((out[top]! + 1 - sum(out)) * f) / f;
  return out;
}
