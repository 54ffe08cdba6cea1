/**
 * No valid config may freeze the page: the config check bounds the work of building the
 * benchmark model (`modelCost` ≤ LIMITS.modelCost), and the worst configs it still accepts score
 * in well under 50 ms. The times are a bound, not a benchmark: the median CPU time of a few runs,
 * checked against the bound only.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { modelCost, questionSupport } from '../../src/core/cost.ts';
import { LIMITS } from '../../src/core/limits.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import type { Question } from '../../src/core/schema.ts';
import { costlyConfig, issueShape, largestAccepted, shapes } from './costly-config.ts';
import { fixture, q } from './fixtures.ts';

const BOUND_MS = 50;

/**
 * Median CPU time of `run` in ms (user + system of this process): the work itself, which a machine
 * shared with other jobs does not stretch the way it stretches wall-clock time.
 */
function medianMs(run: () => void, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    ms.push((user + system) / 1000);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe('the cost bound in the config check', () => {
  it("refuses the issue's config (60 multiple questions, 20 points an option, weight 10, six classes), naming the limit and the figure", () => {
    const config = costlyConfig(issueShape, 60);
    const parsed = parseConfig(config);
    assert.ok(!parsed.success);
    const cost = modelCost(config);
    assert.ok(cost > 30 * LIMITS.modelCost, `cost ${cost}`);
    assert.match(
      parsed.error,
      new RegExp(`^questions: the benchmark takes ${cost} steps to compute, at most ${LIMITS.modelCost} `),
    );
  });

  it('accepts the built-in config with a wide margin (room for more questions and classes)', () => {
    assert.ok(parseConfig(defaultConfig).success);
    const cost = modelCost(defaultConfig);
    assert.ok(cost * 10 < LIMITS.modelCost, `built-in config costs ${cost}`);
    // Three classes and twice the questions still fit many times over.
    const grown = { ...defaultConfig, questions: [...defaultConfig.questions, ...defaultConfig.questions] };
    const classes = [...grown.benchmark.classes, grown.benchmark.classes[0]!];
    assert.ok(modelCost({ ...grown, benchmark: { ...grown.benchmark, classes } }) * 2 < LIMITS.modelCost);
  });

  it('measured distributions replace the convolution, so they cost nothing', () => {
    const config = costlyConfig(issueShape, 60);
    const measured = { overall: { scores: [0, 100], shares: [0.5, 0.5] } };
    const withDimension = { ...measured, dimensions: [{ id: 'd0', ...measured.overall }] };
    assert.equal(modelCost({ ...config, benchmark: { ...config.benchmark, measured: withDimension } }), 0);
  });

  const multiple = (values: number[], weight = 1): Question => ({
    ...q(fixture, 'channels'),
    weight,
    options: [
      { id: 'none', label: { nl: 'x', en: 'x' }, value: 0, exclusive: true },
      ...values.map((value, i) => ({ id: `o${i}`, label: { nl: 'x', en: 'x' }, value })),
    ],
  });
  const supports: [name: string, question: Question, support: number][] = [
    ['single: distinct values', q(fixture, 'freq'), 3],
    ['scale of weight 2: distinct values, not the range', q(fixture, 'learn'), 3],
    ['profile question (weight 0)', { ...q(fixture, 'freq'), weight: 0 }, 1],
    ['multiple 1, 1, 2: sums 0…4', q(fixture, 'channels'), 5],
    ['multiple 20, 20, 20 of weight 10: sums 0, 20, 40, 60', multiple([20, 20, 20], 10), 4],
    ['multiple 1, 2, 4, 8, 16: every sum 0…31', multiple([1, 2, 4, 8, 16], 7), 32],
  ];
  for (const [name, question, support] of supports)
    it(`support of ${name} is ${support}`, () => assert.equal(questionSupport(question), support));
});

describe('the worst accepted configs score in under 50 ms (Node)', () => {
  for (const shape of shapes) {
    it(shape.name, (t) => {
      const n = largestAccepted(shape);
      assert.ok(n > 0 && n < LIMITS.questions, `${n} questions accepted`);
      assert.ok(!parseConfig(costlyConfig(shape, n + 1)).success);
      const parsed = parseConfig(costlyConfig(shape, n));
      assert.ok(parsed.success);
      const cost = modelCost(parsed.data);
      assert.ok(cost > LIMITS.modelCost * 0.5, `the accepted variant should be close to the bound: ${cost}`);
      // A fresh copy each run: the model is cached per config object, and the first score builds it.
      const ms = medianMs(() => scoreAnswers(structuredClone(parsed.data), {}));
      t.diagnostic(`${n} questions, cost ${cost}, median ${ms.toFixed(1)} ms`);
      assert.ok(ms < BOUND_MS, `${shape.name}: ${ms.toFixed(1)} ms`);
    });
  }

  it('the model is built once per config: scoring again costs a small part of the first time', () => {
    const parsed = parseConfig(costlyConfig(issueShape, largestAccepted(issueShape)));
    assert.ok(parsed.success);
    const first = medianMs(() => scoreAnswers(structuredClone(parsed.data), {}));
    scoreAnswers(parsed.data, {});
    const again = medianMs(() => scoreAnswers(parsed.data, {}));
    assert.ok(again * 5 < first, `first ${first.toFixed(2)} ms, again ${again.toFixed(2)} ms`);
  });
});
