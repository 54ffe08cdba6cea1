// The built widget in awkward environments: properties set before the script loads, the script
// loaded twice, a 320 px wide (or 400 % zoomed) viewport, two tabs sharing storage, forced colours
// (a file failing to load once: chunk-retry.test.ts). Fixtures: tests/pages/fixtures/env-*.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import {
  clickDeep,
  completeQuiz,
  deepQuery,
  deepQueryAll,
  launchBrowser,
  openPage,
  startServer,
  TAG,
  waitForDeep,
  widgetReady,
  type TestServer,
} from './harness.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { VERSION } from '../../src/version.ts';

const BASIC = '/tests/pages/fixtures/env-basic.html';
const KEY = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;
const total = defaultConfig.questions.length;

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface LoggedEvent {
  type: string;
  detail: { code?: string; message?: string };
}

const events = (page: Page, type: string): Promise<LoggedEvent[]> =>
  page.evaluate((wanted) => {
    const all = (window as unknown as { __events: LoggedEvent[] }).__events;
    return JSON.parse(JSON.stringify(all.filter((e) => e.type === wanted))) as LoggedEvent[];
  }, type);

/** The panel's data-step and the progress line ('Vraag 3 van 16'), read from the shadow root. */
const where = (page: Page): Promise<{ step: string; progress: string }> =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const step = (root?.querySelector('[part~="panel"]') as HTMLElement | null)?.dataset['step'] ?? '';
    return { step, progress: root?.querySelector('#progress')?.textContent?.trim() ?? '' };
  }, TAG);

/** Ticks the first or last option of the question on screen, presses next and waits for the step after. */
async function answerOne(page: Page, choose: 'first' | 'last'): Promise<void> {
  const before = await where(page);
  assert.equal(before.step, 'question', `expected a question, got ${JSON.stringify(before)}`);
  const labels = await deepQueryAll(page, 'label[part~="option"]');
  const label = choose === 'first' ? labels[0] : labels[labels.length - 1];
  assert.ok(label, 'no option on screen');
  const checked = await label.evaluate((l) => Boolean(l.querySelector('input')?.checked));
  if (!checked) await label.click();
  await clickDeep(page, 'button[data-action="next"]');
  await page.waitForFunction(
    (tag, was) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const step = (root?.querySelector('[part~="panel"]') as HTMLElement | null)?.dataset['step'];
      return step !== 'question' || root?.querySelector('#progress')?.textContent?.trim() !== was;
    },
    { polling: 50 },
    TAG,
    before.progress,
  );
}

/** No horizontal scrolling of the page: the document is no wider than its viewport. */
async function assertNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scroll, client, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    inner: innerWidth,
  }));
  assert.ok(
    scroll <= client && scroll <= inner,
    `${what}: scrollWidth ${scroll} > clientWidth ${client} (innerWidth ${inner})`,
  );
}

