/**
 * Hostile input at the other doors: a share code and saved state/history. The parsers never throw,
 * never touch `Object.prototype`, round-trip what they encode, and refuse oversized input before
 * parsing (a config too).
 *
 * Extends rather than repeats: share-code.test.ts and quiz-state-saved.test.ts already fuzz the
 * decoder and `parseSavedState` on the small fixture config; here they run on the default config
 * (16 questions, exclusive options), `parseHistory` is fuzzed for the first time, and the size
 * caps are shown to act before JSON.parse / before the code is read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfig } from '../../src/core/parse-config.ts';
import { decodeShareCode, encodeShareCode } from '../../src/core/share-code.ts';
import { parseSavedState, serializeState } from '../../src/core/quiz-state.ts';
import { parseHistory, type History } from '../../src/core/history.ts';
import type { Answers } from '../../src/core/answers.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { assertUnpolluted, clone, countCalls, dangerousKey, RUNS, TEN_MB } from './helpers.ts';

/** Random complete answers to the default config: one option, or a valid tick list. */
const completeAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(
    ...defaultConfig.questions.map((q): fc.Arbitrary<string | string[]> => {
      const ids = q.options.map((o) => o.id);
      if (q.type !== 'multiple') return fc.constantFrom(...ids);
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.id]);
      const others = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      return fc.oneof(fc.constantFrom(...exclusive), fc.subarray(others, { minLength: 1 }));
    }),
  )
  .map((values) => Object.fromEntries(defaultConfig.questions.map((q, i) => [q.id, values[i]!])));

describe('share codes on the default config', () => {
  it('never throw on fc.string() and never pollute', () => {
    const codes = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^1[A-Za-z0-9_-]{0,45}$/));
    fc.assert(
      fc.property(codes, (code) => {
        const answers = decodeShareCode(defaultConfig, code);
        assert.ok(answers === null || Object.getPrototypeOf(answers) === Object.prototype);
        assertUnpolluted();
      }),
      RUNS,
    );
  });

  it('encode → decode gives the same complete answers, in at most 40 URL-safe characters', () => {
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        const code = encodeShareCode(defaultConfig, answers);
        assert.match(code, /^[A-Za-z0-9_-]{1,40}$/);
        assert.deepEqual(decodeShareCode(defaultConfig, code), answers);
      }),
      RUNS,
    );
  });
});

describe('saved state and history on the default config', () => {
  const keys = fc.oneof(
    dangerousKey,
    fc.constantFrom('v', 'step', 'index', 'answers', 'last', 'previous', 'date', 'overall', 'dimensions', 'polluted'),
    fc.string(),
  );
  const raw = fc.oneof(
    fc.string(),
    fc
      .anything({ key: keys, withNullPrototype: true, withSparseArray: true })
      .map((value) => JSON.stringify(value) ?? 'null'),
    fc.constantFrom(
      '{"__proto__":{"polluted":1},"v":1,"step":"results","index":0,"answers":{"__proto__":{"polluted":1}}}',
      '{"constructor":{"prototype":{"polluted":1}},"last":{"__proto__":{"polluted":1}}}',
      '{"last":{"date":"2011-01-01","overall":5,"dimensions":{"__proto__":5,"constructor":5}}}',
    ),
  );

  it('parseSavedState never throws and never pollutes', () => {
    fc.assert(
      fc.property(raw, (text) => {
        const state = parseSavedState(defaultConfig, text);
        assert.ok(state === null || ['intro', 'question', 'results'].includes(state.step));
        assertUnpolluted();
      }),
      RUNS,
    );
  });

  it('parseHistory never throws and never pollutes', () => {
    fc.assert(
      fc.property(raw, (text) => {
        const history = parseHistory(text);
        if (history) {
          assert.equal(Object.getPrototypeOf(history.last.dimensions), Object.prototype);
          assert.ok(Object.keys(history.last.dimensions).every((id) => /^[a-z0-9]/i.test(id)));
        }
        assertUnpolluted();
      }),
      RUNS,
    );
  });

  it('a saved completed state reads back as saved', () => {
    fc.assert(
      fc.property(completeAnswersArb, (answers) => {
        const state = { step: 'results' as const, index: defaultConfig.questions.length - 1, answers };
        assert.deepEqual(parseSavedState(defaultConfig, serializeState(state)), state);
      }),
      RUNS,
    );
  });

  it('a saved history reads back as saved', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
    const snapshot = fc.record({
      date: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      overall: fc.integer({ min: 0, max: 100 }),
      dimensions: fc.dictionary(id, fc.integer({ min: 0, max: 100 }), { maxKeys: 10 }),
    });
    fc.assert(
      fc.property(snapshot, snapshot, (previous, last) => {
        const text = JSON.stringify({ previous, last } satisfies History);
        assert.deepEqual(parseHistory(text), JSON.parse(text));
      }),
      RUNS,
    );
  });
});

describe('oversized input is refused before parsing', () => {
  it('a 10 MB config string that is not JSON: "too large", and JSON.parse is never called', () => {
    const huge = `{${'x'.repeat(TEN_MB)}`;
    let result: ReturnType<typeof parseConfig> | undefined;
    assert.equal(
      countCalls(JSON, 'parse', () => (result = parseConfig(huge))),
      0,
    );
    assert.equal(result?.success, false);
    assert.match(result && !result.success ? result.error : '', /too large/);
    assert.doesNotMatch(result && !result.success ? result.error : '', /not valid JSON/);
  });

  it('a 10 MB config object: "too large"', () => {
    const result = parseConfig({ ...clone(defaultConfig), intro: { nl: 'x'.repeat(TEN_MB), en: 'x' } });
    assert.match(result.success ? '' : result.error, /too large/);
  });

  it('a 10 MB share code: null, and the code is never read character by character', () => {
    const code = encodeShareCode(defaultConfig, {});
    // The control: a code of normal length is read with the string iterator.
    assert.ok(countCalls(String.prototype, Symbol.iterator, () => decodeShareCode(defaultConfig, code)) > 0);
    let decoded: Answers | null = {};
    const calls = countCalls(
      String.prototype,
      Symbol.iterator,
      () => (decoded = decodeShareCode(defaultConfig, code + 'A'.repeat(TEN_MB))),
    );
    assert.equal(decoded, null);
    assert.equal(calls, 0);
  });

  it('10 MB of saved state or history: null, and JSON.parse is never called', () => {
    const state = serializeState({ step: 'intro', index: 0, answers: {} }).replace(
      '}',
      `,"pad":"${'x'.repeat(TEN_MB)}"}`,
    );
    const history = JSON.stringify({
      last: { date: '2011-01-01', overall: 1, dimensions: {} },
      pad: 'x'.repeat(TEN_MB),
    });
    let results: unknown[] = [];
    assert.equal(
      countCalls(JSON, 'parse', () => (results = [parseSavedState(defaultConfig, state), parseHistory(history)])),
      0,
    );
    assert.deepEqual(results, [null, null]);
  });
});
