// Properties of scoreAnswers on random configs and answers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sanitizeAnswers, type Answers } from '../../src/core/answers.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { scoreAnswers, type Result } from '../../src/core/scoring.ts';
import type { Config } from '../../src/core/schema.ts';
import { answersArb, configAndAnswersArb, configArb, fixture } from './fixtures.ts';
import { close } from './helpers.ts';

const allScores = (r: Result) => [r.overall.score, ...r.dimensions.map((d) => d.score)];
const allPercentiles = (r: Result) => [r.overall.percentile, ...r.dimensions.map((d) => d.percentile)];

/** One answer improved: a higher or equal option, or one more non-exclusive tick. */
function improve(config: Config, raw: Answers, qi: number, pick: number): Answers {
  const answers = sanitizeAnswers(config, raw);
  const question = config.questions[qi % config.questions.length]!;
  const current = answers[question.id];
  if (question.type === 'multiple') {
    const ticked = Array.isArray(current) ? current : [];
    if (question.options.some((o) => o.exclusive && ticked.includes(o.id))) return answers;
    const open = question.options.filter((o) => !o.exclusive && !ticked.includes(o.id));
    if (open.length === 0) return answers;
    const add = open[pick % open.length]!.id;
    return {
      ...answers,
      [question.id]: question.options.filter((o) => o.id === add || ticked.includes(o.id)).map((o) => o.id),
    };
  }
  const value =
    question.options.find((o) => o.id === current)?.value ?? Math.min(...question.options.map((o) => o.value));
  const better = question.options.filter((o) => o.value >= value);
  return { ...answers, [question.id]: better[pick % better.length]!.id };
}

describe('scoreAnswers: properties', () => {
  const cases = [
    { name: 'fixture', arb: answersArb(fixture).map((answers) => ({ config: fixture, answers })) },
    { name: 'random configs', arb: configAndAnswersArb },
  ];
  for (const { name, arb } of cases) {
    it(`${name}: whole scores 0–100, percentiles 1–99, distributions sum to 1`, () => {
      fc.assert(
        fc.property(arb, ({ config, answers }) => {
          const r = scoreAnswers(config, answers);
          for (const s of allScores(r)) assert.ok(Number.isInteger(s) && s >= 0 && s <= 100, `score ${s}`);
          for (const p of allPercentiles(r)) assert.ok(Number.isInteger(p) && p >= 1 && p <= 99, `percentile ${p}`);
          for (const d of [r.overall.distribution, ...r.dimensions.map((x) => x.distribution)]) {
            assert.ok(Math.abs(d.shares.reduce((a, b) => a + b, 0) - 1) < 1e-9);
            assert.ok(d.scores.every((s, i) => i === 0 || s > d.scores[i - 1]!));
          }
          assert.ok(Math.abs(r.segments.reduce((a, s) => a + s.share, 0) - 1) < 1e-9);
          assert.ok(r.suggestions.length <= 5 && r.gaps.length <= 5);
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: deterministic, also for an equal copy of the config`, () => {
      fc.assert(
        fc.property(arb, ({ config, answers }) => {
          const a = scoreAnswers(config, answers, { lang: 'en' });
          assert.deepEqual(scoreAnswers(config, answers, { lang: 'en' }), a);
          assert.deepEqual(scoreAnswers(structuredClone(config), structuredClone(answers), { lang: 'en' }), a);
        }),
        { numRuns: 200 },
      );
    });

    it(`${name}: improving one answer never lowers a score or percentile`, () => {
      fc.assert(
        fc.property(arb, fc.nat(), fc.nat(), ({ config, answers }, qi, pick) => {
          const before = scoreAnswers(config, answers);
          const after = scoreAnswers(config, improve(config, answers, qi, pick));
          allScores(after).forEach((s, i) => assert.ok(s >= allScores(before)[i]!, `score ${i}`));
          allPercentiles(after).forEach((p, i) => assert.ok(p >= allPercentiles(before)[i]!, `percentile ${i}`));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('the cached benchmark is not shared with results (mutating a result is harmless)', () => {
    const a = scoreAnswers(fixture, {});
    a.overall.distribution.shares.fill(0);
    assert.deepEqual(scoreAnswers(fixture, {}).overall.distribution.shares.length, 11);
    close(scoreAnswers(fixture, {}).overall.distribution.shares[0]!, 0.09375);
  });

  it('random configs are valid configs', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const parsed = parseConfig(config);
        // Random configs may leave a dimension without a scoring question; nothing else may fail.
        const issues = parsed.success
          ? []
          : parsed.issues.filter((i) => !/needs at least one scoring question/.test(i.message));
        assert.deepEqual(issues, []);
      }),
      { numRuns: 200 },
    );
  });
});
