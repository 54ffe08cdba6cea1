/**
 * Hostile input, the config door: `parseConfig` fuzzed for the first time, on mutations of the
 * default config (dangerous keys, spliced objects, wrong types). It never throws and never touches
 * `Object.prototype`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfig } from '../../src/core/parse-config.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { assertUnpolluted, clone, dangerousKey, RUNS } from './helpers.ts';

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
