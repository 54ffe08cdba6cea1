/**
 * Ids named after built-in prototype members (`constructor`, `valueOf`, `toString`,
 * `hasOwnProperty`, …) are valid ids. The whole core runs on configs whose every id is such a
 * name — parseConfig → scoreAnswers → share code → history comparison — with no NaN, no throw and
 * no pollution. `__proto__` itself does not match the id pattern and is refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { answerOf, type Answers } from '../../src/core/answers.ts';
import { dimensionScore, parseHistory, recordResult } from '../../src/core/history.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { parseSavedState, serializeState } from '../../src/core/quiz-state.ts';
import type { Config } from '../../src/core/schema.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import { encodeShareCode, readShareCode } from '../../src/core/share-code.ts';
import { completeArb } from './complete-answers.ts';
import { fixture } from './fixtures.ts';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MUST = ['constructor', 'valueOf', 'toString', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'];
/** Every member name of the built-in prototypes that is a valid id, the must-haves first. */
const NAMES = [
  ...new Set([
    ...MUST,
    ...[Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
      .flatMap((p) => Object.getOwnPropertyNames(p))
      .filter((name) => ID.test(name)),
    'then',
    'toJSON',
    'prototype',
  ]),
];

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownKeys = prototypes.map((p) => Reflect.ownKeys(p).map(String).sort());
function assertUnpolluted(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  prototypes.forEach((p, i) => assert.deepEqual(Reflect.ownKeys(p).map(String).sort(), ownKeys[i]));
}

/** Every id of the fixture (config, dimensions, questions, options, classes, segments, routes, suggestions). */
function idsOf(config: Config): string[] {
  const ids = new Set<string>([config.id]);
  for (const list of [config.dimensions, config.segments, config.routes, config.suggestions, config.benchmark.classes])
    for (const { id } of list) ids.add(id);
  for (const q of config.questions) [q.id, ...q.options.map((o) => o.id)].forEach((id) => ids.add(id));
  return [...ids];
}

/** The config with every id (as a value or a key, wherever it is used) renamed by `names`. */
function rename(config: Config, names: ReadonlyMap<string, string>): Config {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [names.get(k) ?? k, walk(v)]));
    return value;
  };
  return walk(config) as Config;
}

/** No NaN or infinite number anywhere in `value`. */
function assertFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
}

const ids = idsOf(fixture);
assert.ok(NAMES.length >= ids.length, `${NAMES.length} names for ${ids.length} ids`);
/** The fixture with its ids renamed: the must-have names go to randomly chosen ids. */
const prototypeConfigArb = fc
  .shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })
  .map((order) => rename(fixture, new Map(order.map((id, i) => [id, NAMES[i]!]))));

describe('ids named after prototype members', () => {
  it('the whole core: parse, score (complete, partial, empty answers), share code, saved state, history', () => {
    fc.assert(
      fc.property(
        prototypeConfigArb.chain((config) => fc.tuple(fc.constant(config), completeArb(config), fc.nat())),
        ([raw, answers, drop]) => {
          const parsed = parseConfig(raw);
          assert.ok(parsed.success, parsed.success ? '' : parsed.error);
          const config = parsed.data;

          const result = scoreAnswers(config, answers, { lang: 'en' });
          assertFinite(result);
          assert.deepEqual(result.answers, answers);
          // Unanswered questions named `constructor` etc. read as unanswered, not as inherited members.
          const partial = Object.fromEntries(Object.entries(answers).filter((_, i) => i !== drop % 3));
          assertFinite(scoreAnswers(config, partial));
          assertFinite(scoreAnswers(config, {}));
          for (const q of config.questions) assert.equal(answerOf({}, q.id), undefined);

          const code = encodeShareCode(config, answers);
          assert.deepEqual(readShareCode(config, code), { ok: true, answers });
          const state = { step: 'results' as const, index: config.questions.length - 1, answers };
          assert.deepEqual(parseSavedState(config, serializeState(state)), state);

          const history = parseHistory(JSON.stringify(recordResult(null, result, '2026-11-29')));
          assert.ok(history);
          const again = recordResult(history, scoreAnswers(config, partial), '2026-11-30');
          for (const d of config.dimensions) {
            const before = dimensionScore(again.previous!, d.id);
            assert.equal(before, result.dimensions.find((x) => x.id === d.id)!.score);
          }
          // A dimension the snapshot does not have reads as none, whatever its name.
          for (const name of NAMES)
            if (!config.dimensions.some((d) => d.id === name))
              assert.equal(dimensionScore(again.last, name), undefined);
          assertUnpolluted();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers with inherited-looking and __proto__ keys are read by own keys only', () => {
    fc.assert(
      fc.property(prototypeConfigArb, (raw) => {
        const parsed = parseConfig(raw);
        assert.ok(parsed.success);
        const config = parsed.data;
        // JSON.parse makes `__proto__` an own key; the others are the config's own question ids.
        const hostile = JSON.parse(
          `{"__proto__": {"polluted": 1}, ${config.questions.map((q) => `"${q.id}": {"polluted": 1}`).join(', ')}}`,
        ) as Answers;
        const result = scoreAnswers(config, hostile);
        assert.deepEqual(result.answers, {});
        assertFinite(result);
        assertUnpolluted();
      }),
      { numRuns: 100 },
    );
  });

  it('__proto__ as an id is refused by the id pattern', () => {
    const raw = JSON.parse(JSON.stringify(fixture).replaceAll('"freq"', '"__proto__"')) as Config;
    const parsed = parseConfig(raw);
    assert.ok(!parsed.success);
    assert.match(parsed.error, /questions\[0\]\.id: must be letters, digits/);
    assertUnpolluted();
  });
});
