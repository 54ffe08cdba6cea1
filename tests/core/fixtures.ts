/**
 * A small hand-made config whose benchmark is worked out by hand in scoring.test.ts, plus
 * fast-check arbitraries for random valid configs and random (raw) answers.
 *
 * Benchmark per class (starter weight 0.75, voorloper 0.25); points = weight × value:
 *   freq (use, single)        never 0 / monthly 1 / weekly 2   starter .5 .5 0   voorloper 0 .25 .75
 *   channels (use, multiple)  linkedin 1, twitter 1, blog 2, none 0 (exclusive); ticked independently:
 *                             starter .5 0 0 .5                 voorloper 1 .5 .5 0
 *   learn (knowledge, scale, weight 2)  low 0 / mid 1 / high 2  starter .5 .5 0   voorloper 0 .5 .5
 */
import fc from 'fast-check';
import type { Answers } from '../../src/core/answers.ts';
import type { Config, Question } from '../../src/core/schema.ts';

const t = (nl: string, en: string = nl) => ({ nl, en });
const basis = { kind: 'assumed' as const, quote: 'Een testzin.' };
const option = (id: string, value: number, exclusive?: boolean) => ({
  id,
  label: t(`${id} (nl)`, `${id} (en)`),
  value,
  ...(exclusive ? { exclusive } : {}),
});

export const fixture: Config = {
  id: 'fixture',
  version: '1',
  title: t('Testcheck', 'Test check'),
  intro: t('Een korte test.', 'A short test.'),
  minutes: 2,
  source: {
    title: 'Test source',
    publisher: 'Tests',
    year: 2011,
    note: t('Indicatief.', 'Indicative.'),
    method: t('Met de hand.', 'By hand.'),
  },
  dimensions: [
    { id: 'use', label: t('Gebruik', 'Use') },
    { id: 'knowledge', label: t('Kennis', 'Knowledge') },
  ],
  questions: [
    {
      id: 'freq',
      dimension: 'use',
      type: 'single',
      text: t('Hoe vaak?', 'How often?'),
      options: [option('never', 0), option('monthly', 1), option('weekly', 2)],
      benchmark: { basis, shares: { starter: [0.5, 0.5, 0], voorloper: [0, 0.25, 0.75] } },
    },
    {
      id: 'channels',
      dimension: 'use',
      type: 'multiple',
      text: t('Welke kanalen?', 'Which channels?'),
      options: [option('linkedin', 1), option('twitter', 1), option('blog', 2), option('none', 0, true)],
      benchmark: { basis, shares: { starter: [0.5, 0, 0, 0.5], voorloper: [1, 0.5, 0.5, 0] } },
    },
    {
      id: 'learn',
      dimension: 'knowledge',
      type: 'scale',
      weight: 2,
      text: t('Hoeveel leer je?', 'How much do you learn?'),
      options: [option('low', 0), option('mid', 1), option('high', 2)],
      benchmark: { basis, shares: { starter: [0.5, 0.5, 0], voorloper: [0, 0.5, 0.5] } },
    },
  ],
  benchmark: {
    classes: [
      { id: 'starter', weight: 0.75, label: t('Starters'), basis },
      { id: 'voorloper', weight: 0.25, label: t('Voorlopers', 'Leaders'), basis },
    ],
    leaders: 'voorloper',
  },
  segments: [
    { id: 'starter', label: t('Starter'), description: t('Begin.', 'Start.'), min: 0 },
    { id: 'verkenner', label: t('Verkenner', 'Explorer'), description: t('Verder.', 'Further.'), min: 30 },
    { id: 'voorloper', label: t('Voorloper', 'Leader'), description: t('Voorop.', 'Ahead.'), min: 70 },
  ],
  routes: [
    { id: 'others', label: t('Leren van anderen', 'Learn from others') },
    { id: 'online', label: t('Online kennis delen', 'Share online') },
    { id: 'hire', label: t('Ervaring inhuren', 'Hire experience') },
    { id: 'practice', label: t('Zelf doen', 'Learn by doing') },
  ],
  suggestions: [
    {
      id: 's-use',
      route: 'practice',
      priority: 1,
      title: t('Gebruik meer'),
      body: t('Meer.'),
      when: [{ dimension: 'use', percentileBelow: 50 }],
    },
    {
      id: 's-knowledge',
      route: 'online',
      title: t('Leer meer'),
      body: t('Leer.'),
      when: [{ dimension: 'knowledge', scoreBelow: 60 }],
    },
    { id: 's-starter', route: 'others', title: t('Kijk rond'), body: t('Kijk.'), when: [{ segment: ['starter'] }] },
    {
      id: 's-none',
      route: 'hire',
      priority: 10,
      title: t('Huur in'),
      body: t('Huur.'),
      when: [{ question: 'channels', anyOf: ['none'] }],
    },
    {
      id: 's-both',
      route: 'practice',
      title: t('Beide'),
      body: t('Beide.'),
      when: [
        { dimension: 'use', scoreBelow: 50 },
        { dimension: 'knowledge', scoreBelow: 50 },
      ],
    },
    { id: 'fb-cases', route: 'others', title: t('Voorbeelden', 'Examples'), body: t('Lees.', 'Read.'), when: [] },
    {
      id: 'fb-group',
      route: 'online',
      priority: 5,
      url: 'https://example.org/group',
      title: t('Groep', 'Group'),
      body: t('Doe mee.', 'Join.'),
      when: [],
    },
    { id: 'fb-extra', route: 'practice', title: t('Experiment'), body: t('Probeer.', 'Try.'), when: [] },
  ],
};

