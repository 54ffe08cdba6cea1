// The classic file sets one global of its own, `SmMaturityCheck`; what else appears on `window`
// is Lit's, named in the README (Security and privacy), and nothing more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { openPage, projectRoot, type TestServer } from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

/** Lit's globals: version lists it uses to warn about two copies, and its property metadata map. */
const LIT = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

let server: TestServer;
let browser: Browser;

serveAndBrowse((s, b) => ([server, browser] = [s, b]));

for (const file of ['sm-maturity-check.iife.js', 'sm-maturity-check.js']) {
  test(`dist/${file} adds only SmMaturityCheck (classic file) and Lit's documented globals`, async () => {
    const t = await openPage(browser, `${server.url}/tests/pages/fixtures/blank.html`);
    try {
      const added = await t.page.evaluate(async (src) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const before = new Set(Object.getOwnPropertyNames(window));
        const script = document.createElement('script');
        if (!src.includes('.iife.js')) script.type = 'module';
        script.src = src;
        await new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        });
        return Object.getOwnPropertyNames(window)
          .filter((name) => !before.has(name))
          .sort();
      }, `/dist/${file}`);
      const own = file.endsWith('.iife.js') ? ['SmMaturityCheck'] : [];
      assert.deepEqual(added, [...own, ...LIT].sort());
    } finally {
      await t.close();
    }
  });
}

test("the README names Lit's globals", () => {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  for (const name of LIT) assert.ok(readme.includes(`\`${name}\``), `README names \`${name}\``);
});
