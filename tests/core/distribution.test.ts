import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  convolve,
  displayPercentile,
  midRank,
  midRankTable,
  mixture,
  normalizeDistribution,
  pointMass,
  questionPoints,
  questionRange,
  scaleScore,
  shareInRange,
  toScale,
  type Lattice,
} from '../../src/core/distribution.ts';
import type { Question } from '../../src/core/schema.ts';
import { fixture, q } from './fixtures.ts';

const close = (actual: readonly number[], expected: readonly number[]) => {
  assert.equal(actual.length, expected.length, `${actual} vs ${expected}`);
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]!) < 1e-12, `[${i}] ${a} ≠ ${expected[i]}`));
};
const sameLattice = (actual: Lattice, expected: Lattice) => {
  assert.equal(actual.min, expected.min);
  close(actual.p, expected.p);
};

describe('convolve', () => {
  const cases: { name: string; a: Lattice; b: Lattice; expected: Lattice }[] = [
    {
      name: 'with a point mass shifts',
      a: { min: 0, p: [0.5, 0.5] },
      b: pointMass(3),
      expected: { min: 3, p: [0.5, 0.5] },
    },
    // Two fair coins: {0:.25, 1:.5, 2:.25}
    {
      name: 'two coins',
      a: { min: 0, p: [0.5, 0.5] },
      b: { min: 0, p: [0.5, 0.5] },
      expected: { min: 0, p: [0.25, 0.5, 0.25] },
    },
    // {1:.25, 2:.75} * {1:.25, 2:.25, 3:.25, 4:.25}: s=2 .0625; s=3 .0625+.1875; s=4,5 .25; s=6 .1875
    {
      name: 'offsets add',
      a: { min: 1, p: [0.25, 0.75] },
      b: { min: 1, p: [0.25, 0.25, 0.25, 0.25] },
      expected: { min: 2, p: [0.0625, 0.25, 0.25, 0.25, 0.1875] },
    },
    // Gaps in the lattice stay zero: {0:.5, 2:.5} * {0:.5, 2:.5} = {0:.25, 2:.5, 4:.25}
    {
      name: 'sparse lattices',
      a: { min: 0, p: [0.5, 0, 0.5] },
      b: { min: 0, p: [0.5, 0, 0.5] },
      expected: { min: 0, p: [0.25, 0, 0.5, 0, 0.25] },
    },
  ];
  for (const c of cases) it(c.name, () => sameLattice(convolve(c.a, c.b), c.expected));
});

describe('mixture', () => {
  it('weights each class and aligns their lattices', () => {
    // .75·{0:.25, 1:.5, 2:.25} + .25·{2:.5, 3:.5} = {0:.1875, 1:.375, 2:.1875+.125, 3:.125}
    const m = mixture([
      { weight: 0.75, dist: { min: 0, p: [0.25, 0.5, 0.25] } },
      { weight: 0.25, dist: { min: 2, p: [0.5, 0.5] } },
    ]);
    sameLattice(m, { min: 0, p: [0.1875, 0.375, 0.3125, 0.125] });
  });
  it('normalises weights that do not sum to 1, and treats all-zero weights as equal', () => {
    sameLattice(
      mixture([
        { weight: 3, dist: pointMass(0) },
        { weight: 1, dist: pointMass(1) },
      ]),
      { min: 0, p: [0.75, 0.25] },
    );
    sameLattice(
      mixture([
        { weight: 0, dist: pointMass(0) },
        { weight: 0, dist: pointMass(1) },
      ]),
      { min: 0, p: [0.5, 0.5] },
    );
  });
});

