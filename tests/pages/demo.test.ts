// The built demo site (npm run build:demo → demo-dist/), served as is under a strict CSP: both
// instances upgrade, the second one is English and themed only from the page, and the event log
// hears the first instance's visitor.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { completeQuiz, deepQuery, openPage, projectRoot, TAG, type TestPage, type TestServer } from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

// What a careful host would send: no inline scripts or styles, no eval, Trusted Types on.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

let server: TestServer;
let browser: Browser;

before(() => {
  try {
    execFileSync('npm', ['run', '--silent', 'build:demo'], { cwd: projectRoot, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build:demo failed:\n${stdout}\n${stderr}`, { cause: error });
  }
});

serveAndBrowse((s, b) => ([server, browser] = [s, b]), {
  server: {
    root: join(projectRoot, 'demo-dist'),
    headers: () => ({ 'Content-Security-Policy': csp }),
  },
});

/** Resolves once every instance on the page is defined and has rendered. */
async function allReady(page: Page): Promise<number> {
  await page.waitForFunction(
    async (tag) => {
      await customElements.whenDefined(tag);
      const all = [...document.querySelectorAll(tag)] as (Element & { updateComplete?: Promise<unknown> })[];
      if (!all.length || all.some((el) => !el.shadowRoot)) return false;
      await Promise.all(all.map((el) => el.updateComplete));
      return true;
    },
    {},
    TAG,
  );
  return page.$$eval(TAG, (all) => all.length);
}

const startButton = 'button[data-action="start"]';

async function text(page: Page, selector: string, host: string): Promise<string> {
  const handle = await deepQuery(page, selector, host);
  assert.ok(handle, `${host} >>> ${selector} not found`);
  return handle.evaluate((el) => (el.textContent ?? '').trim());
}

async function background(page: Page, selector: string, host: string): Promise<string> {
  const handle = await deepQuery(page, selector, host);
  assert.ok(handle, `${host} >>> ${selector} not found`);
  return handle.evaluate((el) => getComputedStyle(el).backgroundColor);
}

function logLines(page: Page): Promise<{ type: string; instance: string; text: string }[]> {
  return page.$$eval('#event-log li', (items) =>
    items.map((li) => ({
      type: (li as HTMLElement).dataset.type ?? '',
      instance: (li as HTMLElement).dataset.instance ?? '',
      text: (li.textContent ?? '').trim(),
    })),
  );
}

describe('the demo site (demo-dist/)', () => {
  let t: TestPage;

  before(async () => {
    t = await openPage(browser, `${server.url}/`, { viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await t?.close();
  });

  test('both instances upgrade; the second speaks English', async () => {
    assert.equal(await allReady(t.page), 2);
    assert.equal(await text(t.page, startButton, '#check'), 'Start de check');
    assert.equal(await text(t.page, startButton, '#check-en'), 'Start the check');
    const fallbacks = await t.page.$$eval('sm-maturity-check > a.fallback', (links) =>
      links.map((a) => a.checkVisibility()),
    );
    assert.deepEqual(fallbacks, [false, false], 'the light-DOM fallback links should not show once upgraded');
  });

  test("the second instance wears the client's accent, set from the page", async () => {
    const first = await background(t.page, startButton, '#check');
    const second = await background(t.page, startButton, '#check-en');
    assert.notEqual(second, first);
    assert.notEqual(second, 'rgba(0, 0, 0, 0)');
    const panelTop = await (
      await deepQuery(t.page, '[part~="panel"]', '#check-en')
    )?.evaluate((el) => getComputedStyle(el).borderTopWidth);
    assert.equal(panelTop, '6px', 'the ::part(panel) rule of the page should reach the panel');
  });

  test('the log starts empty, then records the first instance from start to results', async () => {
    assert.deepEqual(await logLines(t.page), []);
    const answered = await completeQuiz(t.page, 'first', { host: '#check' });
    assert.ok(answered > 0);
    await t.page.waitForSelector('#event-log li[data-type="sm-complete"]');
    const lines = await logLines(t.page);
    const of = (type: string) => lines.filter((l) => l.type === type && l.instance === 'check');
    assert.equal(of('sm-start').length, 1, JSON.stringify(lines));
    assert.equal(of('sm-answer').length >= answered, true, `expected ≥ ${answered} sm-answer lines`);
    const [complete] = of('sm-complete');
    assert.ok(complete, 'no sm-complete line');
    assert.match(complete.text, /sm-complete #check \{"segment":"[a-z]+","percentile":\d+\}$/);
    assert.equal(lines.filter((l) => l.instance === 'check-en').length, 0, 'the second instance did nothing');
    assert.equal(await t.page.$eval('#log-empty', (el) => (el as HTMLElement).hidden), true);
  });

  test("after the results, the first instance's next step comes from the consultancy's config", async () => {
    // The log test above took the first instance to its results.
    const [complete] = (await logLines(t.page)).filter((l) => l.type === 'sm-complete' && l.instance === 'check');
    const segment = /"segment":"([a-z]+)"/.exec(complete?.text ?? '')?.[1];
    const slugs: Record<string, string> = {
      starter: 'workshop-starters',
      verkenner: 'doelen-en-meten',
      voorloper: 'kennis-delen',
    };
    assert.ok(segment && slugs[segment], `an unknown segment: ${segment}`);
    const cta = await deepQuery(t.page, 'a[part~="cta"]', '#check');
    assert.ok(cta, 'no call to action in the results');
    assert.equal(
      await cta.evaluate((a) => (a as HTMLAnchorElement).href),
      `https://koers-digitaal.example/${slugs[segment]}`,
    );
  });

  test('no console errors, page errors, failed requests or CSP violations', async () => {
    assert.deepEqual(await t.problems(), []);
  });
});
