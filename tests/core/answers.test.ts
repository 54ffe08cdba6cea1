import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  firstUnanswered,
  isAnswered,
  isComplete,
  pointsOf,
  sanitizeAnswers,
  toggleOption,
  type Answer,
  type Answers,
} from '../../src/core/answers.ts';
import type { Config } from '../../src/core/schema.ts';
import { answersArb, configAndAnswersArb, fixture, q } from './fixtures.ts';

const polluted = () => ({}) as Record<string, unknown>;

describe('sanitizeAnswers', () => {
  const cases: { name: string; raw: unknown; expected: Answers }[] = [
    {
      name: 'valid answers stay',
      raw: { freq: 'weekly', channels: ['linkedin'], learn: 'low' },
      expected: { freq: 'weekly', channels: ['linkedin'], learn: 'low' },
    },
    { name: 'unknown question ids go', raw: { freq: 'weekly', other: 'x' }, expected: { freq: 'weekly' } },
    {
      name: 'unknown option ids go',
      raw: { freq: 'daily', channels: ['myspace', 'blog'] },
      expected: { channels: ['blog'] },
    },
    { name: 'single answers must be strings', raw: { freq: ['weekly'], learn: 2 }, expected: {} },
    { name: 'multiple answers must be lists', raw: { channels: 'linkedin' }, expected: {} },
    {
      name: 'ticks are deduplicated, in config order',
      raw: { channels: ['blog', 'linkedin', 'blog', 7, null] },
      expected: { channels: ['linkedin', 'blog'] },
    },
    {
      name: 'an exclusive option stands alone',
      raw: { channels: ['twitter', 'none', 'blog'] },
      expected: { channels: ['none'] },
    },
    { name: 'an empty tick list is no answer', raw: { channels: [] }, expected: {} },
    { name: 'option ids of another question do not count', raw: { freq: 'mid' }, expected: {} },
    { name: 'not an object', raw: 'freq=weekly', expected: {} },
    { name: 'an array', raw: ['weekly'], expected: {} },
    { name: 'null', raw: null, expected: {} },
    { name: 'inherited keys are not read', raw: Object.create({ freq: 'weekly' }), expected: {} },
    {
      name: '__proto__ from JSON',
      raw: JSON.parse('{"__proto__": {"polluted": 1}, "freq": "never"}'),
      expected: { freq: 'never' },
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(sanitizeAnswers(fixture, c.raw), c.expected));

  it('a throwing getter does not escape', () => {
    const raw = {
      freq: 'never',
      get learn(): string {
        throw new Error('boom');
      },
    };
    assert.deepEqual(sanitizeAnswers(fixture, raw), { freq: 'never' });
  });

  it('config ids named constructor or prototype are read only as own properties', () => {
    const config: Config = {
      ...fixture,
      questions: [
        { ...q(fixture, 'freq'), id: 'constructor' },
        { ...q(fixture, 'learn'), id: 'prototype' },
      ],
    };
    assert.deepEqual(sanitizeAnswers(config, {}), {});
    const clean = sanitizeAnswers(config, { constructor: 'weekly', prototype: 'high' });
    assert.deepEqual(clean, { constructor: 'weekly', prototype: 'high' });
    assert.equal(Object.getPrototypeOf(clean), Object.prototype);
  });

  it('property: never throws, is idempotent, never pollutes', () => {
    const raw = fc.oneof(
      fc.anything({
        key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'freq', 'channels', 'learn', 'polluted'),
      }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'freq', 'channels'), fc.anything()),
      fc.json().map((json) => JSON.parse(json) as unknown),
      answersArb(fixture),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const clean = sanitizeAnswers(fixture, value);
        assert.deepEqual(sanitizeAnswers(fixture, clean), clean);
        for (const [id, answer] of Object.entries(clean)) assert.ok(isAnswered(q(fixture, id), answer));
        assert.equal(polluted().polluted, undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('property on random configs: only config questions, valid answers', () => {
    fc.assert(
      fc.property(configAndAnswersArb, ({ config, answers }) => {
        const clean = sanitizeAnswers(config, answers);
        for (const [id, answer] of Object.entries(clean)) assert.ok(isAnswered(q(config, id), answer));
        assert.deepEqual(sanitizeAnswers(config, clean), clean);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isComplete and firstUnanswered', () => {
  const cases: [Answers, boolean, number][] = [
    [{}, false, 0],
    [{ freq: 'never' }, false, 1],
    [{ freq: 'never', channels: ['none'] }, false, 2],
    [{ freq: 'never', learn: 'low' }, false, 1],
    [{ freq: 'never', channels: ['none'], learn: 'low' }, true, 3],
    [{ freq: 'never', channels: [], learn: 'low' }, false, 1],
    [{ freq: 'nope', channels: ['none'], learn: 'low' }, false, 0],
  ];
  for (const [answers, complete, first] of cases) {
    it(JSON.stringify(answers), () => {
      assert.equal(isComplete(fixture, answers), complete);
      assert.equal(firstUnanswered(fixture, answers), first);
    });
  }
});

describe('pointsOf', () => {
  const cases: [question: string, answer: unknown, points: number][] = [
    ['freq', 'weekly', 2],
    ['freq', undefined, 0],
    ['freq', 'bogus', 0],
    ['learn', 'high', 4], // weight 2
    ['learn', 'mid', 2],
    ['channels', ['linkedin', 'blog'], 3],
    ['channels', ['blog', 'blog'], 2],
    ['channels', ['none'], 0],
    ['channels', 'linkedin', 0],
  ];
  for (const [id, answer, points] of cases)
    it(`${id} ${JSON.stringify(answer)} → ${points}`, () => assert.equal(pointsOf(q(fixture, id), answer), points));

  it('an unanswered single question scores like its lowest option', () => {
    const question = {
      ...q(fixture, 'freq'),
      options: q(fixture, 'freq').options.map((o) => ({ ...o, value: o.value + 3 })),
    };
    assert.equal(pointsOf(question, undefined), 3);
  });
  it('a profile question (weight 0) scores 0', () =>
    assert.equal(pointsOf({ ...q(fixture, 'freq'), weight: 0 }, 'weekly'), 0));
});

describe('toggleOption', () => {
  const channels = q(fixture, 'channels');
  const cases: [current: Answer | undefined, option: string, expected: string[]][] = [
    [undefined, 'blog', ['blog']],
    [['blog'], 'linkedin', ['linkedin', 'blog']],
    [['linkedin', 'blog'], 'blog', ['linkedin']],
    [['linkedin', 'blog'], 'none', ['none']],
    [['none'], 'twitter', ['twitter']],
    [['none'], 'none', []],
    [['linkedin'], 'unknown', ['linkedin']],
  ];
  for (const [current, option, expected] of cases) {
    it(`${JSON.stringify(current)} + ${option} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(toggleOption(channels, current, option), expected));
  }
});
