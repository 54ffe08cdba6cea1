// scoreAnswers on the hand-computed fixture, gaps against the leaders, measured distributions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Answers } from '../../src/core/answers.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import type { Config } from '../../src/core/schema.ts';
import { fixture } from './fixtures.ts';
import { close } from './helpers.ts';

const closeAll = (actual: readonly number[], expected: readonly number[]) => {
  assert.equal(actual.length, expected.length);
  actual.forEach((a, i) => close(a, expected[i]!, `[${i}]`));
};

/*
 * The fixture's benchmark, worked out by hand (see fixtures.ts for the per-class shares).
 *
 * use = freq + channels, raw 0…6.
 *   starter:   freq {0:.5, 1:.5} * channels {0:.5, 1:.5} (only linkedin, .5)  = {0:.25, 1:.5, 2:.25}
 *   voorloper: freq {1:.25, 2:.75} * channels 1 + {0:.5,1:.5} * {0:.5,2:.5}
 *              = {1:.25, 2:.75} * {1:.25, 2:.25, 3:.25, 4:.25}
 *              = {2:.0625, 3:.25, 4:.25, 5:.25, 6:.1875}
 *   mixture .75/.25: {0:.1875, 1:.375, 2:.203125, 3:.0625, 4:.0625, 5:.0625, 6:.046875}
 *   scaled (×100/6, rounded): 0, 17, 33, 50, 67, 83, 100
 * knowledge = learn × 2, raw 0…4: starter {0:.5, 2:.5}, voorloper {2:.5, 4:.5}
 *   mixture: {0:.375, 2:.5, 4:.125}; scaled 0, 50, 100
 * overall raw 0…10 (×10): starter use * {0:.5,2:.5} = {0:.125, 1:.25, 2:.25, 3:.25, 4:.125}
 *   voorloper: {4:.03125, 5:.125, 6:.15625, 7:.25, 8:.21875, 9:.125, 10:.09375}
 *   mixture: 0 .09375 | 1 .1875 | 2 .1875 | 3 .1875 | 4 .1015625 | 5 .03125 | 6 .0390625
 *            7 .0625  | 8 .0546875 | 9 .03125 | 10 .0234375
 * segments on overall: starter [0,30) = .46875, verkenner [30,70) = .359375, voorloper [70,100] = .171875
 */
const useDist = {
  scores: [0, 17, 33, 50, 67, 83, 100],
  shares: [0.1875, 0.375, 0.203125, 0.0625, 0.0625, 0.0625, 0.046875],
};
const knowledgeDist = { scores: [0, 50, 100], shares: [0.375, 0.5, 0.125] };
const overallDist = {
  scores: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
  shares: [0.09375, 0.1875, 0.1875, 0.1875, 0.1015625, 0.03125, 0.0390625, 0.0625, 0.0546875, 0.03125, 0.0234375],
};
const segmentShares = [0.46875, 0.359375, 0.171875];

