// The built widget on a plain page, driven with real clicks; plus checks that the harness itself
// (server, Chromium, CSP collector) does what the other page tests rely on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { completeQuiz, deepQuery, openPage, startServer, TAG, widgetReady, type TestServer } from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

const fixture = '/tests/pages/fixtures/basic.html';

/** A raw GET, so the path reaches the server exactly as written (no client-side `..` folding). */
function rawGet(
  base: string,
  path: string,
): Promise<{ status: number; type: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), headers: res.headers }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

let server: TestServer;
let browser: Browser;

serveAndBrowse((s, b) => ([server, browser] = [s, b]), {
  server: {
    headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'X-Sm-Test': 'served' } : {}),
  },
});

describe('harness', () => {
  test('the server serves files with their content type and per-path headers', async () => {
    const page = await rawGet(server.url, fixture);
    assert.equal(page.status, 200);
    assert.equal(page.type, 'text/html; charset=utf-8');
    assert.equal(page.headers['x-sm-test'], 'served');
    const script = await rawGet(server.url, '/dist/sm-maturity-check.js');
    assert.equal(script.status, 200, 'dist/sm-maturity-check.js: run node scripts/build.mjs');
    assert.equal(script.type, 'text/javascript; charset=utf-8');
  });

  test('the server answers 404 for missing files and unknown types', async () => {
    for (const path of ['/no-such-file.html', '/src/sm-maturity-check.ts', '/bad%escape', '/dist/']) {
      assert.equal((await rawGet(server.url, path)).status, 404, path);
    }
  });

  test('the server serves nothing outside its root, however the path is spelled', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'sm-harness-'));
    mkdirSync(join(outer, 'site'));
    writeFileSync(join(outer, 'site', 'inside.json'), '{}');
    writeFileSync(join(outer, 'secret.json'), '{"secret":true}');
    symlinkSync(join(outer, 'secret.json'), join(outer, 'site', 'link.json'));
    const site = await startServer({ root: join(outer, 'site') });
    try {
      assert.equal((await rawGet(site.url, '/inside.json')).status, 200);
      for (const path of [
        '/../secret.json',
        '/%2e%2e/secret.json',
        '/..%2fsecret.json',
        '/%2e%2e%2fsecret.json',
        '/x/..%2f..%2fsecret.json',
        '/link.json',
      ]) {
        assert.equal((await rawGet(site.url, path)).status, 404, path);
      }
    } finally {
      await site.close();
      rmSync(outer, { recursive: true, force: true });
    }
  });

  test('Chromium opens the page and the element is defined', async () => {
    const t = await openPage(browser, `${server.url}${fixture}`);
    try {
      await widgetReady(t.page);
      assert.ok(await t.page.evaluate((tag) => Boolean(customElements.get(tag)), TAG));
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test('a real CSP header is enforced and its violations are collected', async () => {
    const strict = await startServer({ headers: () => ({ 'Content-Security-Policy': "script-src 'none'" }) });
    const t = await openPage(browser, `${strict.url}${fixture}`);
    try {
      const violations = await t.violations();
      assert.ok(
        violations.some(
          (v) => v.directive.startsWith('script-src') && v.blockedURI.endsWith('/dist/sm-maturity-check.js'),
        ),
        JSON.stringify(violations),
      );
      assert.equal(await t.page.evaluate((tag) => Boolean(customElements.get(tag)), TAG), false);
    } finally {
      await t.close();
      await strict.close();
    }
  });
});

describe('the widget on a basic page', () => {
  for (const choose of ['first', 'last'] as const) {
    test(`a visitor choosing the ${choose} option everywhere reaches the results`, async () => {
      const t = await openPage(browser, `${server.url}${fixture}`, { viewport: { width: 1024, height: 800 } });
      try {
        await widgetReady(t.page);
        const answered = await completeQuiz(t.page, choose);
        assert.ok(answered > 0, 'no question was answered');
        assert.ok(await deepQuery(t.page, '[data-step="results"]'), 'results section missing');
        assert.deepEqual(await t.problems(), []);
      } finally {
        await t.close();
      }
    });
  }
});
