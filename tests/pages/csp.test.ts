// The built widget under a strict Content-Security-Policy with Trusted Types enforced, served as a
// real response header: the whole flow, the results, the result card (a real download) and the
// shared view raise no `securitypolicyviolation` at all, in the ESM and the classic build, and
// also on a host page that brings its own copy of Lit.
//
// Finding (measured here, Chromium): every Lit copy creates a Trusted Types policy named
// `lit-html` when it loads. With `trusted-types lit-html` alone, the second creation is refused
// (a trusted-types violation plus `TypeError: Policy with name "lit-html" already exists`), so
// whichever copy loads second never evaluates: with the host's Lit first, <sm-maturity-check> is
// never defined. `'allow-duplicates'` is what a host with its own Lit needs; a page with only the
// widget works with or without it, and so does a page with `require-trusted-types-for` but no
// `trusted-types` list at all. The 'finding' test below keeps this true; the README test runs the
// whole flow under exactly the policy the README gives hosts (img-src is indeed not needed).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'puppeteer-core';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  completeQuiz,
  downloadCard,
  events,
  heading,
  launchBrowser,
  openPage,
  projectRoot,
  SHARED_HEADING,
  startServer,
  TAG,
  waitForResults,
  widgetReady,
  type TestPage,
  type TestServer,
} from './harness.ts';

const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'";
const POLICY = `${STRICT}; trusted-types lit-html 'allow-duplicates'`;
const NO_DUPLICATES = `${STRICT}; trusted-types lit-html`;
const FIXTURES = '/tests/pages/fixtures';
const viewport = { width: 1024, height: 800 };

let browser: Browser;
let server: TestServer;
/** The same files, but with a `trusted-types` list that does not allow duplicate policy names. */
let strictServer: TestServer;
/** The same files under the README's policy for hosts, on top of `default-src 'none'`. */
let readmeServer: TestServer;
let readmePolicy = '';

/** Only documents carry the policy (a header on a script response would mean nothing). */
const cspFor = (policy: string) => (path: string) =>
  path.endsWith('.html') ? { 'Content-Security-Policy': policy } : ({} as Record<string, string>);

/**
 * The policy the README tells hosts to send: the lines of the text block under 'Content Security
 * Policy', their comments in parentheses dropped, after `default-src 'none'` so that nothing the
 * README leaves out (img-src, font-src, …) is allowed by a fallback.
 */
