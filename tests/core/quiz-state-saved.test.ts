// Properties of the quiz flow under random actions, and parseSavedState on what storage may hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstUnanswered, isComplete, sanitizeAnswers } from '../../src/core/answers.ts';
import { LIMITS } from '../../src/core/limits.ts';
import {
  initialState,
  next,
  parseSavedState,
  serializeState,
  type QuizAction,
  type QuizState,
} from '../../src/core/quiz-state.ts';
import type { Config } from '../../src/core/schema.ts';
import { configArb, fixture } from './fixtures.ts';
import { at, full, polluted } from './helpers.ts';

/**
 * Actions for a config. Half of the answers go to the question on screen (decided when the action
 * runs, from a pick), so that runs get deep into the quiz; the rest to any question.
 */
type Step = QuizAction | { type: 'answer-current'; pick: number; empty: boolean };

const actionArb = (config: Config): fc.Arbitrary<Step> => {
  const answer = fc
    .constantFrom(...config.questions)
    .chain((question) =>
      fc
        .oneof(
          fc.constantFrom(...question.options.map((o) => o.id)),
          fc.subarray(question.options.map((o) => o.id)),
          fc.constant<string[]>([]),
          fc.constant('zzz'),
        )
        .map((value) => ({ type: 'answer' as const, questionId: question.id, answer: value })),
    );
  return fc.oneof(
    { arbitrary: fc.constant({ type: 'start' as const }), weight: 2 },
    { arbitrary: answer, weight: 2 },
    {
      arbitrary: fc.record({ type: fc.constant('answer-current' as const), pick: fc.nat(), empty: fc.boolean() }),
      weight: 6,
    },
    { arbitrary: fc.constant({ type: 'next' as const }), weight: 6 },
    { arbitrary: fc.constant({ type: 'back' as const }), weight: 1 },
    { arbitrary: fc.constant({ type: 'restart' as const }), weight: 1 },
  );
};

function toAction(config: Config, state: QuizState, step: Step): QuizAction {
  if (step.type !== 'answer-current') return step;
  const question = config.questions[state.index]!;
  const option = question.options[step.pick % question.options.length]!;
  const answer = question.type !== 'multiple' ? option.id : step.empty && step.pick % 4 === 0 ? [] : [option.id];
  return { type: 'answer', questionId: question.id, answer };
}

function assertInvariants(config: Config, state: QuizState) {
  const last = config.questions.length - 1;
  assert.ok(Number.isInteger(state.index) && state.index >= 0 && state.index <= last, `index ${state.index}`);
  assert.deepEqual(sanitizeAnswers(config, state.answers), state.answers, 'answers are clean');
  if (state.step === 'question')
    assert.ok(firstUnanswered(config, state.answers) >= state.index, 'no open question before the index');
  if (state.step === 'results') assert.ok(isComplete(config, state.answers), 'results only when complete');
}

describe('quiz flow properties', () => {
  it('any sequence of actions keeps the invariants; answering never moves', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.constant(fixture), configArb)
          .chain((config) => fc.tuple(fc.constant(config), fc.array(actionArb(config), { maxLength: 40 }))),
        ([config, actions]) => {
          let state = initialState();
          for (const step of actions) {
            const action = toAction(config, state, step);
            const after = next(config, state, action);
            assertInvariants(config, after);
            if (action.type === 'answer') assert.deepEqual([after.step, after.index], [state.step, state.index]);
            state = after;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the generated runs do reach results', () => {
    const runs = fc.sample(fc.array(actionArb(fixture), { minLength: 30, maxLength: 40 }), { numRuns: 100, seed: 1 });
    const visited = runs.filter((steps) => {
      let s = initialState();
      for (const step of steps) if ((s = next(fixture, s, toAction(fixture, s, step))).step === 'results') return true;
      return false;
    });
    assert.ok(visited.length >= 20, `only ${visited.length} of 100 runs reached results`);
  });

  it('saving and reading back gives the same state', () => {
    fc.assert(
      fc.property(fc.array(actionArb(fixture), { maxLength: 30 }), (actions) => {
        const state = actions.reduce((s, a) => next(fixture, s, toAction(fixture, s, a)), initialState());
        assert.deepEqual(parseSavedState(fixture, serializeState(state)), state);
        assert.deepEqual(
          parseSavedState(fixture, JSON.stringify({ v: 1, ...state })),
          state,
          'the element’s own format',
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSavedState', () => {
  const cases: [name: string, raw: string | null, expected: QuizState | null][] = [
    ['nothing saved', null, null],
    ['empty', '', null],
    ['not JSON', '{v:1', null],
    ['JSON but not an object', '[1,2]', null],
    ['another version', JSON.stringify({ v: 2, step: 'question', index: 0, answers: {} }), null],
    ['no version', JSON.stringify({ step: 'question', index: 0, answers: {} }), null],
    ['an unknown step', JSON.stringify({ v: 1, step: 'done', index: 0, answers: {} }), null],
    [
      'a valid state',
      JSON.stringify({ v: 1, step: 'question', index: 1, answers: { freq: 'never' } }),
      at('question', 1, { freq: 'never' }),
    ],
    ['a huge index', JSON.stringify({ v: 1, step: 'question', index: 1e308, answers: full }), at('question', 2, full)],
    [
      'a fractional index',
      JSON.stringify({ v: 1, step: 'question', index: 1.7, answers: full }),
      at('question', 1, full),
    ],
    ['a negative index', JSON.stringify({ v: 1, step: 'question', index: -3, answers: full }), at('question', 0, full)],
    [
      'an index that is not a number',
      JSON.stringify({ v: 1, step: 'question', index: '2', answers: full }),
      at('question', 0, full),
    ],
    ['junk answers', JSON.stringify({ v: 1, step: 'intro', index: 0, answers: 'x' }), initialState()],
    [
      'results with all answers',
      JSON.stringify({ v: 1, step: 'results', index: 0, answers: full }),
      at('results', 2, full),
    ],
    [
      'a __proto__ key',
      '{"v":1,"step":"intro","index":0,"answers":{"__proto__":{"polluted":1},"freq":"never"},"__proto__":{"polluted":1}}',
      at('intro', 0, { freq: 'never' }),
    ],
    [
      'over the length cap',
      JSON.stringify({ v: 1, step: 'intro', index: 0, answers: {}, pad: 'x'.repeat(LIMITS.stateChars) }),
      null,
    ],
  ];
  for (const [name, raw, expected] of cases) {
    it(name, () => {
      assert.deepEqual(parseSavedState(fixture, raw), expected);
      assert.equal(polluted().polluted, undefined);
    });
  }

  it('never throws on arbitrary input and never pollutes Object.prototype', () => {
    const keys = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'v',
      'step',
      'index',
      'answers',
      'freq',
      'polluted',
    );
    const raw = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything({ key: keys }).map((value) => JSON.stringify(value) ?? 'undefined'),
      fc
        .record({
          v: fc.constantFrom(1, 2, '1'),
          step: fc.string(),
          index: fc.anything(),
          answers: fc.anything({ key: keys }),
        })
        .map((value) => JSON.stringify(value)),
      fc.constant(null),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const state = parseSavedState(fixture, value);
        if (state) assertInvariants(fixture, state);
        assert.equal(polluted().polluted, undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
