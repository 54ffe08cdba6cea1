/**
 * Simulated respondents of one benchmark class, drawn exactly as the model assumes: each question
 * answered independently from the class's own shares (single/scale), independent ticks
 * (multiple with shares) or a point total spread over randomly chosen options (multiple with
 * totals; every option of the built-in content is worth 1 point). Seeded, so runs repeat.
 */
import type { Answers } from '../../src/core/answers.ts';
import type { Config } from '../../src/core/schema.ts';

/** mulberry32: a tiny seeded generator; Math.random cannot be seeded. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index drawn with probability ∝ shares[i]. */
function pick(shares: readonly number[], rnd: () => number): number {
  let r = rnd() * shares.reduce((a, b) => a + b, 0);
  for (let i = 0; i < shares.length; i++) if ((r -= shares[i]!) < 0) return i;
  return shares.length - 1;
}

export function respondent(config: Config, classId: string, rnd: () => number): Answers {
  const answers: Answers = {};
  for (const q of config.questions) {
    const { shares, totals } = q.benchmark;
    const exclusive = q.options.find((o) => o.exclusive)?.id;
    const scoring = q.options.filter((o) => !o.exclusive).map((o) => o.id);
    let ticked: string[];
    if (q.type !== 'multiple') {
      answers[q.id] = q.options[pick(shares![classId]!, rnd)]!.id;
      continue;
    } else if (totals) {
      const k = pick(totals[classId]!, rnd);
      // A random k of the scoring options: shuffle by sorting on random keys.
      ticked = scoring
        .map((id) => [rnd(), id] as const)
        .sort((a, b) => a[0] - b[0])
        .slice(0, k)
        .map(([, id]) => id);
    } else {
      ticked = q.options.filter((o, i) => !o.exclusive && rnd() < shares![classId]![i]!).map((o) => o.id);
    }
    answers[q.id] = ticked.length ? q.options.filter((o) => ticked.includes(o.id)).map((o) => o.id) : [exclusive!];
  }
  return answers;
}

/** The lowest answer to every question (the exclusive 'none' on multiple questions). */
export const lowest = (config: Config): Answers =>
  Object.fromEntries(
    config.questions.map((q) => [
      q.id,
      q.type === 'multiple' ? [q.options.find((o) => o.exclusive)!.id] : q.options[0]!.id,
    ]),
  );

/** The last option of every question (ticked alone on a multiple question): 'last option everywhere'. */
export const lastOptions = (config: Config): Answers =>
  Object.fromEntries(
    config.questions.map((q) => {
      const id = q.options.at(-1)!.id;
      return [q.id, q.type === 'multiple' ? [id] : id];
    }),
  );
