// What the package promises besides the widget: a Node-importable core, the config JSON Schema,
// type declarations and the custom-elements manifest. Runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const at = (path: string) => resolve(root, path);

function readJson(path: string): unknown {
  assert.ok(existsSync(at(path)), `${path} is missing: run node scripts/build.mjs`);
  return JSON.parse(readFileSync(at(path), 'utf8'));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

test('dist/core.js imports in Node and exposes the core API', async () => {
  assert.ok(existsSync(at('dist/core.js')), 'dist/core.js is missing: run node scripts/build.mjs');
  const core = (await import(pathToFileURL(at('dist/core.js')).href)) as Record<string, unknown>;
  for (const name of ['parseConfig', 'scoreAnswers', 'encodeShareCode', 'decodeShareCode']) {
    assert.equal(typeof core[name], 'function', `core.${name} should be a function`);
  }
  assert.ok(isRecord(core.defaultConfig), 'core.defaultConfig should be an object');
});

test('parseConfig(defaultConfig) succeeds with the built core', async () => {
  const core = (await import(pathToFileURL(at('dist/core.js')).href)) as Record<string, unknown>;
  const parseConfig = core.parseConfig as (input: unknown) => { success: boolean; error?: unknown };
  const parsed = parseConfig(core.defaultConfig);
  assert.equal(parsed.success, true, `the default config does not parse: ${JSON.stringify(parsed.error ?? parsed)}`);
});

test('dist/config.schema.json is a JSON Schema for the config object', () => {
  const schema = readJson('dist/config.schema.json');
  assert.ok(isRecord(schema), 'the schema is not a JSON object');
  assert.equal(schema.type, 'object');
  assert.ok(isRecord(schema.properties) && 'questions' in schema.properties, 'schema.properties.questions is missing');
});

test('dist/types carries the declarations of the core and the element', () => {
  for (const file of ['dist/types/core/index.d.ts', 'dist/types/sm-maturity-check.d.ts']) {
    assert.ok(existsSync(at(file)), `${file} is missing`);
  }
});

test('custom-elements.json declares <sm-maturity-check>', () => {
  const manifest = readJson('custom-elements.json');
  assert.ok(isRecord(manifest) && Array.isArray(manifest.modules), 'custom-elements.json has no modules[]');
  const tags = new Set<string>();
  for (const mod of manifest.modules as unknown[]) {
    if (!isRecord(mod)) continue;
    for (const decl of Array.isArray(mod.declarations) ? mod.declarations : []) {
      if (isRecord(decl) && typeof decl.tagName === 'string') tags.add(decl.tagName);
    }
    for (const exp of Array.isArray(mod.exports) ? mod.exports : []) {
      if (isRecord(exp) && exp.kind === 'custom-element-definition' && typeof exp.name === 'string') tags.add(exp.name);
    }
  }
  assert.ok(tags.has('sm-maturity-check'), `tags declared: ${[...tags].join(', ') || 'none'}`);
});
