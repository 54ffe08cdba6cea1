/**
 * The config format: what a consultancy may replace, defined once here with zod. From it come the
 * TypeScript types (`Config = z.infer<…>`) and, at build time, the JSON Schema
 * (`dist/config.schema.json` and `config-schema.gen.ts`). At run time a config is checked against
 * that generated JSON Schema by `json-schema.ts` plus `checkConfig`: zod itself is not shipped,
 * since even zod/mini would cost a quarter of the widget's size budget (see README).
 *
 * Only forms JSON Schema expresses are used (no refine/transform), so the generated schema says
 * everything this file says; forms that would need unions are checked by `checkConfig`.
 */
import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import { contactFields } from './payload.ts';
import { configLanguages } from './languages.ts';

export { configLanguages, type ConfigLanguage } from './languages.ts';

// Should zod ever run in a page, jitless keeps it from compiling code at run time (a strict CSP refuses that).
z.config({ jitless: true });

export const questionTypes = ['single', 'multiple', 'scale'] as const;
export type QuestionType = (typeof questionTypes)[number];
export const basisKinds = ['sourced', 'assumed'] as const;
/** What a question is about: the visitor as a person, or their organisation. */
export const aboutKinds = ['person', 'organisation'] as const;

/** A string with a pattern; `what` becomes the JSON Schema description and the error message. */
const patterned = (regex: RegExp, max: number, what: string) =>
  z.string().check(z.maxLength(max), z.regex(regex)).register(z.globalRegistry, { description: what });

