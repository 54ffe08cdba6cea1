/**
 * Configs built to be as costly to score as the validator allows: the issue's example (60
 * multiple-choice questions in one dimension, 20 points per option, weight 10, six classes) and
 * variants of other shapes, scaled by their number of questions. Shared by the Node cost-bound
 * test and the browser long-task test.
 */
import { LIMITS } from '../../src/core/limits.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import type { Config, Question } from '../../src/core/schema.ts';
import { fixture } from './fixtures.ts';

export interface Shape {
  name: string;
  type: Question['type'];
  /** Options per question (multiple: the first is the exclusive 'none', worth 0). */
  options: number;
  /** Value of every scoring option (single/scale: values 0, value/(n−1)…, value). */
  value: number;
  weight: number;
  classes: number;
  /** Dimensions the questions are spread over, round robin. */
  dimensions: number;
}

const t = (text: string) => ({ nl: text, en: text });
const basis = { kind: 'assumed' as const, quote: 'Een testzin.' };

/** The issue's example: 60 × multiple, 20 points per option (3 options: 60 points), weight 10, six classes. */
export const issueShape: Shape = {
  name: 'issue: multiple, 3 × 20 points, weight 10, 6 classes',
  type: 'multiple',
  options: 4,
  value: 20,
  weight: 10,
  classes: 6,
  dimensions: 1,
};

export const shapes: Shape[] = [
  issueShape,
  { ...issueShape, name: 'multiple, 12 options of 5 points, weight 10', options: 12, value: 5 },
  { ...issueShape, name: 'multiple, 6 options of 1, 2, 4, 8, 16 points, weight 7', options: 6, value: 0, weight: 7 },
  {
    ...issueShape,
    name: 'single, 12 options 0–20, weight 10',
    type: 'single',
    options: 12,
    value: 20,
  },
  {
    ...issueShape,
    name: 'scale, 12 options 0–20, weight 10, 3 dimensions',
    type: 'scale',
    options: 12,
    value: 20,
    dimensions: 3,
  },
];

function question(shape: Shape, index: number, classIds: string[]): Question {
  const { type, options: n, value, weight } = shape;
  const dimension = `d${index % shape.dimensions}`;
  let options: Question['options'];
  let shares: number[];
  if (type === 'multiple') {
    // value 0 in a shape: distinct values 1, 2, 4, … so that every total up to the maximum is reachable.
    const values = Array.from({ length: n - 1 }, (_, i) => (value ? value : Math.min(2 ** i, 20)));
    options = [
      { id: 'none', label: t('none'), value: 0, exclusive: true },
      ...values.map((v, i) => ({ id: `o${i}`, label: t(`o${i}`), value: v })),
    ];
    const tick = values.map(() => 0.5);
    shares = [tick.reduce((none, p) => none * (1 - p), 1), ...tick];
  } else {
    options = Array.from({ length: n }, (_, i) => ({
      id: `o${i}`,
      label: t(`o${i}`),
      value: Math.round((value * i) / (n - 1)),
    }));
    shares = options.map(() => 1 / n);
  }
  return {
    id: `q${index}`,
    dimension,
    type,
    weight,
    text: t(`q${index}`),
    options,
    benchmark: { basis, shares: Object.fromEntries(classIds.map((id) => [id, shares])) },
  };
}

/** A valid config (apart from its cost) of `questions` questions of `shape`. */
export function costlyConfig(shape: Shape, questions: number): Config {
  const classIds = Array.from({ length: shape.classes }, (_, i) => `c${i}`);
  return {
    ...structuredClone(fixture),
    id: 'costly',
    dimensions: Array.from({ length: shape.dimensions }, (_, i) => ({ id: `d${i}`, label: t(`d${i}`) })),
    questions: Array.from({ length: questions }, (_, i) => question(shape, i, classIds)),
    benchmark: {
      classes: classIds.map((id) => ({ id, weight: 1 / shape.classes, label: t(id), basis })),
    },
    // Only unconditional suggestions: the fixture's conditions name its own dimensions and questions.
    suggestions: structuredClone(fixture.suggestions.filter((s) => s.when.length === 0)),
  };
}

/** The most questions of `shape` that parseConfig accepts (0 when none), by bisection on 0…60. */
export function largestAccepted(shape: Shape): number {
  let [lo, hi] = [0, LIMITS.questions];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (parseConfig(costlyConfig(shape, mid)).success) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
