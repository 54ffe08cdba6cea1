import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveThresholds } from '../../src/core/thresholds.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import type { Config } from '../../src/core/schema.ts';
import { fixture } from './fixtures.ts';

/** The fixture with one segment per class (starter, voorloper), so thresholds can be derived. */
const twoSegments = (weights: [number, number]): Config => {
  const config = structuredClone(fixture);
  config.benchmark.classes.forEach((c, i) => (c.weight = weights[i]!));
  config.segments = [
    { ...config.segments[0]!, id: 'starter', min: 0 },
    { ...config.segments.at(-1)!, id: 'voorloper', min: 50 },
  ];
  config.suggestions = config.suggestions.map((s) => ({ ...s, when: s.when.filter((w) => !w.segment) }));
  return config;
};

/** Each class's own score distribution, read through scoring (a config with that class alone). */
function classMass(config: Config, classId: string): number[] {
  const alone = structuredClone(config);
  const weight = alone.benchmark.classes.find((c) => c.id === classId)!.weight;
  alone.benchmark.classes = alone.benchmark.classes.filter((c) => c.id === classId).map((c) => ({ ...c, weight: 1 }));
  const { scores, shares } = scoreAnswers(alone, {}).overall.distribution;
  const mass = new Array<number>(101).fill(0);
  scores.forEach((s, i) => (mass[s] = weight * shares[i]!));
  return mass;
}

describe('deriveThresholds', () => {
  for (const weights of [
    [0.75, 0.25],
    [0.5, 0.5],
    [0.2, 0.8],
  ] as [number, number][]) {
    it(`puts the voorloper segment where that class becomes the likelier one for good (weights ${weights})`, () => {
      const config = twoSegments(weights);
      const [zero, min] = deriveThresholds(config)!;
      assert.equal(zero, 0);
      const [s, v] = [classMass(config, 'starter'), classMass(config, 'voorloper')];
      const reachable = [...Array(101).keys()].filter((x) => s[x]! + v[x]! > 1e-12);
      for (const x of reachable.filter((x) => x >= min!)) assert.ok(v[x]! >= s[x]!, `score ${x}`);
      const below = reachable.filter((x) => x < min!).at(-1);
      if (below !== undefined) assert.ok(v[below]! < s[below]!, `score ${below} just below ${min}`);
    });
  }

  it('is undefined when a class stands for no segment', () => {
    const config = twoSegments([0.5, 0.5]);
    config.segments[1]!.id = 'leader';
    assert.equal(deriveThresholds(config), undefined);
  });
});
