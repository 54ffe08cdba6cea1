// The sharing fixture (fixtures/share.html, persist="local"): opened fresh, completed with real
// clicks, or opened straight on the results from saved state. Used by the share-*.test.ts files.
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { chromeArgs } from '../../../scripts/chrome.mjs';
import { defaultConfig } from '../../../src/content/report-2011.ts';
import type { TestPage, TestServer } from '../harness.ts';
import { launchBrowser, openPage } from '../harness.ts';
import { elementResult } from './events.ts';
import { lastAnswers } from './views.ts';
import { completeQuiz, waitForStep, widgetReady } from './widget.ts';

export const SHARE_FIXTURE = '/tests/pages/fixtures/share.html';
export const viewport = { width: 1024, height: 800 };

/** Every host but the test server resolves to nothing: a share link that does open goes nowhere. */
export const launchShareBrowser = () =>
  launchBrowser({ args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });

export function sharePage(browser: () => Browser, server: () => TestServer) {
  const pageUrl = (suffix = '') => `${server().url}${SHARE_FIXTURE}${suffix}`;

  /** Opens the fixture page and waits for the widget. */
  async function open(suffix = ''): Promise<TestPage> {
    const t = await openPage(browser(), pageUrl(suffix), { viewport });
    await widgetReady(t.page);
    return t;
  }

  async function shareUrlOf(t: TestPage): Promise<string> {
    const shareUrl = (await elementResult(t.page))?.shareUrl;
    assert.ok(shareUrl, 'el.result.shareUrl is missing on the results');
    return shareUrl;
  }

  /** Opens the fixture, completes the quiz with real clicks and returns the share URL the element reports. */
  async function openCompleted(
    suffix = '',
    choose: 'first' | 'last' = 'last',
  ): Promise<{ t: TestPage; shareUrl: string }> {
    const t = await open(suffix);
    await completeQuiz(t.page, choose);
    await waitForStep(t.page, 'results');
    return { t, shareUrl: await shareUrlOf(t) };
  }

  /**
   * Opens the fixture on the results quickly: a completed check saved the way the element saves it
   * (persist="local"), then a reload. For tests about what the results offer, not how one gets there.
   */
  async function openResults(suffix = ''): Promise<{ t: TestPage; shareUrl: string }> {
    const t = await open(suffix);
    const key = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;
    const saved = JSON.stringify({
      v: 1,
      step: 'results',
      index: defaultConfig.questions.length - 1,
      answers: lastAnswers(),
    });
    await t.page.evaluate((k, v) => localStorage.setItem(k, v), key, saved);
    await t.page.reload({ waitUntil: 'load' });
    await widgetReady(t.page);
    await waitForStep(t.page, 'results');
    return { t, shareUrl: await shareUrlOf(t) };
  }

  async function grantClipboard(t: TestPage): Promise<void> {
    await t.page
      .browserContext()
      .overridePermissions(server().url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await t.page.bringToFront();
  }

  return { pageUrl, open, openCompleted, openResults, grantClipboard };
}
