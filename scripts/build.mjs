// Builds everything `dist/` promises: the ESM entry (+ on-demand chunks), the classic IIFE file,
// the Node-importable core, type declarations, the config JSON Schema and custom-elements.json.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunks, loaderOf, staticChunks } from './chunks.mjs';
import { dropProvenance, minifyLiterals } from './build-plugins.mjs';

const root = new URL('..', import.meta.url).pathname;
// `--out DIR` builds elsewhere (size experiments) without touching dist/.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : 'dist';
const quiet = { logLevel: 'warn', configFile: false, root };
const minify = { minify: true };

rmSync(`${root}${out}`, { recursive: true, force: true });
mkdirSync(`${root}${out}`, { recursive: true });

// The classic file holds everything, so its dynamic imports become static ones: the bundler can
// then hoist all modules into one scope instead of wrapping each in a lazy-init function.
const staticImports = {
  name: 'static-imports',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('import(')) return null;
    const names = [];
    const body = code.replace(/import\((['"])(\.[^'"]+)\1\)/g, (_, quote, path) => {
      names.push(path);
      return `Promise.resolve(__static${names.length - 1})`;
    });
    return names.map((path, i) => `import * as __static${i} from '${path}';\n`).join('') + body;
  },
};

// The ESM entry gets each chunk's built file name, which carries a hash of its content. The
// placeholder is a global name, which the bundler and the minifier leave alone; the final
// `new URL("./chunks/…", import.meta.url)` is also the form a host's bundler recognises and copies.
const placeholder = (name) => `__SM_CHUNK_${name.replace('-', '_')}__`;
const chunkUrls = (files) => ({
  name: 'chunk-urls',
  enforce: 'pre',
  transform(code, id) {
    const chunk = loaderOf(id);
    if (!chunk) return null;
    const literal = `/* @vite-ignore */ '${chunk.source}'`;
    if (!code.includes(literal)) throw new Error(`chunk-urls: the source URL in ${chunk.loader} changed`);
    return code.replace(literal, placeholder(chunk.name));
  },
  renderChunk(code) {
    let out = code;
    for (const { name } of chunks) {
      out = out.replaceAll(placeholder(name), JSON.stringify(`./chunks/${files[name]}`));
    }
    return out === code ? null : out;
  },
});

/** Builds `source` (relative to src/element/) as a self-contained chunk named after a hash of its content. */
async function selfContained({ source, name }) {
  await lib(`src/element/${source}`, ['es'], () => `chunks/${name}.js`, {}, browser);
  const bytes = readFileSync(`${root}${out}/chunks/${name}.js`);
  const file = `${name}-${createHash('sha256').update(bytes).digest('base64url').slice(0, 8)}.js`;
  renameSync(`${root}${out}/chunks/${name}.js`, `${root}${out}/chunks/${file}`);
  return [name, file];
}

const lib = (entry, formats, fileName, extra = {}, plugins = []) =>
  build({
    ...quiet,
    plugins,
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      // Terser after Oxc's own minification: about 450 bytes less of the classic file (gzip).
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2 } },
      sourcemap: false,
      lib: { entry, formats, fileName, name: 'SmMaturityCheck' },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { ...minify, comments: false, chunkFileNames: 'chunks/[name]-[hash].js', ...extra },
      },
    },
  });

// What only the browser files get (see build-plugins.mjs).
const browser = [minifyLiterals, dropProvenance];
const files = {};
for (const chunk of chunks) {
  const [name, file] = await selfContained(chunk);
  files[name] = file;
}
await lib('src/sm-maturity-check.ts', ['es'], () => 'sm-maturity-check.js', {}, [chunkUrls(files), ...browser]);
await lib('src/sm-maturity-check.ts', ['iife'], () => 'sm-maturity-check.iife.js', {}, [
  staticChunks,
  staticImports,
  ...browser,
]);
await lib('src/core/index.ts', ['es'], () => 'core.js');

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
if (out === 'dist') {
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  // Sources import with .ts extensions; published declarations must point at .js (→ .d.ts).
  for (const file of readdirSync(`${root}dist/types`, { recursive: true })) {
    if (!String(file).endsWith('.d.ts')) continue;
    const path = `${root}dist/types/${file}`;
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+'\.{1,2}\/[^']+)\.ts'/g, "$1.js'"));
  }
  run('npx', ['tsx', 'scripts/write-schema.ts']);
  run('npx', ['tsx', 'scripts/write-default-config.ts']);
  run('npx', [
    'cem',
    'analyze',
    '--litelement',
    '--globs',
    'src/sm-maturity-check.ts',
    'src/element/*.ts',
    '--outdir',
    '.',
  ]);
}

for (const file of ['sm-maturity-check.js', 'sm-maturity-check.iife.js', 'core.js']) {
  const bytes = readFileSync(`${root}${out}/${file}`);
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  console.log(`${out}/${file}  ${bytes.length} B, gzip ${gzipSync(bytes, { level: 9 }).length} B  integrity="${sri}"`);
}
