// Helpers shared by the core tests (node:test): fast-check run counts, deep clones, a guard that
// no built-in prototype was polluted, counting calls of a built-in, float comparison, and the
// quiz states of the small fixture config. The fixture config and arbitraries are in fixtures.ts.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { QuizState } from '../../src/core/quiz-state.ts';

export const RUNS = { numRuns: 1000 };
export const TEN_MB = 10 * 1024 * 1024;
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownKeys = prototypes.map((p) => Reflect.ownKeys(p).map(String).sort());
/** Nothing reached a built-in prototype: `({}).polluted` is unset and no prototype gained a key. */
export function assertUnpolluted(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  prototypes.forEach((p, i) => assert.deepEqual(Reflect.ownKeys(p).map(String).sort(), ownKeys[i]));
}

/** Counts calls of `target[key]` while `run` runs (the original is still called). */
export function countCalls<T extends object>(target: T, key: keyof T, run: () => void): number {
  const original = target[key] as (...args: unknown[]) => unknown;
  let calls = 0;
  Object.defineProperty(target, key, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(target, key, { configurable: true, writable: true, value: original });
  }
  return calls;
}

/** Keys that reach a prototype when an object is built from them carelessly. */
export const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** Equal up to floating-point rounding. */
export const close = (actual: number, expected: number, what = '') =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

/** Complete answers to the fixture config. */
export const full = { freq: 'never', channels: ['none'], learn: 'low' };
/** A quiz state, written short. */
export const at = (step: QuizState['step'], index: number, answers: QuizState['answers'] = {}): QuizState => ({
  step,
  index,
  answers,
});
/** A plain object, for answers that try to reach the prototype. */
export const polluted = () => ({}) as Record<string, unknown>;
