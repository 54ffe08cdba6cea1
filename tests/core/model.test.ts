/**
 * The built-in benchmark model against what the issue asks of it: thresholds derived from the
 * model, segments that mean what they say for simulated respondents of each class, the report's
 * words and the published marginals, and questions a 2026 visitor can answer.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig as config } from '../../src/content/report-2011.ts';
import { posteriorAtLeast } from '../../src/core/model.ts';
import { deriveThresholds } from '../../src/core/thresholds.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import { checkConfig } from '../../src/core/check-config.ts';
import { midRank } from '../../src/core/distribution.ts';
import { lowest, random, respondent } from './respondents.ts';

const PER_CLASS = 2500;
const segmentIndex = (answers: Parameters<typeof scoreAnswers>[1]) =>
  config.segments.findIndex((s) => s.id === scoreAnswers(config, answers).segment.id);
const q = (id: string) => config.questions.find((x) => x.id === id)!;
/** The mixture's share choosing any of `options` (single/scale) or ticking it (multiple). */
const mixed = (id: string, options: string[]) =>
  config.benchmark.classes.reduce((total, c) => {
    const question = q(id);
    const shares = question.benchmark.shares![c.id]!;
    const chosen = options.reduce((s, o) => s + shares[question.options.findIndex((x) => x.id === o)]!, 0);
    return total + c.weight * chosen;
  }, 0);

describe('segment thresholds', () => {
  it('are the ones the model derives (P(segment ≥ k | score) reaches ½)', () => {
    assert.deepEqual(
      config.segments.map((s) => s.min),
      deriveThresholds(config),
    );
  });

  it('the posterior of the higher segments grows across each threshold', () => {
    const post = posteriorAtLeast(config)!;
    config.segments.slice(1).forEach((s, k) => {
      const below = post.slice(0, s.min).filter((p) => p !== undefined);
      assert.ok(below.length > 0 && below.at(-1)![k]! < 0.5, `just below ${s.min}: P < ½`);
      assert.ok(post[s.min]![k]! >= 0.5, `at ${s.min}: P ≥ ½`);
    });
  });

  it('cannot be derived when a class stands for no segment', () => {
    const other = { ...config, segments: config.segments.map((s) => ({ ...s, id: `x-${s.id}` })) };
    assert.equal(deriveThresholds(other), undefined);
  });
});