const cases: {
  name: string;
  answers: Answers;
  use: [number, number];
  knowledge: [number, number];
  overall: [number, number];
  segment: string;
}[] = [
  // use raw 2: 100·(.1875 + .375 + .203125/2) = 66.40625 → 66; knowledge raw 2: 100·(.375 + .5/2) = 62.5 → 63
  // overall raw 4: 100·(.09375 + 3·.1875 + .1015625/2) = 70.703125 → 71
  {
    name: 'middle',
    answers: { freq: 'monthly', channels: ['linkedin'], learn: 'mid' },
    use: [33, 66],
    knowledge: [50, 63],
    overall: [40, 71],
    segment: 'verkenner',
  },
  // all raw 0: use 100·.1875/2 = 9.375 → 9; knowledge 100·.375/2 = 18.75 → 19; overall 100·.09375/2 = 4.6875 → 5
  { name: 'unanswered', answers: {}, use: [0, 9], knowledge: [0, 19], overall: [0, 5], segment: 'starter' },
  {
    name: 'lowest answers',
    answers: { freq: 'never', channels: ['none'], learn: 'low' },
    use: [0, 9],
    knowledge: [0, 19],
    overall: [0, 5],
    segment: 'starter',
  },
  // use raw 6: 100·(1 − .046875/2) = 97.65625 → 98; knowledge 4: 100·(1 − .125/2) = 93.75 → 94;
  // overall 10: 100·(1 − .0234375/2) = 98.828125 → 99
  {
    name: 'highest',
    answers: { freq: 'weekly', channels: ['linkedin', 'twitter', 'blog'], learn: 'high' },
    use: [100, 98],
    knowledge: [100, 94],
    overall: [100, 99],
    segment: 'voorloper',
  },
  // use raw 3: 100·(.765625 + .0625/2) = 79.6875 → 80; overall raw 3 → score 30, exactly the
  // verkenner threshold: 100·(.46875 + .1875/2) = 56.25 → 56
  {
    name: 'on a threshold',
    answers: { freq: 'weekly', channels: ['twitter'], learn: 'low' },
    use: [50, 80],
    knowledge: [0, 19],
    overall: [30, 56],
    segment: 'verkenner',
  },
];

describe('scoreAnswers: hand-computed fixture', () => {
  it('the fixture passes the config schema and cross-checks', () => {
    const parsed = parseConfig(fixture);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error);
  });

  for (const c of cases) {
    it(`${c.name}: scores, percentiles and segment`, () => {
      const r = scoreAnswers(fixture, c.answers);
      const dim = (id: string) => r.dimensions.find((d) => d.id === id)!;
      assert.deepEqual([dim('use').score, dim('use').percentile], c.use);
      assert.deepEqual([dim('knowledge').score, dim('knowledge').percentile], c.knowledge);
      assert.deepEqual([r.overall.score, r.overall.percentile], c.overall);
      assert.equal(r.segment.id, c.segment);
      close(r.segment.share, segmentShares[fixture.segments.findIndex((s) => s.id === c.segment)]!);
    });
  }

  it('carries the exact benchmark distributions and segment shares', () => {
    const r = scoreAnswers(fixture, {});
    const dim = (id: string) => r.dimensions.find((d) => d.id === id)!.distribution;
    assert.deepEqual(dim('use').scores, useDist.scores);
    closeAll(dim('use').shares, useDist.shares);
    assert.deepEqual(dim('knowledge').scores, knowledgeDist.scores);
    closeAll(dim('knowledge').shares, knowledgeDist.shares);
    assert.deepEqual(r.overall.distribution.scores, overallDist.scores);
    closeAll(r.overall.distribution.shares, overallDist.shares);
    assert.deepEqual(
      r.segments.map((s) => [s.id, s.min]),
      [
        ['starter', 0],
        ['verkenner', 30],
        ['voorloper', 70],
      ],
    );
    closeAll(
      r.segments.map((s) => s.share),
      segmentShares,
    );
  });

  it('has the public shape, with labels in the chosen language', () => {
    const answers = { freq: 'monthly', channels: ['linkedin'], learn: 'mid' };
    const nl = scoreAnswers(fixture, answers);
    const en = scoreAnswers(fixture, answers, { lang: 'en' });
    assert.equal(nl.lang, 'nl');
    assert.equal(en.lang, 'en');
    assert.equal(nl.configId, 'fixture');
    assert.equal(nl.configVersion, '1');
    assert.deepEqual(nl.answers, answers);
    assert.deepEqual(
      en.dimensions.map((d) => d.label),
      ['Use', 'Knowledge'],
    );
    assert.deepEqual(
      nl.dimensions.map((d) => d.label),
      ['Gebruik', 'Kennis'],
    );
    assert.deepEqual([en.segment.label, en.segment.description], ['Explorer', 'Further.']);
    assert.deepEqual(
      en.suggestions.map((s) => [s.id, s.route, s.routeLabel, s.title, s.url]),
      [
        ['s-knowledge', 'online', 'Share online', 'Leer meer', undefined],
        ['fb-group', 'online', 'Share online', 'Group', 'https://example.org/group'],
        ['fb-cases', 'others', 'Learn from others', 'Examples', undefined],
      ],
    );
    assert.ok(!('url' in en.suggestions[0]!), 'no url key when the suggestion has none');
  });

  it('ignores unknown and invalid answers', () => {
    const r = scoreAnswers(fixture, { freq: 'weekly', bogus: 'x', learn: ['high'], channels: ['zzz'] } as Answers);
    assert.deepEqual(r.answers, { freq: 'weekly' });
    assert.deepEqual(r, scoreAnswers(fixture, { freq: 'weekly' }));
  });
});

