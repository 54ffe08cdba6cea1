// The README against what it documents: the element's public surface as custom-elements.json
// declares it, the provenance table and segment shares as the built-in config gives them, the
// example config as the validator sees it, the files its snippets name as the build makes them,
// and its size claim as gzip measures it. Runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { provenanceTable } from '../../scripts/provenance-table.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import { buildPayload, type LeadPayload } from '../../src/core/payload.ts';

const root = resolve(import.meta.dirname, '../..');
const at = (path: string) => resolve(root, path);
const readme = readFileSync(at('README.md'), 'utf8');

type Named = { name?: unknown };
interface Declaration {
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: (Named & { privacy?: string })[];
}

function elementDeclarations(): Declaration[] {
  assert.ok(existsSync(at('custom-elements.json')), 'custom-elements.json is missing: run node scripts/build.mjs');
  const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8')) as { modules?: { declarations?: Declaration[] }[] };
  const found = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.tagName === 'sm-maturity-check');
  assert.ok(found.length > 0, 'custom-elements.json declares no <sm-maturity-check>');
  return found;
}

const names = (items: Named[] | undefined) => (items ?? []).map((i) => i.name).filter((n): n is string => typeof n === 'string');

/**
 * Public attributes only: an attribute backed by a private field is internal state that a
 * manifest analyzer mistook for an attribute (as happens with Lit's `state: true`).
 */
function publicAttributes(d: Declaration): string[] {
  const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
  return names((d.attributes ?? []).filter((a) => !hidden.has(a.fieldName)));
}

const surfaces: [kind: string, pick: (d: Declaration) => string[]][] = [
  ['attribute', publicAttributes],
  ['event', (d) => names(d.events)],
  ['CSS part', (d) => names(d.cssParts)],
  ['CSS custom property', (d) => names(d.cssProperties)],
];

for (const [kind, pick] of surfaces) {
  test(`every ${kind} in custom-elements.json is documented in the README`, () => {
    const declared = [...new Set(elementDeclarations().flatMap(pick))];
    assert.ok(declared.length > 0, `custom-elements.json declares no ${kind} for <sm-maturity-check>`);
    const missing = declared.filter((name) => !readme.includes(`\`${name}\``));
    assert.deepEqual(missing, [], `README lacks these ${kind}s (as \`name\`): ${missing.join(', ')}`);
  });
}

test('the provenance block equals the output of scripts/provenance-table.ts', () => {
  const block = /<!-- provenance:start -->\n([\s\S]*?)\n<!-- provenance:end -->/.exec(readme)?.[1];
  assert.ok(block !== undefined, 'README has no <!-- provenance:start --> … <!-- provenance:end --> block');
  assert.equal(block.trim(), provenanceTable(defaultConfig).trim(), 'stale: paste the output of `npx tsx scripts/provenance-table.ts`');
});

/** The first ```json block after the first heading that mentions an example. */
function exampleJson(): string {
  const heading = /^#+ .*example.*$/im.exec(readme);
  assert.ok(heading, 'README has no heading containing "example"');
  const json = /```json\n([\s\S]*?)\n```/.exec(readme.slice(heading.index))?.[1];
  assert.ok(json, `no \`\`\`json block after the heading "${heading[0]}"`);
  return json;
}

test('the example config passes parseConfig', () => {
  const parsed = parseConfig(exampleJson());
  assert.ok(parsed.success, `the README's example config is invalid: ${parsed.success ? '' : parsed.error}`);
});

/** The README's sample error messages, each from one edit of the example config. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into untyped JSON
type Edit = (config: any) => void;
const brokenExamples: [what: string, edit: Edit][] = [
  ['one option left', (c) => (c.questions[1].options = c.questions[1].options.slice(0, 1))],
  ['a javascript: link and an unknown key', (c) => ((c.suggestions[0].url = 'javascript:alert(1)'), (c.colour = 'red'))],
  [
    'an unknown dimension and a missed marginal',
    (c) => ((c.questions[0].dimension = 'usage'), (c.questions[0].benchmark.shares.all = [0.2, 0.25, 0.35, 0.2])),
  ],
];

test('the sample validation errors are what parseConfig says', () => {
  for (const [what, edit] of brokenExamples) {
    const config = JSON.parse(exampleJson());
    edit(config);
    const parsed = parseConfig(config);
    assert.ok(!parsed.success, `${what}: the edited example should be invalid`);
    assert.ok(readme.includes(`Invalid config: ${parsed.error}\n`), `${what}: README should show "Invalid config: ${parsed.error}"`);
  }
});

test("the segment table gives each segment's share of the benchmark", () => {
  const { segments } = scoreAnswers(defaultConfig, {});
  for (const { id, share } of segments) {
    const row = new RegExp(`^\\s*\\| \`${id}\` \\|.*\\| ${Math.round(share * 100)} % \\|$`, 'm');
    assert.ok(row.test(readme), `README's segment row for \`${id}\` should end in ${Math.round(share * 100)} %`);
  }
});

test("the example request is what the widget sends for its answers to the built-in config", () => {
  const block = /\*\*The request\.\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README: no ```json block after **The request.**');
  const shown = JSON.parse(block) as LeadPayload;
  assert.equal(shown.configId, defaultConfig.id);
  assert.equal(shown.version, defaultConfig.version);
  const result = scoreAnswers(defaultConfig, shown.answers, { lang: shown.lang });
  assert.deepEqual(
    Object.keys(shown.answers),
    defaultConfig.questions.map((q) => q.id),
    'the example answers every question, in order',
  );
  const sent = buildPayload({
    id: shown.id,
    result,
    contact: shown.contact,
    consentText: shown.consent.text,
    at: new Date(shown.consent.at),
    page: shown.page,
  });
  assert.deepEqual(shown, sent);
});

test('the files the snippets name exist in dist/', () => {
  const named = new Set([...readme.matchAll(/\bdist\/[\w./-]*\w\.(?:js|json)\b/g)].map((m) => m[0]));
  for (const required of ['dist/sm-maturity-check.js', 'dist/sm-maturity-check.iife.js']) {
    assert.ok(named.has(required), `README does not name ${required}`);
  }
  const missing = [...named].filter((file) => !existsSync(at(file)));
  assert.deepEqual(missing, [], `README names files the build does not make: ${missing.join(', ')}`);
});

test("the README's first-screen size matches the built ESM entry within 1 KB", () => {
  const stated = /about (\d+) KB gzip/.exec(readme)?.[1];
  assert.ok(stated, 'README states no "about N KB gzip" for the first screen');
  const actual = gzipSync(readFileSync(at('dist/sm-maturity-check.js')), { level: 9 }).length / 1000;
  assert.ok(Math.abs(actual - Number(stated)) <= 1, `README says about ${stated} KB gzip; dist/sm-maturity-check.js is ${actual.toFixed(1)} KB`);
});
