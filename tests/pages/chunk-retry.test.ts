// No visitor is ever stuck on a file that failed to load once. Chromium remembers a failed dynamic
// import() of a URL, so: the results code is part of the entry (nothing to fetch after the first
// screen), and the chunks (the built-in content, the config validator) import no other file and
// are retried under a new URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import {
  clickDeep,
  completeQuiz,
  openPage,
  projectRoot,
  waitForDeep,
  widgetReady,
  TAG,
  type TestServer,
} from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';

const BASIC = '/tests/pages/fixtures/env-basic.html';
const CUSTOM = '/tests/pages/fixtures/chunk-retry.html';
const KEY = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;

let server: TestServer;
let browser: Browser;

serveAndBrowse((s, b) => ([server, browser] = [s, b]));

type Logged = { type: string; detail: { code?: string; message?: string } };
const logged = (page: Page): Promise<Logged[]> =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __events: Logged[] }).__events)) as Logged[]);

/** Requests whose path starts with `prefix` are aborted (as offline) while `blocked.on`; all are logged. */
async function intercept(page: Page, prefix: string, blocked: { on: boolean }, seen: string[]) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (!url.pathname.startsWith(prefix)) return void request.continue();
    seen.push(`${url.pathname}${url.search}`);
    if (blocked.on) void request.abort('internetdisconnected');
    else void request.continue();
  });
}

describe('a chunk that fails to load once', () => {
  test('dist/chunks/ holds only self-contained chunks: none imports another file', () => {
    const dir = join(projectRoot, 'dist', 'chunks');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    assert.ok(
      files.some((f) => f.startsWith('parse-config-')),
      `the validator chunk is built: ${files.join()}`,
    );
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8');
      const imports = code.match(/\bimport\s*[("'`{*]|\bfrom\s*["'`]/g);
      assert.equal(imports, null, `${file} imports nothing`);
    }
    // The entry's only dynamic import is the validator's, by the chunk's URL (no fixed `import("./x.js")`).
    const entry = readFileSync(join(projectRoot, 'dist', 'sm-maturity-check.js'), 'utf8');
    assert.equal(entry.match(/\bimport\s*\(\s*["']/g), null, 'the entry imports no chunk by a fixed specifier');
    assert.ok(entry.includes('./chunks/parse-config-'), 'the entry knows the validator chunk by name');
    assert.ok(entry.includes('./chunks/content-'), 'the entry knows the content chunk by name');
    assert.ok(!entry.includes('vrijwel onervaren'), 'the built-in content is not in the entry');
  });

  test('offline after the first screen: the built-in check still reaches its results, no answer lost', async () => {
    const t = await openPage(browser, 'about:blank', { viewport: { width: 1024, height: 800 } });
    try {
      const blocked = { on: false };
      const seen: string[] = [];
      await intercept(t.page, '/', blocked, seen);
      await t.page.goto(`${server.url}${BASIC}`, { waitUntil: 'load' });
      await widgetReady(t.page);
      blocked.on = true;
      seen.length = 0;
      await completeQuiz(t.page, 'last');
      await waitForDeep(t.page, '[data-step="results"] h2');
      assert.deepEqual(seen, [], 'nothing is fetched after the first screen');
      const stored = await t.page.evaluate((key) => localStorage.getItem(key), KEY);
      const saved = JSON.parse(stored ?? '') as { step: string; answers: Record<string, unknown> };
      assert.equal(saved.step, 'results');
      const answers = await t.page.evaluate(
        (tag) =>
          JSON.parse(
            JSON.stringify((document.querySelector(tag) as unknown as { result: { answers: object } }).result.answers),
          ),
        TAG,
      );
      assert.deepEqual(answers, saved.answers);
      const events = await logged(t.page);
      assert.equal(events.filter((e) => e.type === 'sm-complete').length, 1);
      assert.deepEqual(
        events.filter((e) => e.type === 'sm-error'),
        [],
      );
      assert.deepEqual(t.pageErrors, []);
    } finally {
      await t.close();
    }
  });

  test('the built-in content: blocked once, a retry imports it under a new URL and the check runs', async () => {
    const t = await openPage(browser, 'about:blank', { viewport: { width: 1024, height: 800 } });
    try {
      const blocked = { on: true };
      const seen: string[] = [];
      await intercept(t.page, '/dist/chunks/content-', blocked, seen);
      await t.page.goto(`${server.url}${BASIC}`, { waitUntil: 'load' });
      await waitForDeep(t.page, '[data-step="error"] button[data-action="retry"]');
      const errors = (await logged(t.page)).filter((e) => e.type === 'sm-error');
      assert.deepEqual(
        errors.map((e) => e.detail.code),
        ['network'],
      );
      assert.match(errors[0]?.detail.message ?? '', /built-in questions/);

      blocked.on = false;
      await clickDeep(t.page, 'button[data-action="retry"]');
      await waitForDeep(t.page, '[data-step="intro"] h2');
      assert.equal(seen.length, 2, `requests: ${seen.join(', ')}`);
      assert.ok(!seen[0]?.includes('?') && seen[1]?.endsWith('?retry=1'), `a new URL on retry: ${seen.join(', ')}`);
      assert.equal(await completeQuiz(t.page, 'first'), defaultConfig.questions.length);
      await waitForDeep(t.page, '[data-step="results"] h2');
      const codes = (await logged(t.page)).filter((e) => e.type === 'sm-error').map((e) => e.detail.code);
      assert.deepEqual(codes, ['network'], 'no error after the retry');
      assert.deepEqual(t.pageErrors, []);
    } finally {
      await t.close();
    }
  });

  test('the config validator: blocked once, a retry imports it under a new URL and the check runs', async () => {
    const t = await openPage(browser, 'about:blank', { viewport: { width: 1024, height: 800 } });
    try {
      const blocked = { on: true };
      const seen: string[] = [];
      await intercept(t.page, '/dist/chunks/parse-config-', blocked, seen);
      await t.page.goto(`${server.url}${CUSTOM}`, { waitUntil: 'load' });
      await waitForDeep(t.page, '[data-step="error"] button[data-action="retry"]');
      const errors = (await logged(t.page)).filter((e) => e.type === 'sm-error');
      assert.deepEqual(
        errors.map((e) => e.detail.code),
        ['config-fetch'],
      );
      assert.match(errors[0]?.detail.message ?? '', /config validator/);

      blocked.on = false;
      await clickDeep(t.page, 'button[data-action="retry"]');
      await waitForDeep(t.page, '[data-step="intro"] h2');
      assert.equal(seen.length, 2, `requests: ${seen.join(', ')}`);
      assert.ok(!seen[0]?.includes('?') && seen[1]?.endsWith('?retry=1'), `a new URL on retry: ${seen.join(', ')}`);
      assert.equal(await completeQuiz(t.page, 'first'), 2, 'the custom config (two questions) runs');
      await waitForDeep(t.page, '[data-step="results"] h2');
      const codes = (await logged(t.page)).filter((e) => e.type === 'sm-error').map((e) => e.detail.code);
      assert.deepEqual(codes, ['config-fetch'], 'no error after the retry');
      assert.deepEqual(t.pageErrors, []);
    } finally {
      await t.close();
    }
  });
});