describe('properties set before the script loads', () => {
  test('lang and config set on the undefined element are used once it upgrades', async () => {
    const t = await openPage(browser, `${server.url}/tests/pages/fixtures/env-early-props.html`);
    try {
      await widgetReady(t.page);
      assert.equal(
        await t.page.evaluate(() => (window as unknown as { __definedEarly: boolean }).__definedEarly),
        false,
        'the element was already defined when the properties were set',
      );
      await t.page.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-step="intro"]'),
        {},
        TAG,
      );
      const heading = await (await waitForDeep(t.page, 'h2')).evaluate((h) => h.textContent?.trim());
      assert.equal(heading, 'Short test check');
      const start = await (
        await waitForDeep(t.page, 'button[data-action="start"]')
      ).evaluate((b) => b.textContent?.trim());
      assert.equal(start, 'Start the check');
      assert.equal(await completeQuiz(t.page, 'last'), 2);
      const result = await t.page.evaluate((tag) => {
        const r = (document.querySelector(tag) as unknown as { result: { configId: string; lang: string } | null })
          .result;
        return r && { configId: r.configId, lang: r.lang };
      }, TAG);
      assert.deepEqual(result, { configId: 'custom-two', lang: 'en' });
      assert.deepEqual(await events(t.page, 'sm-error'), []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});

describe('the script loaded twice', () => {
  for (const [name, fixture] of [
    ['ESM, ESM?v=2, then the IIFE', 'env-twice.html'],
    ['the IIFE, then ESM and ESM?v=2', 'env-twice-iife-first.html'],
  ] as const) {
    test(`${name}: no errors, no warnings, one working definition`, async () => {
      const warnings: string[] = [];
      const onConsole = (m: ConsoleMessage) => void (m.type() === 'warn' && warnings.push(m.text()));
      const t = await openPage(browser, `${server.url}/tests/pages/fixtures/${fixture}`, { onConsole });
      try {
        await widgetReady(t.page);
        // Every copy has run by the time the load event fired; all three files were fetched.
        for (const path of ['/dist/sm-maturity-check.js', '/dist/sm-maturity-check.iife.js'])
          assert.ok(server.requests.includes(path), `${path} was not requested`);
        assert.equal(
          await t.page.evaluate((tag) => (customElements.get(tag) as unknown as { version?: string })?.version, TAG),
          VERSION,
        );
        assert.equal(await completeQuiz(t.page, 'first'), total);
        assert.ok(await deepQuery(t.page, '[data-step="results"] h2'));
        assert.deepEqual(warnings, []);
        assert.deepEqual(await t.problems(), []);
      } finally {
        await t.close();
      }
    });
  }
});

describe('narrow viewports', () => {
  for (const [name, viewport] of [
    ['a 320 px wide phone', { width: 320, height: 568 }],
    ['1280×1024 at 400 % zoom (320×256 CSS px)', { width: 320, height: 256 }],
  ] as const) {
    test(`${name}: no horizontal scroll on the intro, every question and the results`, async () => {
      const t = await openPage(browser, `${server.url}${BASIC}`, { viewport });
      try {
        await widgetReady(t.page);
        await assertNoHorizontalScroll(t.page, 'intro');
        await clickDeep(t.page, 'button[data-action="start"]');
        await t.page.waitForFunction(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-step="question"]'),
          {},
          TAG,
        );
        for (let i = 1; (await where(t.page)).step === 'question'; i++) {
          await assertNoHorizontalScroll(t.page, `question ${i}`);
          await answerOne(t.page, i % 2 ? 'last' : 'first');
        }
        await waitForDeep(t.page, '[data-step="results"] h2');
        await assertNoHorizontalScroll(t.page, 'results');
        assert.deepEqual(await t.problems(), []);
      } finally {
        await t.close();
      }
    });
  }
});

describe('two tabs', () => {
  test('two pages of one browser context answering alternately both complete; the stored state parses', async () => {
    const context = await browser.createBrowserContext();
    const errors: string[] = [];
    const open = async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setViewport({ width: 1024, height: 800 });
      await page.goto(`${server.url}${BASIC}`, { waitUntil: 'load' });
      await widgetReady(page);
      return page;
    };
    try {
      const a = await open();
      const b = await open();
      await a.bringToFront();
      await clickDeep(a, 'button[data-action="start"]');
      await b.bringToFront();
      await clickDeep(b, 'button[data-action="start"]');
      // Like a visitor switching tabs: the tab in use is in front (a hidden tab runs no rAF polling).
      for (let i = 0; i < total; i++) {
        await a.bringToFront();
        await answerOne(a, 'first');
        await b.bringToFront();
        await answerOne(b, 'last');
        const raw = await a.evaluate((key) => localStorage.getItem(key), KEY);
        assert.doesNotThrow(() => JSON.parse(raw ?? ''), `state after question ${i + 1}: ${raw}`);
      }
      for (const page of [a, b]) {
        await page.bringToFront();
        await waitForDeep(page, '[data-step="results"] h2');
      }
      const stored = await b.evaluate(
        (key) => ({ state: localStorage.getItem(key), history: localStorage.getItem(`${key}:history`) }),
        KEY,
      );
      const state = JSON.parse(stored.state ?? '') as { v: number; step: string; answers: Record<string, unknown> };
      assert.equal(state.v, 1);
      assert.equal(state.step, 'results');
      assert.deepEqual(
        Object.keys(state.answers),
        defaultConfig.questions.map((q) => q.id),
      );
      assert.ok(JSON.parse(stored.history ?? '').last, 'history has a last result');
      // A third tab opened afterwards shows the last writer's result, without errors.
      const c = await open();
      await waitForDeep(c, '[data-step="results"] h2');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('forced colours and reduced motion', () => {
  test('the quiz completes and options keep a visible border', async () => {
    const t = await openPage(browser, 'about:blank', { viewport: { width: 1024, height: 800 } });
    try {
      // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol has it.
      const cdp = await t.page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ],
      });
      await t.page.goto(`${server.url}${BASIC}`, { waitUntil: 'load' });
      await widgetReady(t.page);
      assert.deepEqual(
        await t.page.evaluate(() => [
          matchMedia('(forced-colors: active)').matches,
          matchMedia('(prefers-reduced-motion: reduce)').matches,
        ]),
        [true, true],
      );
      await clickDeep(t.page, 'button[data-action="start"]');
      const borders = await t.page.evaluate((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        const panel = getComputedStyle(root.querySelector('[part~="panel"]')!);
        return [...root.querySelectorAll('label[part~="option"], button')].map((el) => {
          const css = getComputedStyle(el);
          return {
            style: css.borderTopStyle,
            width: parseFloat(css.borderTopWidth),
            color: css.borderTopColor,
            background: panel.backgroundColor,
          };
        });
      }, TAG);
      assert.ok(borders.length > 2);
      for (const b of borders) {
        assert.notEqual(b.style, 'none');
        assert.ok(b.width > 0, JSON.stringify(b));
        assert.notEqual(b.color, b.background, `border colour equals the background: ${JSON.stringify(b)}`);
      }
      await t.page.evaluate((tag) => (document.querySelector(tag) as unknown as { reset(): void }).reset(), TAG);
      assert.equal(await completeQuiz(t.page, 'first'), total);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});
