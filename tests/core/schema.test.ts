// The zod schema is the one definition of the config format; the widget checks configs against
// the JSON Schema generated from it. These tests keep the two in step.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ConfigSchema } from '../../src/core/schema.ts';
import { configSchema } from '../../src/core/config-schema.gen.ts';
import { validate } from '../../src/core/json-schema.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { generatedSource } from '../../scripts/write-schema.ts';

/** Every path to a value inside `value`, as key lists. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}
const all = paths(defaultConfig).filter((p) => p.length > 0);

const replacements = [
  undefined,
  null,
  '',
  'x',
  0,
  -1,
  1.5,
  2011,
  1e9,
  true,
  [],
  {},
  ['a'],
  { nl: 'a', en: 'b' },
  'x'.repeat(3000),
  'https://example.org/',
  'javascript:alert(1)',
  '__proto__',
];

describe('the generated JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    assert.equal(
      readFileSync(new URL('../../src/core/config-schema.gen.ts', import.meta.url), 'utf8'),
      generatedSource(),
    );
  });

  it('accepts the built-in config, as zod does', () => {
    assert.equal(ConfigSchema.safeParse(defaultConfig).success, true);
    assert.deepEqual(validate(configSchema, JSON.parse(JSON.stringify(defaultConfig))), []);
  });

  it('agrees with zod on 1000 mutated configs (a value replaced, a key added or removed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.constantFrom(...replacements),
        fc.constantFrom('replace', 'delete', 'add'),
        (path, value, how) => {
          const config = JSON.parse(JSON.stringify(defaultConfig)) as Record<string | number, unknown>;
          const parent = path
            .slice(0, -1)
            .reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, config);
          const key = path.at(-1)!;
          if (how === 'replace') parent[key] = value;
          else if (how === 'delete') delete parent[key];
          else if (typeof parent === 'object' && !Array.isArray(parent)) parent['extra'] = value;
          const json = JSON.parse(JSON.stringify(config));
          assert.equal(
            validate(configSchema, json).length === 0,
            ConfigSchema.safeParse(json).success,
            JSON.stringify({ path, value, how }),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
