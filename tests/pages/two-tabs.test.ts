// Two tabs of one browser context answering the same check alternately, sharing its storage.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { answerOne, clickDeep, waitForDeep, widgetReady, type TestServer } from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';

const BASIC = '/tests/pages/fixtures/env-basic.html';
const KEY = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;
const total = defaultConfig.questions.length;

let server: TestServer;
let browser: Browser;

serveAndBrowse((s, b) => ([server, browser] = [s, b]));

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