function policyFromReadme(): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const block = /\*\*Content Security Policy\.?\*\*[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README: no ```text block after **Content Security Policy.**');
  const lines = block
    .split('\n')
    .map((line) => line.replace(/\s+\(.*\)\s*$/, '').trim())
    .filter(Boolean);
  return ["default-src 'none';", ...lines].join(' ').replace(/;$/, '');
}

before(async () => {
  // The host's own Lit: a separate bundle of the `lit` package, so two copies share the page.
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    build: {
      outDir: '.tmp/host-lit',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: 'tests/pages/fixtures/host-badge.ts', formats: ['es'], fileName: () => 'host-lit.js' },
    },
  });
  server = await startServer({ headers: cspFor(POLICY) });
  strictServer = await startServer({ headers: cspFor(NO_DUPLICATES) });
  // Read per request: the policy is taken from the README in its own test, so a README without it fails only there.
  readmeServer = await startServer({ headers: (path) => cspFor(readmePolicy)(path) });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await strictServer?.close();
  await readmeServer?.close();
});

/** The details of the events of one type that the page logged. */
const details = async (page: Page, type: string) => (await events(page, type)).map((e) => e.detail);

/** The header as the browser received it: proves the page under test really runs under the policy. */
async function assertServedPolicy(t: TestPage, url: string, policy: string): Promise<void> {
  const response = await t.page.goto(url, { waitUntil: 'load' });
  assert.equal(response?.headers()['content-security-policy'], policy);
}

/** Completes the quiz with real clicks, downloads the card, then opens the share link in a fresh page. */
async function fullFlow(fixture: string, on = server, policy = POLICY): Promise<void> {
  const url = `${on.url}${FIXTURES}/${fixture}`;
  const t = await openPage(browser, url, { viewport });
  const dir = mkdtempSync(join(tmpdir(), 'sm-csp-card-'));
  let shared: TestPage | undefined;
  try {
    await assertServedPolicy(t, url, policy);
    await widgetReady(t.page);
    assert.equal(await heading(t.page), defaultConfig.title.nl);
    const answered = await completeQuiz(t.page, 'last');
    assert.equal(answered, defaultConfig.questions.length);
    await waitForResults(t.page);
    assert.equal(await heading(t.page), nl.resultHeading);
    const shareUrl = await t.page.evaluate(
      (tag) => (document.querySelector(tag) as unknown as { result: { shareUrl?: string } | null }).result?.shareUrl,
      TAG,
    );
    assert.match(shareUrl ?? '', /#sm=[A-Za-z0-9_-]+$/);

    // The card: drawn on a canvas in its own chunk, downloaded from a blob: link.
    const { name: file, png } = await downloadCard(t.page, dir);
    assert.equal(file, `${defaultConfig.id}.png`);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.deepEqual(await details(t.page, 'sm-share'), [{ channel: 'download', url: shareUrl }]);
    assert.deepEqual(await details(t.page, 'sm-error'), []);
    assert.deepEqual(await t.violations(), []);
    assert.deepEqual(await t.problems(), []);

    // The shared view, in a fresh page (own context, empty storage).
    shared = await openPage(browser, shareUrl!, { viewport });
    await widgetReady(shared.page);
    await waitForResults(shared.page);
    assert.equal(await heading(shared.page), SHARED_HEADING);
    assert.deepEqual(await details(shared.page, 'sm-error'), []);
    assert.deepEqual(await shared.violations(), []);
    assert.deepEqual(await shared.problems(), []);

    // The control: the listener does see a violation, and Trusted Types is really enforced.
    const refused = await shared.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert.ok(refused, 'a plain string was accepted by innerHTML: Trusted Types is not enforced on this page');
    await shared.page.waitForFunction(
      () => (window as unknown as { __smViolations: unknown[] }).__smViolations.length > 0,
    );
    assert.deepEqual(
      (await shared.violations()).map((v) => v.directive),
      ['require-trusted-types-for'],
    );
  } finally {
    await t.close();
    await shared?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a strict CSP with Trusted Types', () => {
  test('ESM entry: the flow, the results, the card download and the shared view raise no violation', async () => {
    await fullFlow('csp-esm.html');
  });

  test('classic (IIFE) file: the flow, the results, the card download and the shared view raise no violation', async () => {
    await fullFlow('csp-iife.html');
  });

  test("a host with its own Lit: the host's element renders and the widget completes, no violation", async () => {
    const url = `${server.url}${FIXTURES}/csp-two-lits.html`;
    const t = await openPage(browser, url, { viewport });
    try {
      await assertServedPolicy(t, url, POLICY);
      await widgetReady(t.page);
      await t.page.waitForFunction(() =>
        Boolean(document.querySelector('host-badge')?.shadowRoot?.querySelector('[part="badge"]')),
      );
      const badge = await t.page.evaluate(
        () => document.querySelector('host-badge')?.shadowRoot?.querySelector('[part="badge"]')?.textContent ?? '',
      );
      assert.equal(badge.trim(), "Host badge: rendered by the host's Lit");
      // Both copies really loaded: each lit-html registers its version when it evaluates.
      const copies = await t.page.evaluate(
        () => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0,
      );
      assert.equal(copies, 2, 'expected two copies of lit-html on the page');
      await completeQuiz(t.page, 'first');
      await waitForResults(t.page);
      assert.equal(await heading(t.page), nl.resultHeading);
      assert.deepEqual(await details(t.page, 'sm-error'), []);
      assert.deepEqual(await t.violations(), []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test("finding: without 'allow-duplicates' the second lit-html policy is refused and the widget never starts", async () => {
    const t = await openPage(browser, `${strictServer.url}${FIXTURES}/csp-two-lits.html`, { viewport });
    try {
      await t.page.waitForFunction(() =>
        Boolean(document.querySelector('host-badge')?.shadowRoot?.querySelector('[part="badge"]')),
      );
      // The positive signal that the widget's script has run and failed for good: openPage waited
      // for the load event, which comes after every module script has run, and this is its error.
      await t.pageError(/Policy with name "lit-html" already exists/);
      assert.equal(
        await t.page.evaluate((tag) => customElements.get(tag) === undefined, TAG),
        true,
        'the widget started anyway',
      );
      assert.ok(
        t.pageErrors.some((e) => /Policy with name "lit-html" already exists/.test(e)),
        `expected the duplicate-policy TypeError, got: ${t.pageErrors.join(' | ')}`,
      );
      assert.deepEqual(
        (await t.violations()).map((v) => [v.directive, v.blockedURI]),
        [['trusted-types', 'trusted-types-policy']],
      );
    } finally {
      await t.close();
    }
  });

  test("the README's policy for hosts (on top of default-src 'none') is enough for the whole flow", async () => {
    readmePolicy = policyFromReadme();
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      "trusted-types lit-html 'allow-duplicates'",
    ]) {
      assert.ok(readmePolicy.includes(directive), `the README's policy lacks ${directive}: ${readmePolicy}`);
    }
    assert.doesNotMatch(readmePolicy, /unsafe-(inline|eval)/);
    await fullFlow('csp-esm.html', readmeServer, readmePolicy);
  });
});