describe('scoreAnswers: gaps against the leaders', () => {
  const gaps = (answers: Answers) =>
    scoreAnswers(fixture, answers, { lang: 'en' }).gaps.map((g) => [g.questionId, g.optionId, g.share]);
  const table: { name: string; answers: Answers; expected: [string, string, number][] }[] = [
    // freq: leaders' mode weekly .75 > monthly; channels: twitter .5 and blog .5 not ticked (linkedin is);
    // learn: mode is mid (first of the .5/.5 tie), the visitor has mid already.
    {
      name: 'middle',
      answers: { freq: 'monthly', channels: ['linkedin'], learn: 'mid' },
      expected: [
        ['freq', 'weekly', 0.75],
        ['channels', 'twitter', 0.5],
        ['channels', 'blog', 0.5],
      ],
    },
    // Everything open: linkedin 1, weekly .75, twitter .5, blog .5, mid .5 — ties keep config order; five at most.
    {
      name: 'unanswered',
      answers: {},
      expected: [
        ['channels', 'linkedin', 1],
        ['freq', 'weekly', 0.75],
        ['channels', 'twitter', 0.5],
        ['channels', 'blog', 0.5],
        ['learn', 'mid', 0.5],
      ],
    },
    {
      name: 'highest',
      answers: { freq: 'weekly', channels: ['linkedin', 'twitter', 'blog'], learn: 'high' },
      expected: [],
    },
  ];
  for (const c of table) it(c.name, () => assert.deepEqual(gaps(c.answers), c.expected));

  it('labels a gap with the option and the question', () => {
    const [gap] = scoreAnswers(fixture, { freq: 'never' }, { lang: 'en' }).gaps;
    assert.deepEqual(gap, {
      questionId: 'channels',
      optionId: 'linkedin',
      dimension: 'use',
      label: 'linkedin (en)',
      question: 'Which channels?',
      share: 1,
    });
  });

  it('no leaders class, no gaps', () => {
    const config: Config = { ...fixture, benchmark: { classes: fixture.benchmark.classes } };
    assert.deepEqual(scoreAnswers(config, {}).gaps, []);
  });
});

describe('scoreAnswers: measured distributions replace computed ones', () => {
  const measured: Config = {
    ...fixture,
    benchmark: {
      ...fixture.benchmark,
      measured: {
        overall: { scores: [0, 40, 80], shares: [0.5, 0.25, 0.25] },
        dimensions: [{ id: 'knowledge', scores: [0, 50, 100], shares: [0.25, 0.25, 0.5] }],
      },
    },
  };
  it('uses them for percentiles and segment shares', () => {
    const r = scoreAnswers(measured, { freq: 'monthly', channels: ['linkedin'], learn: 'mid' });
    // overall score 40: 100·(.5 + .25/2) = 62.5 → 63; knowledge 50: 100·(.25 + .25/2) = 37.5 → 38
    assert.equal(r.overall.percentile, 63);
    assert.equal(r.dimensions.find((d) => d.id === 'knowledge')!.percentile, 38);
    assert.equal(r.dimensions.find((d) => d.id === 'use')!.percentile, 66, 'use stays computed');
    assert.deepEqual(
      r.segments.map((s) => s.share),
      [0.5, 0.25, 0.25],
    );
  });
});
