// The hardening rules as a check: no HTML-string sinks, no eval, nothing that needs a CSP with
// 'unsafe-inline' styles or 'unsafe-eval'. Comments are blanked first, so a comment may explain
// why an API is avoided without tripping the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && accept(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The source with every comment replaced by spaces (newlines kept, so line numbers hold). */
function withoutComments(fileName: string, text: string): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges: ts.CommentRange[] = [];
  const visit = (node: ts.Node): void => {
    ranges.push(...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []));
    ranges.push(...(ts.getTrailingCommentRanges(text, node.getEnd()) ?? []));
    for (const child of node.getChildren(source)) {
      // A JSDoc node sits inside its comment; scanning trivia from there would misread its text.
      if (child.kind < ts.SyntaxKind.FirstJSDocNode || child.kind > ts.SyntaxKind.LastJSDocNode) visit(child);
    }
  };
  visit(source);
  const chars = text.split(''); // UTF-16 units, as the comment ranges count them
  for (const { pos, end } of ranges) for (let i = pos; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

const sources = filesUnder(join(root, 'src'), (name) => name.endsWith('.ts')).map((path) => ({
  path,
  shown: relative(root, path),
  code: withoutComments(path, readFileSync(path, 'utf8')),
}));

function hits(pattern: RegExp, code: string, shown: string): string[] {
  const found: string[] = [];
  code.split('\n').forEach((line, i) => {
    if (pattern.test(line)) found.push(`${shown}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

const forbidden: [name: string, pattern: RegExp][] = [
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeCSS', /\bunsafeCSS\b/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['eval(', /(?<![\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  // An inline style attribute (or binding) needs style-src 'unsafe-inline'; so does setting it by name.
  ['style= attribute', /(?<![\w$-])style=|setAttribute\(\s*["'`]style["'`]/],
  ['styleMap', /\bstyleMap\b/],
];

test('src/ has TypeScript files to check', () => {
  assert.ok(sources.length > 0, 'no .ts files found under src/');
});

for (const [name, pattern] of forbidden) {
  test(`src/ does not use ${name}`, () => {
    const found = sources.flatMap(({ code, shown }) => hits(pattern, code, shown));
    assert.deepEqual(found, [], `${name} found:\n${found.join('\n')}`);
  });
}

// zod probes the Function constructor unless `jitless` is configured before the first schema is
// built. zod/mini (used here) leaves that probe out of the bundle, so the built files must carry
// no eval and no Function constructor at all - also not as an alias (`let e=Function;new e(…)`)
// or a bare call (`Function("")`), which is how minified zod classic spells it.
const distFiles = filesUnder(join(root, 'dist'), (name) => name.endsWith('.js'));
const distForbidden: [name: string, pattern: RegExp][] = [
  ['eval(', /(?<![\w$])eval\s*[(`]/],
  ['the Function constructor', /\bnew\s+Function\b|(?<![\w$.])Function\s*[(`]|[=,(:?]\s*Function\b(?!\s*\.)/],
];

for (const [name, pattern] of distForbidden) {
  test(`dist/**/*.js contains no ${name}`, () => {
    assert.ok(distFiles.length > 0, 'no .js files under dist/: run node scripts/build.mjs');
    const found: string[] = [];
    for (const path of distFiles) {
      const code = readFileSync(path, 'utf8');
      for (const m of code.matchAll(new RegExp(pattern.source, 'g'))) {
        const at = m.index ?? 0;
        found.push(`${relative(root, path)} @${at}: …${code.slice(Math.max(0, at - 40), at + 40)}…`);
      }
    }
    assert.deepEqual(found, [], `${name} in the build:\n${found.join('\n')}`);
  });
}

// Belt and braces for zod: should the bundle ever carry zod's probe again (zod classic, a JIT
// path), it stays dormant only if jitless is configured before any schema exists.
test('src/core/schema.ts configures zod jitless before building any schema', () => {
  const schema = sources.find((s) => s.shown === join('src', 'core', 'schema.ts'));
  assert.ok(schema, 'src/core/schema.ts is missing');
  const configAt = schema.code.search(/\bz\.config\(\s*\{\s*["']?jitless["']?\s*:\s*true\b/);
  assert.ok(configAt >= 0, 'src/core/schema.ts must call z.config({ jitless: true, … })');
  const firstSchema = schema.code.search(/\bz\.(?!config\b|core\b)\w+\s*\(/);
  assert.ok(firstSchema === -1 || configAt < firstSchema, 'z.config({ jitless: true }) must come before the first z.…() call');
  const strictAt = schema.code.indexOf('z.strictObject(');
  assert.ok(strictAt === -1 || configAt < strictAt, 'z.config must come before the first z.strictObject(');
});

test('every src/ file that imports zod goes through src/core/schema.ts', () => {
  const importsZod = /\bfrom\s*["']zod(?:\/[\w-]+)?["']|\bimport\s*\(\s*["']zod/;
  const importsSchema = /\bfrom\s*["'][./]*(?:core\/)?schema\.ts["']/;
  const stray = sources
    .filter((s) => s.shown !== join('src', 'core', 'schema.ts') && importsZod.test(s.code) && !importsSchema.test(s.code))
    .map((s) => s.shown);
  assert.deepEqual(stray, [], `these import zod without importing schema.ts (so jitless may not be set yet):\n${stray.join('\n')}`);
});
