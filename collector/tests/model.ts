/**
 * Known benchmark models to draw synthetic responses from: the built-in config with its classes
 * moved (other weights, shifted shares), and a three-class variant with a middle class.
 */
import { defaultConfig, type Config } from 'sm-maturity-check/core';
import { rng } from './helpers.ts';

type Shares = Record<string, number[]>;
const normalise = (xs: number[]) => xs.map((x) => x / xs.reduce((a, b) => a + b, 0));

/** Recomputes each exclusive 'none' share as the chance of ticking none of the others. */
function fixExclusive(config: Config) {
  for (const q of config.questions) {
    const ex = q.options.findIndex((o) => o.exclusive);
    if (q.type !== 'multiple' || q.benchmark.totals || ex < 0) continue;
    for (const list of Object.values(q.benchmark.shares!))
      list[ex] = list.reduce((p, x, i) => (i === ex ? p : p * (1 - x)), 1);
  }
  return config;
}

/** `base` with its shares moved at random (seeded) and the given class weights. */
export function shifted(base: Config, weights: number[], seed: number, amount = 0.6): Config {
  const random = rng(seed);
  const config = structuredClone(base);
  config.benchmark.classes.forEach((c, i) => (c.weight = weights[i]!));
  for (const q of config.questions) {
    const ticks = q.type === 'multiple' && !q.benchmark.totals;
    const table = (q.benchmark.shares ?? q.benchmark.totals) as Shares;
    for (const id of Object.keys(table)) {
      table[id] = ticks
        ? table[id]!.map((p) => Math.min(0.95, Math.max(0.05, p + amount * 0.5 * (random() - 0.5))))
        : normalise(table[id]!.map((p) => (p + 0.02) * (1 + amount * (random() - 0.5))));
    }
  }
  return fixExclusive(config);
}

/** The tables of a question's benchmark, one list per class id. */
const tables = (q: Config['questions'][number]) => (q.benchmark.shares ?? q.benchmark.totals) as Shares;

/**
 * Three classes, one per segment: the built-in config's own when it has three; else a third class,
 * 'verkenner', between its first and last (each share in between, pushed towards the middle options).
 */
export function threeClasses(): Config {
  const config = structuredClone(defaultConfig);
  if (config.benchmark.classes.length === 3) return config;
  const [starter, leader] = [config.benchmark.classes[0]!, config.benchmark.classes.at(-1)!];
  config.benchmark.classes = [
    { ...starter, weight: 0.5 },
    { ...starter, id: 'verkenner', label: { nl: 'Verkenners', en: 'Explorers' }, weight: 0.3 },
    { ...leader, weight: 0.2 },
  ];
  for (const q of config.questions) {
    const ticks = q.type === 'multiple' && !q.benchmark.totals;
    const table = tables(q);
    const [s, v] = [table[starter.id]!, table[leader.id]!];
    table.verkenner = ticks
      ? s.map((x, i) => (x + v[i]!) / 2)
      : normalise(s.map((x, i) => (x + v[i]!) / 2 + (i > 0 && i < s.length - 1 ? 0.3 : 0)));
  }
  return fixExclusive(config);
}

/** Two classes: the built-in config's first and last (its middle ones dropped), weights renormalised. */
export function twoClasses(): Config {
  const config = structuredClone(defaultConfig);
  const kept = [config.benchmark.classes[0]!, config.benchmark.classes.at(-1)!];
  const sum = kept[0]!.weight + kept[1]!.weight;
  config.benchmark.classes = kept.map((c) => ({ ...c, weight: c.weight / sum }));
  for (const q of config.questions) {
    const table = tables(q);
    for (const id of Object.keys(table)) if (!kept.some((c) => c.id === id)) delete table[id];
  }
  return config;
}
