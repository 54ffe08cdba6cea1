// The size gate (DECISIONS.md): gzip -9 bytes of what a visitor downloads. Runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../../dist');

const budgets: [file: string, maxGzipBytes: number][] = [
  ['sm-maturity-check.js', 28_000],
  ['sm-maturity-check.iife.js', 40_000],
];

for (const [file, max] of budgets) {
  test(`dist/${file} gzip -9 <= ${max} B`, () => {
    const path = resolve(dist, file);
    assert.ok(existsSync(path), `dist/${file} is missing: run node scripts/build.mjs`);
    const size = gzipSync(readFileSync(path), { level: 9 }).length;
    assert.ok(size <= max, `dist/${file} is ${size} B gzip -9, over the budget of ${max} B by ${size - max} B`);
  });
}

// Static `import … from`, bare `import "…"`, `export … from` and dynamic `import("…")`, minified
// or not; only relative specifiers matter, since the entry must work from a plain copy of dist/.
const specifierPattern = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`]+)\1/g;

function relativeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(specifierPattern)].map((m) => resolve(dirname(file), m[2] ?? ''));
}

test('every chunk the ESM entry loads (transitively) exists in dist/', () => {
  const entry = resolve(dist, 'sm-maturity-check.js');
  assert.ok(existsSync(entry), 'dist/sm-maturity-check.js is missing: run node scripts/build.mjs');
  const seen = new Set<string>([entry]);
  const queue = [entry];
  const missing: string[] = [];
  while (queue.length) {
    const from = queue.shift() as string;
    for (const target of relativeImports(from)) {
      if (seen.has(target)) continue;
      seen.add(target);
      const shown = `${relative(dist, from)} -> ${relative(dist, target)}`;
      if (!target.startsWith(dist + '/')) missing.push(`${shown} (outside dist/)`);
      else if (!existsSync(target)) missing.push(shown);
      else queue.push(target);
    }
  }
  assert.deepEqual(missing, [], `imports that do not resolve inside dist/:\n${missing.join('\n')}`);
});