describe('questionPoints and questionRange', () => {
  const multiple: Question = {
    ...q(fixture, 'channels'),
    weight: 2,
    options: [
      { id: 'a', label: { nl: 'a', en: 'a' }, value: 1 },
      { id: 'b', label: { nl: 'b', en: 'b' }, value: 2 },
      { id: 'none', label: { nl: 'n', en: 'n' }, value: 0, exclusive: true },
    ],
    benchmark: {
      basis: { kind: 'assumed', quote: 'x' },
      totals: { c: [0.5, 0.25, 0, 0.25] },
      shares: { d: [0.5, 0.5, 0.25] },
    },
  };
  const cases: { name: string; question: Question; classId: string; expected: Lattice }[] = [
    {
      name: 'single: shares per option',
      question: q(fixture, 'freq'),
      classId: 'voorloper',
      expected: { min: 0, p: [0, 0.25, 0.75] },
    },
    {
      name: 'scale with weight 2',
      question: q(fixture, 'learn'),
      classId: 'starter',
      expected: { min: 0, p: [0.5, 0, 0.5, 0, 0] },
    },
    // linkedin (1 point) always, twitter (1) and blog (2) each with .5: 1 + {0:.25,1:.25,2:.25,3:.25}
    {
      name: 'multiple: independent ticks',
      question: q(fixture, 'channels'),
      classId: 'voorloper',
      expected: { min: 0, p: [0, 0.25, 0.25, 0.25, 0.25] },
    },
    // totals t = 0…3 at weight 2: {0:.5, 2:.25, 6:.25}
    {
      name: 'multiple: point totals',
      question: multiple,
      classId: 'c',
      expected: { min: 0, p: [0.5, 0, 0.25, 0, 0, 0, 0.25] },
    },
    // a (2 pts) .5, b (4 pts) .5: {0:.25, 2:.25, 4:.25, 6:.25}
    {
      name: 'multiple: shares with weight',
      question: multiple,
      classId: 'd',
      expected: { min: 0, p: [0.25, 0, 0.25, 0, 0.25, 0, 0.25] },
    },
    {
      name: 'a profile question (weight 0) gives 0',
      question: { ...q(fixture, 'freq'), weight: 0 },
      classId: 'voorloper',
      expected: pointMass(0),
    },
    {
      name: 'an unknown class falls back to uniform',
      question: q(fixture, 'freq'),
      classId: 'nobody',
      expected: { min: 0, p: [1 / 3, 1 / 3, 1 / 3] },
    },
  ];
  for (const c of cases) it(c.name, () => sameLattice(questionPoints(c.question, c.classId), c.expected));

  it('ranges include weights; multiple ranges run from 0 to all non-exclusive ticks', () => {
    assert.deepEqual(questionRange(q(fixture, 'freq')), { min: 0, max: 2 });
    assert.deepEqual(questionRange(q(fixture, 'channels')), { min: 0, max: 4 });
    assert.deepEqual(questionRange(q(fixture, 'learn')), { min: 0, max: 4 });
    assert.deepEqual(questionRange(multiple), { min: 0, max: 6 });
    assert.deepEqual(questionRange({ ...q(fixture, 'freq'), weight: 0 }), { min: 0, max: 0 });
  });
});

describe('the 0–100 scale', () => {
  const table: [raw: number, min: number, max: number, expected: number][] = [
    [0, 0, 6, 0],
    [1, 0, 6, 17], // 16.67
    [3, 0, 6, 50],
    [1, 0, 8, 13], // 12.5 rounds half up
    [5, 2, 12, 30],
    [7, 7, 7, 0], // no range: everyone scores 0
    [200, 0, 400, 50],
  ];
  for (const [raw, min, max, expected] of table) {
    it(`raw ${raw} on ${min}…${max} → ${expected}`, () => assert.equal(scaleScore(raw, { min, max }), expected));
  }

  it('toScale keeps whole scores and merges totals that round alike', () => {
    // 0…200: raw 0 → 0, 1 → 0.5 → 1, 2 → 1, 3 → 1.5 → 2
    const d = toScale({ min: 0, p: [0.25, 0.25, 0.25, 0.25] }, { min: 0, max: 200 });
    assert.deepEqual(d.scores, [0, 1, 2]);
    close(d.shares, [0.25, 0.5, 0.25]);
  });
});

describe('mid-rank percentiles and ranges', () => {
  const d = { scores: [0, 50, 100], shares: [0.375, 0.5, 0.125] };
  const table: [score: number, rank: number][] = [
    [0, 18.75], // .375/2
    [25, 37.5], // between scores: all below, none tied
    [50, 62.5], // .375 + .5/2
    [100, 93.75], // .875 + .125/2
  ];
  for (const [score, rank] of table)
    it(`P(X<${score}) + P(X=${score})/2 = ${rank}%`, () => assert.equal(midRank(d, score), rank));

  it('the table agrees with midRank at every whole score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(100), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(9), { minLength: 20, maxLength: 20 }),
        (scores, weights) => {
          const norm = normalizeDistribution({ scores, shares: scores.map((_, i) => weights[i]! + 1) });
          const table = midRankTable(norm);
          table.forEach((rank, s) => assert.ok(Math.abs(rank - midRank(norm, s)) < 1e-9));
          table.forEach((rank, s) => assert.ok(s === 0 || rank >= table[s - 1]! - 1e-12, 'nondecreasing'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('displayed percentiles are whole and never 0 or 100', () => {
    assert.deepEqual([0, 0.4, 0.5, 62.5, 99.4, 99.6, 100].map(displayPercentile), [1, 1, 1, 63, 99, 99, 99]);
  });

  it('shareInRange is half-open', () => {
    assert.equal(shareInRange(d, 0, 50), 0.375);
    assert.equal(shareInRange(d, 50, Infinity), 0.625);
    assert.equal(shareInRange(d, 1, 50), 0);
  });

  it('normalizeDistribution rounds, merges, sorts and normalises', () => {
    const n = normalizeDistribution({ scores: [100, 10.4, 9.6, 0], shares: [1, 1, 1, 1] });
    assert.deepEqual(n.scores, [0, 10, 100]);
    close(n.shares, [0.25, 0.5, 0.25]);
    assert.deepEqual(normalizeDistribution({ scores: [5], shares: [0] }), { scores: [0], shares: [1] });
  });
});
