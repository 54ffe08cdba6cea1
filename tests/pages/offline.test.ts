// The results chunk cannot be loaded (offline): the quiz can still be finished, and a retry shows
// the results with no answer lost, counts as completing, and moves focus and announces the result.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import {
  answerOne,
  clickDeep,
  deepQuery,
  events,
  launchBrowser,
  openPage,
  startServer,
  TAG,
  waitForDeep,
  waitForEvents,
  where,
  widgetReady,
  type TestServer,
} from './harness.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';

const BASIC = '/tests/pages/fixtures/env-basic.html';
const KEY = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;

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

describe('the results chunk cannot be loaded (offline)', () => {
  /** Opens the basic page with requests for the results chunk aborted while `blocked.on`. */
  async function openBlocked(blocked: { on: boolean }) {
    const t = await openPage(browser, 'about:blank', { viewport: { width: 1024, height: 800 } });
    await t.page.setRequestInterception(true);
    t.page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (blocked.on && new URL(request.url()).pathname.startsWith('/dist/chunks/results-chunk'))
        void request.abort('internetdisconnected');
      else void request.continue();
    });
    await t.page.goto(`${server.url}${BASIC}`, { waitUntil: 'load' });
    await widgetReady(t.page);
    return t;
  }

  async function answerAllBlocked(page: Page) {
    await clickDeep(page, 'button[data-action="start"]');
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-step="question"]'),
      {},
      TAG,
    );
    for (let guard = 0; (await where(page)).step === 'question' && guard < 100; guard++) await answerOne(page, 'last');
  }

  test('the quiz can be finished, a retry shows the results, and no answer is lost', async () => {
    const blocked = { on: true };
    const t = await openBlocked(blocked);
    try {
      await waitForEvents(t.page, 'sm-error', 1, 'network');
      await answerAllBlocked(t.page);
      assert.equal((await where(t.page)).step, 'results');
      await waitForDeep(t.page, 'button[data-action="retry"]');
      assert.ok(await deepQuery(t.page, '[data-step="results"] [role="status"]'), 'a loading status is shown');
      assert.ok((await events(t.page, 'sm-error')).every((e) => e.detail.code === 'network'));
      const saved = JSON.parse((await t.page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '') as {
        step: string;
        answers: Record<string, unknown>;
      };
      assert.equal(saved.step, 'results');
      assert.deepEqual(
        Object.keys(saved.answers),
        defaultConfig.questions.map((q) => q.id),
      );

      blocked.on = false;
      await clickDeep(t.page, 'button[data-action="retry"]');
      await waitForDeep(t.page, '[data-step="results"] h2');
      const answers = await t.page.evaluate((tag) => {
        const r = (document.querySelector(tag) as unknown as { result: { answers: Record<string, unknown> } | null })
          .result;
        return r && JSON.parse(JSON.stringify(r.answers));
      }, TAG);
      assert.deepEqual(answers, saved.answers);
      assert.deepEqual(t.pageErrors, []);
    } finally {
      await t.close();
    }
  });

  test('reaching the results by retry counts as completing: sm-complete fires once, history is kept', async () => {
    const blocked = { on: true };
    const t = await openBlocked(blocked);
    try {
      await answerAllBlocked(t.page);
      await waitForDeep(t.page, 'button[data-action="retry"]');
      blocked.on = false;
      await clickDeep(t.page, 'button[data-action="retry"]');
      await waitForDeep(t.page, '[data-step="results"] h2');
      // sm-complete fires with the results; once it has, and the element has no update pending
      // (updateComplete also waits for the results chunk), a second one would have fired already.
      // Without one, the wait ends at its timeout and the assertion below says what is missing.
      await waitForEvents(t.page, 'sm-complete', 1).catch(() => undefined);
      await t.page.evaluate(async (tag) => {
        await (document.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }, TAG);
      assert.equal((await events(t.page, 'sm-complete')).length, 1, 'sm-complete after the retry');
      const history = await t.page.evaluate((key) => localStorage.getItem(`${key}:history`), KEY);
      assert.ok(history && JSON.parse(history).last, `history after the retry: ${history}`);
    } finally {
      await t.close();
    }
  });

  test('after the retry, focus moves to the results heading and the result is announced', async () => {
    const blocked = { on: true };
    const t = await openBlocked(blocked);
    try {
      await answerAllBlocked(t.page);
      await waitForDeep(t.page, 'button[data-action="retry"]');
      blocked.on = false;
      // The keyboard route: focus the retry button and press Enter.
      await (await waitForDeep(t.page, 'button[data-action="retry"]')).focus();
      await t.page.keyboard.press('Enter');
      await waitForDeep(t.page, '[data-step="results"] h2');
      // Wait for focus to reach the heading and the live region to speak (or time out), then say where they are.
      const read = () =>
        t.page.evaluate((tag) => {
          const root = document.querySelector(tag)!.shadowRoot!;
          return {
            focused: root.activeElement?.tagName ?? `outside: ${document.activeElement?.tagName}`,
            announced: root.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '',
          };
        }, TAG);
      await t.page
        .waitForFunction(
          (tag) => {
            const root = document.querySelector(tag)!.shadowRoot!;
            const live = root.querySelector('[aria-live="polite"]')?.textContent ?? '';
            return root.activeElement?.tagName === 'H2' && /percentiel/.test(live);
          },
          {},
          TAG,
        )
        .catch(() => undefined);
      const state = await read();
      assert.equal(state.focused, 'H2');
      assert.match(state.announced, /percentiel/);
    } finally {
      await t.close();
    }
  });
});
