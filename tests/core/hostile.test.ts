/**
 * Hostile input at the three doors from outside: a config (`parseConfig`), a share code and saved
 * state/history. Links must be plain https:; the parsers never throw, never touch
 * `Object.prototype`, round-trip what they encode, and refuse oversized input before parsing.
 *
 * Extends rather than repeats: share-code.test.ts and quiz-state.test.ts already fuzz the decoder
 * and `parseSavedState` on the small fixture config; here they run on the default config (16
 * questions, exclusive options), `parseConfig` and `parseHistory` are fuzzed for the first time,
 * and the size caps are shown to act before JSON.parse / before the code is read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfig } from '../../src/core/parse-config.ts';
import { decodeShareCode, encodeShareCode } from '../../src/core/share-code.ts';
import { parseSavedState, serializeState } from '../../src/core/quiz-state.ts';
import { parseHistory, type History } from '../../src/core/history.ts';
import type { Answers } from '../../src/core/answers.ts';
import type { Config } from '../../src/core/schema.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';

const RUNS = { numRuns: 1000 };
const TEN_MB = 10 * 1024 * 1024;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownKeys = prototypes.map((p) => Reflect.ownKeys(p).map(String).sort());
/** Nothing reached a built-in prototype: `({}).polluted` is unset and no prototype gained a key. */
function assertUnpolluted(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  prototypes.forEach((p, i) => assert.deepEqual(Reflect.ownKeys(p).map(String).sort(), ownKeys[i]));
}

/** Counts calls of `target[key]` while `run` runs (the original is still called). */
function countCalls<T extends object>(target: T, key: keyof T, run: () => void): number {
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

describe('config links: https: only', () => {
  const places: [path: string, set: (c: Config, url: string) => void][] = [
    ['suggestions[0].url', (c, url) => (c.suggestions[0]!.url = url)],
    ['source.url', (c, url) => (c.source.url = url)],
    ['questions[0].benchmark.basis.url', (c, url) => (c.questions[0]!.benchmark.basis.url = url)],
    ['benchmark.classes[0].basis.url', (c, url) => (c.benchmark.classes[0]!.basis.url = url)],
  ];
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' https://x.example',
    'https://x.example/\n',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
    'http://x.example',
    'https:/x',
    'https://',
    '\u0000https://x',
    'https://x.example\u0007',
    'HTTPS://x.example',
    'https:\\\\evil.example',
    'https://x.example\t/y',
    'https://x.example/\u2028',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
  ];
  for (const [path, set] of places) {
    for (const url of refused) {
      it(`${path} = ${JSON.stringify(url)} is refused, naming the path and https`, () => {
        const config = clone(defaultConfig);
        set(config, url);
        const result = parseConfig(config);
        assert.equal(result.success, false);
        if (result.success) return;
        assert.ok(
          result.issues.some((i) => i.path === path && /https/.test(i.message)),
          `no https issue at ${path}: ${result.error}`,
        );
        assert.ok(result.error.includes(path), result.error);
      });
    }
    it(`${path} = https://example.org/a?b=c#d is accepted`, () => {
      const config = clone(defaultConfig);
      set(config, 'https://example.org/a?b=c#d');
      const result = parseConfig(JSON.stringify(config));
      assert.equal(result.success ? '' : result.error, '');
    });
  }
});

/** Every path (keys and indices) to a value in `tree`, the root included. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      paths(child, [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

const baseTree: unknown = clone(defaultConfig);
const allPaths = paths(baseTree);

/** Positions just after each `{` that opens an object in JSON `text` (not inside a string). */
function objectStarts(text: string): number[] {
  const starts: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') starts.push(i + 1);
  }
  return starts;
}

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    key: dangerousKey,
    body: fc.constantFrom(
      '{"polluted":1}',
      '{"prototype":{"polluted":1}}',
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
      '[{"polluted":1}]',
      '"polluted"',
      'null',
    ),
  }),
);

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

/** The default config's JSON after the mutations; `spliced` tells whether a dangerous key went in. */
function mutate(mutations: readonly Mutation[]): { text: string; spliced: boolean } {
  let tree = clone(baseTree);
  const splices: Mutation[] = [];
  for (const m of mutations) {
    if (m.kind === 'splice') {
      splices.push(m);
      continue;
    }
    const path = allPaths[m.at % allPaths.length]!;
    if (!path.length) {
      if (m.kind === 'retype') tree = m.value;
      continue;
    }
    let parent: unknown = tree;
    for (const step of path.slice(0, -1))
      parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[step] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const last = path.at(-1)!;
    if (!Object.hasOwn(parent, last)) continue;
    if (m.kind === 'retype') (parent as Record<string, unknown>)[last] = m.value;
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, unknown>)[last];
  }
  let text = JSON.stringify(tree);
  let spliced = false;
  for (const m of splices) {
    if (m.kind !== 'splice') continue;
    const starts = objectStarts(text);
    if (!starts.length) continue;
    const at = starts[m.at % starts.length]!;
    text = `${text.slice(0, at)}"${m.key}":${m.body}${text[at] === '}' ? '' : ','}${text.slice(at)}`;
    spliced = true;
  }
  return { text, spliced };
}

describe('parseConfig never throws and never pollutes', () => {
  const anything = fc.anything({
    key: fc.oneof(fc.string(), dangerousKey, fc.constantFrom('id', 'questions', 'polluted')),
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  });
  const assertOutcome = (result: ReturnType<typeof parseConfig>) => {
    assert.equal(typeof result.success, 'boolean');
    if (!result.success) assert.equal(typeof result.error, 'string');
    else assert.equal(Object.getPrototypeOf(result.data), Object.prototype);
  };

  it('on fc.anything()', () => {
    fc.assert(
      fc.property(anything, (value) => {
        assertOutcome(parseConfig(value));
        assertUnpolluted();
      }),
      RUNS,
    );
  });

  it('on fc.string()', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        assertOutcome(parseConfig(text));
        assertUnpolluted();
      }),
      RUNS,
    );
  });

  it('on the default config with keys deleted, values retyped and __proto__/constructor/prototype keys spliced in', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const { text, spliced } = mutate(mutations);
        for (const input of [text, JSON.parse(text) as unknown]) {
          const result = parseConfig(input);
          assertOutcome(result);
          // No place in a config takes such a key: strict objects refuse unknown keys, and a
          // class-id record refuses a class that does not exist.
          if (spliced) assert.equal(result.success, false, `accepted a spliced key: ${text.slice(0, 200)}`);
          assertUnpolluted();
        }
      }),
      RUNS,
    );
  });

  it('host objects that throw or cannot be serialised are refused, not thrown', () => {
    const circular: Record<string, unknown> = { ...clone(defaultConfig) };
    circular.self = circular;
    const throwing = Object.defineProperty(clone(defaultConfig), 'title', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    );
    const cases: [string, unknown][] = [
      ['a circular object', circular],
      ['a throwing getter', throwing],
      ['a proxy that throws', proxy],
      [
        'toJSON that throws',
        {
          toJSON: () => {
            throw new Error('toJSON');
          },
        },
      ],
      ['toJSON giving undefined', { toJSON: () => undefined }],
      ['a BigInt', 10n],
      ['a function', () => defaultConfig],
      ['a symbol', Symbol('config')],
      ['undefined', undefined],
      ['null', null],
    ];
    for (const [name, value] of cases) {
      const result = parseConfig(value);
      assert.equal(result.success, false, name);
      assertUnpolluted();
    }
  });
});

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
