// The quiz flow as a reducer: next(config, state, action), table-driven.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initialState, next, type QuizAction, type QuizState } from '../../src/core/quiz-state.ts';
import { fixture } from './fixtures.ts';
import { at, full } from './helpers.ts';

describe('next', () => {
  const cases: { name: string; state: QuizState; action: QuizAction; expected: QuizState }[] = [
    {
      name: 'start opens the first question',
      state: initialState(),
      action: { type: 'start' },
      expected: at('question', 0),
    },
    {
      name: 'start keeps answers kept from going back',
      state: at('intro', 0, { freq: 'never' }),
      action: { type: 'start' },
      expected: at('question', 0, { freq: 'never' }),
    },
    {
      name: 'choosing stays on the question',
      state: at('question', 0),
      action: { type: 'answer', questionId: 'freq', answer: 'weekly' },
      expected: at('question', 0, { freq: 'weekly' }),
    },
    {
      name: 'choosing again replaces',
      state: at('question', 0, { freq: 'weekly' }),
      action: { type: 'answer', questionId: 'freq', answer: 'never' },
      expected: at('question', 0, { freq: 'never' }),
    },
    {
      name: 'ticks are cleaned',
      state: at('question', 1, { freq: 'never' }),
      action: { type: 'answer', questionId: 'channels', answer: ['blog', 'linkedin', 'blog'] },
      expected: at('question', 1, { freq: 'never', channels: ['linkedin', 'blog'] }),
    },
    {
      name: 'unticking all clears the answer',
      state: at('question', 1, { freq: 'never', channels: ['blog'] }),
      action: { type: 'answer', questionId: 'channels', answer: [] },
      expected: at('question', 1, { freq: 'never' }),
    },
    {
      name: 'next moves on when answered',
      state: at('question', 0, { freq: 'never' }),
      action: { type: 'next' },
      expected: at('question', 1, { freq: 'never' }),
    },
    {
      name: 'next from the last question shows results',
      state: at('question', 2, full),
      action: { type: 'next' },
      expected: at('results', 2, full),
    },
    {
      name: 'back from the first question shows the intro',
      state: at('question', 0, { freq: 'never' }),
      action: { type: 'back' },
      expected: at('intro', 0, { freq: 'never' }),
    },
    {
      name: 'back goes one question back',
      state: at('question', 2, full),
      action: { type: 'back' },
      expected: at('question', 1, full),
    },
    {
      name: 'back from results shows the last question',
      state: at('results', 2, full),
      action: { type: 'back' },
      expected: at('question', 2, full),
    },
    {
      name: 'restart clears everything',
      state: at('results', 2, full),
      action: { type: 'restart' },
      expected: initialState(),
    },
    {
      name: 'resume restores a valid state',
      state: initialState(),
      action: { type: 'resume', state: at('question', 2, { freq: 'never', channels: ['none'] }) },
      expected: at('question', 2, { freq: 'never', channels: ['none'] }),
    },
    {
      name: 'resume never skips an open question',
      state: initialState(),
      action: { type: 'resume', state: at('question', 2, { freq: 'never' }) },
      expected: at('question', 1, { freq: 'never' }),
    },
    {
      name: 'resume to results needs every answer',
      state: initialState(),
      action: { type: 'resume', state: at('results', 2, { freq: 'never', learn: 'low' }) },
      expected: at('question', 1, { freq: 'never', learn: 'low' }),
    },
    {
      name: 'resume cleans answers and clamps the index',
      state: initialState(),
      action: { type: 'resume', state: at('question', 99, { ...full, bogus: 'x' }) },
      expected: at('question', 2, full),
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(next(fixture, c.state, c.action), c.expected));

  const unchanged: { name: string; state: QuizState; action: QuizAction }[] = [
    { name: 'next without an answer', state: at('question', 0), action: { type: 'next' } },
    { name: 'next with only a later answer', state: at('question', 0, { learn: 'low' }), action: { type: 'next' } },
    { name: 'next on the intro', state: initialState(), action: { type: 'next' } },
    { name: 'next on results', state: at('results', 2, full), action: { type: 'next' } },
    { name: 'start during the quiz', state: at('question', 1, { freq: 'never' }), action: { type: 'start' } },
    {
      name: 'an unknown option',
      state: at('question', 0),
      action: { type: 'answer', questionId: 'freq', answer: 'daily' },
    },
    {
      name: 'an unknown question',
      state: at('question', 0),
      action: { type: 'answer', questionId: 'nope', answer: 'never' },
    },
    {
      name: 'a question not on screen',
      state: at('question', 0),
      action: { type: 'answer', questionId: 'learn', answer: 'high' },
    },
    {
      name: 'clearing an earlier question',
      state: at('question', 2, { freq: 'never', channels: ['none'] }),
      action: { type: 'answer', questionId: 'channels', answer: [] },
    },
    {
      name: 'answering on results',
      state: at('results', 2, full),
      action: { type: 'answer', questionId: 'freq', answer: 'weekly' },
    },
    {
      name: 'answering on the intro',
      state: initialState(),
      action: { type: 'answer', questionId: 'freq', answer: 'weekly' },
    },
    { name: 'back on the intro', state: initialState(), action: { type: 'back' } },
    { name: 'an unknown action', state: at('question', 0), action: { type: 'jump' } as unknown as QuizAction },
  ];
  for (const c of unchanged)
    it(`unchanged (same object): ${c.name}`, () => assert.equal(next(fixture, c.state, c.action), c.state));
});
