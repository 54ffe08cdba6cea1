// The built widget in awkward environments: properties set before the script loads, the script
// loaded twice, a 320 px wide (or 400 % zoomed) viewport, forced colours. Fixtures:
// tests/pages/fixtures/env-*. Two tabs: two-tabs.test.ts; a file failing to load once: chunk-retry.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import {
  answerOne,
  clickDeep,
  completeQuiz,
  deepQuery,
  events,
  openPage,
  TAG,
  waitForDeep,
  waitForStep,
  where,
  widgetReady,
  type TestServer,
} from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { VERSION } from '../../src/version.ts';

const BASIC = '/tests/pages/fixtures/env-basic.html';
const total = defaultConfig.questions.length;

let server: TestServer;
let browser: Browser;

serveAndBrowse((s, b) => ([server, browser] = [s, b]));

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
      await waitForStep(t.page, 'question');
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
