// Builds everything `dist/` promises: the ESM entry (+ on-demand chunks), the classic IIFE file,
// the Node-importable core, type declarations, the config JSON Schema and custom-elements.json.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const quiet = { logLevel: 'warn', configFile: false, root };
const minify = { minify: true };

rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist`, { recursive: true });

const lib = (entry, formats, fileName, extra = {}) =>
  build({
    ...quiet,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats, fileName, name: 'SmMaturityCheck' },
      rolldownOptions: { output: { ...minify, chunkFileNames: 'chunks/[name]-[hash].js', ...extra } },
    },
  });

await lib('src/sm-maturity-check.ts', ['es'], () => 'sm-maturity-check.js');
await lib('src/sm-maturity-check.ts', ['iife'], () => 'sm-maturity-check.iife.js', { inlineDynamicImports: true });
await lib('src/core/index.ts', ['es'], () => 'core.js');

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsx', 'scripts/write-schema.ts']);
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/sm-maturity-check.ts', 'src/element/*.ts', '--outdir', '.']);

for (const file of ['sm-maturity-check.js', 'sm-maturity-check.iife.js', 'core.js']) {
  const bytes = readFileSync(`${root}dist/${file}`);
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  console.log(`dist/${file}  ${bytes.length} B, gzip ${gzipSync(bytes, { level: 9 }).length} B  integrity="${sri}"`);
}
