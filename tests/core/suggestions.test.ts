import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answers } from '../../src/core/answers.ts';
import type { Config } from '../../src/core/schema.ts';
import { selectSuggestions, type DimensionScore } from '../../src/core/suggestions.ts';
import { answersArb, fixture } from './fixtures.ts';

const dims = (use: [number, number], knowledge: [number, number]): DimensionScore[] => [
  { id: 'use', score: use[0], percentile: use[1] },
  { id: 'knowledge', score: knowledge[0], percentile: knowledge[1] },
];
const ids = (answers: Answers, dimensions: DimensionScore[], segment: string, config: Config = fixture) =>
  selectSuggestions(config, answers, dimensions, segment).map((s) => s.id);

describe('selectSuggestions', () => {
  const cases: { name: string; answers: Answers; dimensions: DimensionScore[]; segment: string; expected: string[] }[] =
    [
      {
        // Only s-knowledge (score 50 < 60) holds: topped up to three with the unconditional ones,
        // higher priority first (fb-group 5), then config order.
        name: 'one match is topped up to three',
        answers: {},
        dimensions: dims([33, 66], [50, 63]),
        segment: 'verkenner',
        expected: ['s-knowledge', 'fb-group', 'fb-cases'],
      },
      {
        // s-use and s-both both name use (percentile 9): s-use first on priority; s-knowledge at 19;
        // s-starter names no dimension (100). Four conditional matches: no fallback.
        name: 'weakest dimension first, then priority',
        answers: {},
        dimensions: dims([0, 9], [0, 19]),
        segment: 'starter',
        expected: ['s-use', 's-both', 's-knowledge', 's-starter'],
      },
      {
        // s-none (priority 10) and s-starter (0) both sort as 100: priority decides; five at most.
        name: 'question conditions and the cap of five',
        answers: { channels: ['none'] },
        dimensions: dims([0, 9], [0, 19]),
        segment: 'starter',
        expected: ['s-use', 's-both', 's-knowledge', 's-none', 's-starter'],
      },
      {
        // s-both names use (percentile 40) and knowledge (10): it sorts by the lower, 10, so before
        // s-use (40); it ties with s-knowledge (10, same priority), which comes first in the config.
        name: 'the lowest percentile among the named dimensions',
        answers: {},
        dimensions: dims([20, 40], [20, 10]),
        segment: 'verkenner',
        expected: ['s-knowledge', 's-both', 's-use'],
      },
      {
        name: 'nothing matches: the three unconditional ones',
        answers: { freq: 'weekly' },
        dimensions: dims([100, 98], [100, 94]),
        segment: 'voorloper',
        expected: ['fb-group', 'fb-cases', 'fb-extra'],
      },
      {
        // Both bounds must hold: scoreBelow 50 fails at exactly 50.
        name: 'bounds are strict',
        answers: {},
        dimensions: dims([50, 49], [60, 99]),
        segment: 'verkenner',
        expected: ['s-use', 'fb-group', 'fb-cases'],
      },
      {
        name: 'an unknown dimension never holds',
        answers: {},
        dimensions: [],
        segment: 'nowhere',
        expected: ['fb-group', 'fb-cases', 'fb-extra'],
      },
    ];
  for (const c of cases) it(c.name, () => assert.deepEqual(ids(c.answers, c.dimensions, c.segment), c.expected));

  it('ids are distinct: a duplicate id in the config is shown once', () => {
    const config: Config = {
      ...fixture,
      suggestions: [...fixture.suggestions, { ...fixture.suggestions[0]!, priority: 99 }],
    };
    assert.deepEqual(ids({}, dims([0, 9], [0, 19]), 'starter', config), [
      's-use',
      's-both',
      's-knowledge',
      's-starter',
    ]);
  });

  it('a condition without a form never holds; one with two forms needs both', () => {
    const extra = (when: Config['suggestions'][number]['when']) => ({
      ...fixture.suggestions[0]!,
      id: 'x',
      priority: 50,
      when,
    });
    const config: Config = {
      ...fixture,
      suggestions: [
        extra([{}]),
        { ...extra([{ segment: ['starter'], question: 'channels', anyOf: ['none'] }]), id: 'y' },
        ...fixture.suggestions.slice(5),
      ],
    };
    const pick = (answers: Answers, segment: string) => ids(answers, dims([0, 9], [0, 19]), segment, config)[0];
    assert.equal(pick({ channels: ['none'] }, 'starter'), 'y');
    assert.equal(pick({ channels: ['none'] }, 'verkenner'), 'fb-group');
    assert.equal(pick({ channels: ['blog'] }, 'starter'), 'fb-group');
  });

  it('a config with only unconditional suggestions shows three of them', () => {
    const config: Config = { ...fixture, suggestions: fixture.suggestions.filter((s) => s.when.length === 0) };
    assert.deepEqual(ids({}, dims([0, 1], [0, 1]), 'starter', config), ['fb-group', 'fb-cases', 'fb-extra']);
  });

  it('property: between three and five distinct suggestions, all of whose conditions hold', () => {
    const dim = fc.record({ score: fc.nat(100), percentile: fc.integer({ min: 1, max: 99 }) });
    fc.assert(
      fc.property(
        answersArb(fixture),
        dim,
        dim,
        fc.constantFrom('starter', 'verkenner', 'voorloper'),
        (answers, use, knowledge, segment) => {
          const dimensions = [
            { id: 'use', ...use },
            { id: 'knowledge', ...knowledge },
          ];
          const picked = selectSuggestions(fixture, answers, dimensions, segment);
          assert.ok(picked.length >= 3 && picked.length <= 5);
          assert.equal(new Set(picked.map((s) => s.id)).size, picked.length);
          assert.deepEqual(selectSuggestions(fixture, answers, dimensions, segment), picked, 'deterministic');
        },
      ),
      { numRuns: 300 },
    );
  });
});