export const q = (config: Config, id: string): Question => {
  const found = config.questions.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

const normalise = (values: readonly number[]) => {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (total > 0 ? v / total : 1 / values.length));
};

/** Independent tick shares; the exclusive option (first) gets the chance of ticking none of the others. */
const tickShares = (raw: readonly number[]) => {
  const ticks = raw.slice(1).map((r) => r / 9);
  return [ticks.reduce((none, s) => none * (1 - s), 1), ...ticks];
};

const questionSpec = fc.record({
  type: fc.constantFrom('single', 'multiple', 'scale'),
  weight: fc.integer({ min: 0, max: 3 }),
  values: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 5 }),
  useTotals: fc.boolean(),
  dimension: fc.nat(),
  /** Raw benchmark weights for up to 3 classes: per option, and per point total (≤ 5 × 4 + 1). */
  raw: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 21, maxLength: 21 }), {
    minLength: 3,
    maxLength: 3,
  }),
});

/** Random configs in the shape the config check accepts (shares sum to 1, exclusive worth 0, …). */
export const configArb: fc.Arbitrary<Config> = fc
  .record({
    dimensions: fc.integer({ min: 1, max: 3 }),
    classWeights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }),
    questions: fc.array(questionSpec, { minLength: 1, maxLength: 6 }),
    thresholds: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }),
    measured: fc.option(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 101, maxLength: 101 }), { freq: 4 }),
  })
  .map(({ dimensions, classWeights, questions, thresholds, measured }) => {
    const classIds = classWeights.map((_, i) => `c${i}`);
    const dims = Array.from({ length: dimensions }, (_, i) => ({ id: `d${i}`, label: t(`d${i}`) }));
    const weights = normalise(classWeights);
    const built: Question[] = questions.map((spec, qi) => {
      const multiple = spec.type === 'multiple';
      // Multiple-choice questions open with an exclusive 'none yet' option, as the config check asks.
      const options = spec.values.map((v, oi) => option(`o${oi}`, multiple && oi === 0 ? 0 : v, multiple && oi === 0));
      const maxPoints = options.filter((o) => !o.exclusive).reduce((a, o) => a + o.value, 0);
      const table = (f: (raw: number[]) => number[]) =>
        Object.fromEntries(classIds.map((id, ci) => [id, f(spec.raw[ci]!)]));
      const benchmark =
        multiple && spec.useTotals
          ? { basis, totals: table((raw) => normalise(raw.slice(0, maxPoints + 1))) }
          : {
              basis,
              shares: table((raw) =>
                multiple ? tickShares(raw.slice(0, options.length)) : normalise(raw.slice(0, options.length)),
              ),
            };
      return {
        id: `q${qi}`,
        dimension: `d${spec.dimension % dimensions}`,
        type: spec.type,
        weight: spec.weight,
        text: t(`q${qi}`),
        options,
        benchmark,
      };
    });
    const mins = [0, ...[...thresholds].sort((a, b) => a - b)];
    const config: Config = {
      ...fixture,
      id: 'random',
      dimensions: dims,
      questions: built,
      benchmark: {
        classes: classIds.map((id, ci) => ({ id, weight: weights[ci]!, label: t(id), basis })),
        leaders: classIds[classIds.length - 1]!,
        ...(measured
          ? { measured: { overall: { scores: measured.map((_, i) => i), shares: normalise(measured) } } }
          : {}),
      },
      segments: mins.map((min, i) => ({ id: `s${i}`, label: t(`s${i}`), description: t(`s${i}`), min })),
      suggestions: [
        ...dims.map((d, i) => ({
          id: `dim-${d.id}`,
          route: 'online',
          priority: i,
          title: t(d.id),
          body: t(d.id),
          when: [{ dimension: d.id, percentileBelow: 50 }],
        })),
        { id: 'seg', route: 'others', title: t('seg'), body: t('seg'), when: [{ segment: ['s0'] }] },
        { id: 'q0', route: 'hire', title: t('q0'), body: t('q0'), when: [{ question: 'q0', anyOf: ['o1'] }] },
        ...fixture.suggestions.filter((s) => s.when.length === 0),
      ],
    };
    return config;
  });

/**
 * Raw answers for `config`: per question unanswered, a valid answer, or junk (unknown ids,
 * duplicates, an exclusive option with others, the wrong shape).
 */
export function answersArb(config: Config): fc.Arbitrary<Answers> {
  const entries = config.questions.map((question) => {
    const ids = question.options.map((o) => o.id);
    const valid = question.type === 'multiple' ? fc.subarray(ids, { minLength: 1 }) : fc.constantFrom(...ids);
    const junk = fc.oneof(fc.array(fc.constantFrom(...ids, 'zzz')), fc.constantFrom(...ids, 'zzz'));
    return fc.option(fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: junk, weight: 1 }), {
      nil: undefined,
      freq: 4,
    });
  });
  return fc.tuple(...entries).map((values) => {
    const answers: Answers = {};
    values.forEach((value, i) => {
      if (value !== undefined) answers[config.questions[i]!.id] = value;
    });
    return answers;
  });
}

/** A config together with raw answers for it. */
export const configAndAnswersArb = configArb.chain((config) =>
  answersArb(config).map((answers) => ({ config, answers })),
);