describe(`simulated respondents (${PER_CLASS} per class, seeded)`, () => {
  const rnd = random(2011);
  const landed = Object.fromEntries(
    config.benchmark.classes.map((c) => {
      const counts = new Map<string, number>();
      for (let i = 0; i < PER_CLASS; i++) {
        const id = scoreAnswers(config, respondent(config, c.id, rnd)).segment.id;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return [c.id, (segment: string) => (counts.get(segment) ?? 0) / PER_CLASS];
    }),
  );

  it('at least 70 % of the voorlopers land in the voorloper segment', () => {
    assert.ok(landed.voorloper!('voorloper') >= 0.7, `${landed.voorloper!('voorloper')}`);
  });

  it('at most 15 % of every other class lands there', () => {
    for (const c of config.benchmark.classes.filter((x) => x.id !== 'voorloper'))
      assert.ok(landed[c.id]!('voorloper') <= 0.15, `${c.id}: ${landed[c.id]!('voorloper')}`);
  });

  it('most of each class lands in its own segment', () => {
    for (const c of config.benchmark.classes) assert.ok(landed[c.id]!(c.id) >= 0.7, `${c.id}: ${landed[c.id]!(c.id)}`);
  });
});

describe('the segment never goes down when an answer goes up', () => {
  it('for random answers, raising one answer (or ticking one more option)', () => {
    const answerArb = fc.record(
      Object.fromEntries(
        config.questions.map((x) => [
          x.id,
          x.type === 'multiple'
            ? fc.subarray(x.options.filter((o) => !o.exclusive).map((o) => o.id))
            : fc.constantFrom(...x.options.map((o) => o.id)),
        ]),
      ),
    );
    fc.assert(
      fc.property(answerArb, fc.constantFrom(...config.questions), (raw, question) => {
        const answers = Object.fromEntries(
          Object.entries(raw).map(([id, a]) => [id, Array.isArray(a) && !a.length ? ['none'] : a]),
        ) as Record<string, string | string[]>;
        const before = segmentIndex(answers);
        const current = answers[question.id]!;
        const ups =
          question.type === 'multiple'
            ? question.options
                .filter((o) => !o.exclusive && !current.includes(o.id))
                .map((o) => [...[current].flat().filter((id) => id !== 'none'), o.id])
            : question.options
                .filter((o) => o.value > question.options.find((x) => x.id === current)!.value)
                .map((o) => o.id);
        for (const up of ups) assert.ok(segmentIndex({ ...answers, [question.id]: up }) >= before);
      }),
      { numRuns: 300, seed: 10 },
    );
  });
});

describe('the large, almost inexperienced group is in the model', () => {
  it('LinkedIn now and then, lowest elsewhere: a starter at percentile ≥ 8', () => {
    const r = scoreAnswers(config, { ...lowest(config), linkedin: 'sometimes' });
    assert.equal(r.segment.id, 'starter');
    assert.ok(r.overall.percentile >= 8, `percentile ${r.overall.percentile}`);
  });

  it('the lowest answer everywhere: a starter at percentile ≥ 1 (unrounded ≥ 0.5)', () => {
    const r = scoreAnswers(config, lowest(config));
    assert.equal(r.segment.id, 'starter');
    assert.ok(midRank(r.overall.distribution, r.overall.score) >= 0.5);
  });
});

describe("the report's figures and words", () => {
  it('meets the published marginals within ±0.01 (LinkedIn 90 %, X/Twitter 71 %, Facebook 38 %)', () => {
    const used = ['sometimes', 'weekly', 'daily'];
    for (const [id, share] of [
      ['linkedin', 0.9],
      ['twitter', 0.71],
      ['facebook', 0.38],
    ] as const)
      assert.ok(Math.abs(mixed(id, used) - share) <= 0.01, `${id}: ${mixed(id, used)}`);
    assert.deepEqual(checkConfig(config), []);
  });

  it('"een relatief kleine groep": 15–30 % blog or measure at all', () => {
    for (const id of ['blog', 'analytics']) {
      const share = mixed(id, ['sometimes', 'weekly', 'daily']);
      assert.ok(share >= 0.15 && share <= 0.3, `${id}: ${share}`);
    }
  });

  it('"slechts sporadisch": social listening ≤ 25 % at all, ≤ 10 % regularly', () => {
    assert.ok(mixed('listening', ['adhoc', 'regular', 'structural']) <= 0.25);
    assert.ok(mixed('listening', ['regular', 'structural']) <= 0.1);
  });

  it('time and money are the most chosen concerns', () => {
    const [time, money, ...rest] = ['time', 'money', 'serious'].map((o) => mixed('concerns', [o]));
    for (const other of rest) assert.ok(Math.min(time!, money!) > other, `${time} ${money} vs ${other}`);
  });
});

describe('questions a 2026 visitor can answer', () => {
  it('no Hyves, X named as X, at most 17 questions in at most 5 minutes', () => {
    assert.ok(!config.questions.some((x) => /hyves/i.test(JSON.stringify(x.text))));
    assert.match(q('twitter').text.nl, /X \(voorheen Twitter\)/);
    assert.match(q('twitter').text.en, /X \(formerly Twitter\)/);
    assert.ok(config.questions.length <= 17 && config.minutes <= 5);
  });

  it('goals/return and support from management and colleagues are scored organisation questions', () => {
    for (const id of ['goals', 'support']) {
      assert.equal(q(id).about, 'organisation');
      assert.ok((q(id).weight ?? 1) > 0);
    }
  });

  it('is a new version of the built-in config', () => {
    assert.notEqual(config.version, '1');
  });
});
