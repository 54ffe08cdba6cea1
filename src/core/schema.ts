/**
 * The config format: what a consultancy may replace. Parsed once at the edge (a fetched JSON,
 * the `config` property); everything inward receives the typed `Config`.
 *
 * zod/mini keeps the on-demand validation chunk small; `jitless` must be set before the first
 * schema is built, or zod probes `new Function` and a strict CSP reports an eval violation.
 */
import * as z from 'zod/mini';
import { LIMITS, isHttpsUrl } from './limits.ts';

z.config({
  jitless: true,
  // Messages a hand-editor understands, without zod's locale tables (size).
  customError: (issue) => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? 'is required' : `must be ${issue.expected}`;
    if (issue.code === 'unrecognized_keys') return `unknown key(s): ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
    if (issue.code === 'invalid_union') return 'does not match any allowed form';
    return undefined;
  },
});

export const questionTypes = ['single', 'multiple', 'scale'] as const;
export type QuestionType = (typeof questionTypes)[number];
export const basisKinds = ['sourced', 'assumed'] as const;

// Only zod's cheapest building blocks (object, string, number, array, optional, boolean, custom)
// are used: each further zod type costs bytes in every visitor's download. Forms that a type
// system would express as unions are checked by `checkConfig`, which names the path.
const id = () =>
  z.string().check(
    z.regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be letters, digits, - or _ (starting with a letter or digit)'),
    z.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  );
const text = (max: number = LIMITS.textLength) =>
  z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
const i18n = (max?: number) => z.strictObject({ nl: text(max), en: text(max) });
const httpsUrl = () =>
  z.string().check(
    z.maxLength(LIMITS.urlLength, `must be at most ${LIMITS.urlLength} characters`),
    z.refine(isHttpsUrl, 'must be an https: link (https://…)'),
  );
const number = (min: number, max: number, integer = false) =>
  z.number().check(
    z.refine((n) => n >= min && n <= max && (!integer || Number.isInteger(n)), `must be a${integer ? ' whole' : ''} number from ${min} to ${max}`),
  );
const share = () => number(0, 1);
const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((v) => values.includes(v as T), `must be one of: ${values.join(', ')}`);
const list = <T extends z.core.SomeType>(item: T, min: number, max: number, what: string) =>
  z.array(item).check(
    z.minLength(min, `needs at least ${min} ${what}`),
    z.maxLength(max, `allows at most ${max} ${what}`),
  );

/**
 * Where a benchmark figure comes from. `sourced`: a published figure (`source` = citation with
 * publisher, title, year, population and n; optional `check`, a marginal the mixture must meet
 * within ±0.01: the share choosing any of `options`). `assumed`: `quote` = the report's sentence
 * (Dutch, verbatim) the distribution follows, with an optional `note`.
 */
export const BasisSchema = z.strictObject({
  kind: oneOf(basisKinds),
  source: z.optional(text(LIMITS.longTextLength)),
  url: z.optional(httpsUrl()),
  check: z.optional(z.strictObject({ options: list(id(), 1, LIMITS.options, 'options'), share: share() })),
  quote: z.optional(text(LIMITS.longTextLength)),
  note: z.optional(i18n(LIMITS.longTextLength)),
});

const OptionSchema = z.strictObject({
  id: id(),
  label: i18n(),
  /** Maturity points: a non-negative integer. */
  value: number(0, LIMITS.optionValue, true),
  /** Multiple choice: ticking this clears the others ('none yet'). */
  exclusive: z.optional(z.boolean()),
});

/** Per benchmark class id, the share of each option (or of each point total). */
const ClassShares = z.custom<Record<string, number[]>>(
  (v) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) &&
    Object.entries(v).every(([key, list]) =>
      /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(key) && Array.isArray(list) && list.length <= LIMITS.pointTotal + 1 &&
      list.every((n) => typeof n === 'number' && n >= 0 && n <= 1)),
  'must map each class id to a list of shares between 0 and 1',
);

export const QuestionSchema = z.strictObject({
  id: id(),
  dimension: id(),
  type: oneOf(questionTypes),
  /** Integer weight; 0 marks a profile question that does not score but can select suggestions. */
  weight: z.optional(number(0, 10, true)),
  text: i18n(),
  help: z.optional(i18n()),
  options: list(OptionSchema, 2, LIMITS.options, 'options'),
  benchmark: z.strictObject({
    basis: BasisSchema,
    /** single/scale: share per option (sums to 1); multiple: share who ticked each option. */
    shares: z.optional(ClassShares),
    /** multiple with an exclusive option: distribution over the point total 0…max (sums to 1). */
    totals: z.optional(ClassShares),
  }),
});

const DistributionSchema = z.strictObject({
  scores: list(number(0, 100), 1, 101, 'scores'),
  shares: list(share(), 1, 101, 'shares'),
});

/**
 * One of three forms (checkConfig enforces exactly one): `{dimension, scoreBelow?, percentileBelow?}`,
 * `{segment: [ids]}` (the visitor's segment is one of them), `{question, anyOf: [optionIds]}`.
 */
const ConditionSchema = z.strictObject({
  dimension: z.optional(id()),
  scoreBelow: z.optional(number(0, 100)),
  percentileBelow: z.optional(number(0, 100)),
  segment: z.optional(list(id(), 1, LIMITS.segments, 'segments')),
  question: z.optional(id()),
  anyOf: z.optional(list(id(), 1, LIMITS.options, 'options')),
});

export const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(LIMITS.urlLength))),
  id: id(),
  version: z.string().check(z.regex(/^[0-9A-Za-z.+-]{1,32}$/, 'must be a short version string such as "1" or "2011.1"')),
  title: i18n(),
  intro: i18n(LIMITS.longTextLength),
  /** Minutes the check takes, shown on the intro. */
  minutes: number(1, 60, true),
  source: z.strictObject({
    title: text(),
    publisher: text(),
    author: z.optional(text()),
    year: number(1990, 2100, true),
    /** Number of respondents; absent when not published. */
    n: z.optional(number(1, 1e9, true)),
    url: z.optional(httpsUrl()),
    /** Short visitor-facing note: why the comparison is indicative. */
    note: i18n(LIMITS.longTextLength),
    /** Longer provenance: how the benchmark was built (kept as data, shown on request). */
    method: i18n(LIMITS.longTextLength * 2),
  }),
  dimensions: list(
    z.strictObject({ id: id(), label: i18n(), description: z.optional(i18n()) }),
    1,
    LIMITS.dimensions,
    'dimensions',
  ),
  questions: list(QuestionSchema, 1, LIMITS.questions, 'questions'),
  benchmark: z.strictObject({
    /** Mixture classes: each with a weight (summing to 1) and its own per-question shares. */
    classes: list(
      z.strictObject({ id: id(), weight: share(), label: i18n(), basis: BasisSchema }),
      1,
      LIMITS.classes,
      'classes',
    ),
    /** The class read as 'what voorlopers do'. */
    leaders: z.optional(id()),
    /** Measured score distributions (0–100) from raw responses; used instead of computed ones. */
    measured: z.optional(
      z.strictObject({
        overall: z.optional(DistributionSchema),
        /** Per dimension id. */
        dimensions: z.optional(z.array(z.strictObject({ id: id(), ...DistributionSchema.shape }))),
      }),
    ),
  }),
  segments: list(
    z.strictObject({ id: id(), label: i18n(), description: i18n(LIMITS.longTextLength), min: number(0, 99.99) }),
    1,
    LIMITS.segments,
    'segments',
  ),
  routes: list(z.strictObject({ id: id(), label: i18n(), description: z.optional(i18n()) }), 1, LIMITS.routes, 'routes'),
  suggestions: list(
    z.strictObject({
      id: id(),
      route: id(),
      title: i18n(),
      body: i18n(LIMITS.longTextLength),
      url: z.optional(httpsUrl()),
      /** Higher first among equally weak spots. */
      priority: z.optional(number(0, 100, true)),
      /** All conditions must hold; an empty list always matches (a fallback). */
      when: list(ConditionSchema, 0, 8, 'conditions'),
    }),
    1,
    LIMITS.suggestions,
    'suggestions',
  ),
});

export type Config = z.infer<typeof ConfigSchema>;
export type Question = Config['questions'][number];
export type Option = Question['options'][number];
export type Basis = z.infer<typeof BasisSchema>;
export type Condition = Config['suggestions'][number]['when'][number];
export type Distribution = z.infer<typeof DistributionSchema>;
