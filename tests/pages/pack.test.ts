// `npm pack` makes a package that installs into a fresh host project and works there: the
// element in a page (ESM and classic file), the core in Node, and the type declarations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { completeQuiz, deepQuery, launchBrowser, openPage, projectRoot, startServer, widgetReady } from './harness.ts';

const work = join(projectRoot, '.tmp', 'pack-test');
const host = join(work, 'host');
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package in a fresh host project', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  before(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(host, { recursive: true });
    // --ignore-scripts: dist/ is already built by the test run; prepack would rebuild it.
    run('npm', ['pack', '--ignore-scripts', '--pack-destination', work], projectRoot);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote a tarball');
    writeFileSync(
      join(host, 'package.json'),
      JSON.stringify({
        name: 'host',
        private: true,
        type: 'module',
        dependencies: { 'sm-maturity-check': `file:../${tarball}` },
      }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], host);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships only what the package promises', () => {
    const pkg = join(host, 'node_modules', 'sm-maturity-check');
    const files = readdirSync(pkg);
    for (const name of ['dist', 'custom-elements.json', 'README.md', 'LICENSE', 'package.json'])
      assert.ok(files.includes(name), name);
    assert.ok(!files.includes('src') && !files.includes('tests'), 'no sources or tests in the package');
    const dist = readdirSync(join(pkg, 'dist'));
    for (const name of [
      'sm-maturity-check.js',
      'sm-maturity-check.iife.js',
      'core.js',
      'config.schema.json',
      'chunks',
      'types',
    ]) {
      assert.ok(dist.includes(name), `dist/${name}`);
    }
  });

  it('imports sm-maturity-check/core in Node and scores the built-in config', async () => {
    writeFileSync(
      join(host, 'score.mjs'),
      `import { defaultConfig, scoreAnswers, parseConfig } from 'sm-maturity-check/core';
       const answers = Object.fromEntries(defaultConfig.questions.map((q) =>
         [q.id, q.type === 'multiple' ? [q.options[0].id] : q.options.at(-1).id]));
       const r = scoreAnswers(defaultConfig, answers, { lang: 'en' });
       console.log(JSON.stringify({ ok: parseConfig(defaultConfig).success, segment: r.segment.id, p: r.overall.percentile }));`,
    );
    const out = JSON.parse(run('node', ['score.mjs'], host));
    assert.equal(out.ok, true);
    assert.ok(['starter', 'verkenner', 'voorloper'].includes(out.segment));
    assert.ok(out.p >= 1 && out.p <= 99);
  });

  it('type-checks a host file against the published declarations', () => {
    writeFileSync(
      join(host, 'use.ts'),
      `import { SmMaturityCheck, type SmCompleteEvent } from 'sm-maturity-check';
       import { scoreAnswers, type Config, type Result } from 'sm-maturity-check/core';
       const el: SmMaturityCheck = document.createElement('sm-maturity-check');
       el.lang = 'en';
       el.addEventListener('sm-complete', (e: SmCompleteEvent) => { const r: Result = e.detail.result; void r; });
       export const f = (c: Config): Result => scoreAnswers(c, {});`,
    );
    writeFileSync(
      join(host, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2023', 'dom'],
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    run('node', [join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], host);
  });

  it('runs in a page from node_modules, as an ES module and as the classic file', async () => {
    server = await startServer({ root: host });
    browser = await launchBrowser();
    for (const [file, type] of [
      ['sm-maturity-check.js', 'module'],
      ['sm-maturity-check.iife.js', 'text/javascript'],
    ]) {
      writeFileSync(
        join(host, `${file}.html`),
        `<!doctype html><html lang="nl"><title>host</title><script type="${type}" src="/node_modules/sm-maturity-check/dist/${file}"></script><sm-maturity-check persist="none"></sm-maturity-check>`,
      );
      const t = await openPage(browser, `${server.url}/${file}.html`);
      await widgetReady(t.page);
      assert.ok((await completeQuiz(t.page, 'last')) > 0);
      assert.ok(await deepQuery(t.page, '[data-step="results"]'), `results shown with ${file}`);
      assert.deepEqual(await t.problems(), []);
      await t.close();
    }
  });
});