const Id = patterned(
  /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
  LIMITS.idLength,
  'letters, digits, - or _, starting with a letter or digit',
);
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const i18n = (max: number) => z.strictObject({ nl: text(max), en: text(max) });
const Text = i18n(LIMITS.textLength);
const LongText = i18n(LIMITS.longTextLength);
// The host part and the rest are split at the first / ? or #, which the host cannot hold: one way
// to match, so a failing URL is refused in linear time (the old pattern backtracked quadratically).
const Url = patterned(/^https:\/\/[^\s\\/?#@]+(?:[/?#][^\s\\]*)?$/, LIMITS.urlLength, 'an https: link (https://…)');
const range = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const Share = range(0, 1);
const list = <T extends z.core.SomeType>(item: T, min: number, max: number) =>
  z.array(item).check(z.minLength(min), z.maxLength(max));

/**
 * Where a benchmark figure comes from (checkConfig enforces the form per kind). `sourced`:
 * `source` = citation (publisher, title, year, population, n), optional `check`: a published
 * marginal the mixture must meet within ±0.01 (the share choosing any of `options`). `assumed`:
 * `quote` = the report's sentence (Dutch, verbatim) the distribution follows, optional `note`.
 */
export const BasisSchema = z.strictObject({
  kind: z.enum(basisKinds),
  source: z.optional(text(LIMITS.longTextLength)),
  url: z.optional(Url),
  check: z.optional(z.strictObject({ options: list(Id, 1, LIMITS.options), share: Share })),
  quote: z.optional(text(LIMITS.longTextLength)),
  note: z.optional(LongText),
});

const OptionSchema = z.strictObject({
  id: Id,
  label: Text,
  /** Maturity points: a non-negative integer. */
  value: whole(0, LIMITS.optionValue),
  /** Multiple choice: ticking this clears the others ('none yet'). */
  exclusive: z.optional(z.boolean()),
  /** What choosing it means as a plain statement ("Dagelijks LinkedIn gebruiken"), for the gaps. */
  statement: z.optional(Text),
});

/** Per benchmark class id, the share of each option (or of each point total). */
const ClassShares = z.record(Id, list(Share, 1, LIMITS.pointTotal + 1));

export const QuestionSchema = z.strictObject({
  id: Id,
  dimension: Id,
  type: z.enum(questionTypes),
  /** Integer weight; 0 marks a profile question that does not score but can select suggestions. */
  weight: z.optional(whole(0, 10)),
  /** Person or organisation: when questions say, the result adds a position for each side. */
  about: z.optional(z.enum(aboutKinds)),
  text: Text,
  help: z.optional(Text),
  options: list(OptionSchema, 2, LIMITS.options),
  benchmark: z.strictObject({
    basis: BasisSchema,
    /** single/scale: share per option (sums to 1); multiple: share who ticked each option. */
    shares: z.optional(ClassShares),
    /** multiple with an exclusive option: distribution over the point total 0…max (sums to 1). */
    totals: z.optional(ClassShares),
  }),
});

const DistributionSchema = z.strictObject({
  scores: list(range(0, 100), 1, 101),
  shares: list(Share, 1, 101),
});

/**
 * One of three forms (checkConfig enforces exactly one): `{dimension, scoreBelow?, percentileBelow?}`,
 * `{segment: [ids]}` (the visitor's segment is one of them), `{question, anyOf: [optionIds]}`.
 */
const ConditionSchema = z.strictObject({
  dimension: z.optional(Id),
  scoreBelow: z.optional(range(0, 100)),
  percentileBelow: z.optional(range(0, 100)),
  segment: z.optional(list(Id, 1, LIMITS.segments)),
  question: z.optional(Id),
  anyOf: z.optional(list(Id, 1, LIMITS.options)),
});

const Labelled = z.strictObject({ id: Id, label: Text, description: z.optional(Text) });

/** A segment's next step: shown after the suggestions as a plain link. */
const CtaSchema = z.strictObject({ title: Text, body: LongText, label: Text, url: Url });

/**
 * Opt-in delivery (the element's `endpoint`): which contact fields the form asks for (default an
 * optional name and e-mail address) and, optionally, the form's own texts instead of the built-in ones.
 */
const DeliverySchema = z.strictObject({
  fields: z.optional(
    list(z.strictObject({ id: z.enum(contactFields), required: z.optional(z.boolean()) }), 1, contactFields.length),
  ),
  title: z.optional(Text),
  intro: z.optional(LongText),
  /** The sentence the visitor ticks; sent along with the result as given. */
  consent: z.optional(LongText),
  submit: z.optional(Text),
});

export const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(LIMITS.urlLength))),
  id: Id,
  version: patterned(/^[0-9A-Za-z.+-]{1,32}$/, 32, 'a short version string such as "1" or "2011.1"'),
  title: Text,
  intro: LongText,
  /**
   * Languages the texts are in (default both). With one, texts need only that language, and an
   * element asked for another shows the first one listed.
   */
  languages: z.optional(list(z.enum(configLanguages), 1, configLanguages.length)),
  /** Who offers the check: shown on the result card and named as the receiver of delivered results. */
  brand: z.optional(z.strictObject({ name: text(LIMITS.textLength), url: Url })),
  delivery: z.optional(DeliverySchema),
  /** Minutes the check takes, shown on the intro. */
  minutes: whole(1, 60),
  source: z.strictObject({
    title: text(LIMITS.textLength),
    publisher: text(LIMITS.textLength),
    author: z.optional(text(LIMITS.textLength)),
    year: whole(1990, 2100),
    /** Number of respondents; absent when not published. */
    n: z.optional(whole(1, 1e9)),
    url: z.optional(Url),
    /** Short visitor-facing note: why the comparison is indicative. */
    note: LongText,
    /** Longer provenance: how the benchmark was built (kept as data, shown on request). */
    method: LongText,
  }),
  dimensions: list(Labelled, 1, LIMITS.dimensions),
  questions: list(QuestionSchema, 1, LIMITS.questions),
  benchmark: z.strictObject({
    /** Mixture classes: each with a weight (summing to 1) and its own per-question shares. */
    classes: list(z.strictObject({ id: Id, weight: Share, label: Text, basis: BasisSchema }), 1, LIMITS.classes),
    /** The class read as 'what voorlopers do'. */
    leaders: z.optional(Id),
    /** Measured score distributions (0–100) from raw responses; used instead of computed ones. */
    measured: z.optional(
      z.strictObject({
        overall: z.optional(DistributionSchema),
        /** Per dimension id. */
        dimensions: z.optional(list(z.strictObject({ id: Id, ...DistributionSchema.shape }), 1, LIMITS.dimensions)),
      }),
    ),
  }),
  segments: list(
    z.strictObject({ id: Id, label: Text, description: LongText, min: range(0, 99.99), cta: z.optional(CtaSchema) }),
    1,
    LIMITS.segments,
  ),
  routes: list(Labelled, 1, LIMITS.routes),
  suggestions: list(
    z.strictObject({
      id: Id,
      route: Id,
      title: Text,
      body: LongText,
      /** One line on why it was chosen, shown with it ("Omdat je aangaf …"). */
      reason: z.optional(Text),
      url: z.optional(Url),
      /** Higher first among equally weak spots. */
      priority: z.optional(whole(0, 100)),
      /** All conditions must hold; an empty list always matches (a fallback). */
      when: list(ConditionSchema, 0, 8),
    }),
    1,
    LIMITS.suggestions,
  ),
});

export type Config = z.infer<typeof ConfigSchema>;
export type Question = Config['questions'][number];
export type Option = Question['options'][number];
export type Basis = z.infer<typeof BasisSchema>;
export type Condition = Config['suggestions'][number]['when'][number];
export type Distribution = z.infer<typeof DistributionSchema>;
export type Cta = z.infer<typeof CtaSchema>;
export type DeliveryConfig = z.infer<typeof DeliverySchema>;
