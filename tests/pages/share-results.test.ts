// The results after sharing is set up: progress over time after a retake (and a reload), axe on
// the shared view, the bad-link notice and the share panel, and the print view.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { encodeShareCode } from '../../src/core/share-code.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  axeViolations,
  clickDeep,
  completeQuiz,
  flip,
  lastAnswers,
  launchShareBrowser,
  openPage,
  readView,
  sharePage,
  SHARED_HEADING,
  TAG,
  viewport,
  waitForStep,
  widgetReady,
  type TestServer,
} from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

let server: TestServer;
let browser: Browser;
const { pageUrl, openCompleted, openResults, grantClipboard } = sharePage(
  () => browser,
  () => server,
);

serveAndBrowse((s, b) => ([server, browser] = [s, b]), { launch: launchShareBrowser });

describe('progress over time', () => {
  test('after a retake the results show the change per dimension, also after a reload', async () => {
    const { t } = await openCompleted('', 'first');
    try {
      assert.deepEqual((await readView(t.page)).deltas, [], 'a first result has nothing to compare with');
      await clickDeep(t.page, 'button[data-action="retake"]');
      await waitForStep(t.page, 'intro');
      await completeQuiz(t.page, 'last');
      await waitForStep(t.page, 'results');
      // The comparison may render a moment after the results, but without any further action.
      await t.page
        .waitForFunction(
          (tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[data-delta]')),
          { timeout: 3_000 },
          TAG,
        )
        .catch(() => assert.fail('no [data-delta] on the results after a retake (without a reload)'));
      const view = await readView(t.page);
      // Like with like: the shown total score against the last one, dated with date and time (never 'since today');
      // per area the earlier score beside the current one.
      const [overall, ...areas] = view.deltas;
      assert.equal(areas.length, defaultConfig.dimensions.length, view.deltas.join(' | '));
      assert.match(
        overall ?? '',
        /^Vorige keer \(\d+ [a-z]+ om \d\d:\d\d\) was je totaalscore \d+; nu is die \d+ \((\+\d+|±0|−\d+)\)\.$/,
      );
      for (const delta of areas) assert.match(delta, /^vorige keer \d+ \((\+\d+|±0|−\d+)\)$/);
      // Each area: the earlier score and the change to the score shown beside it now.
      areas.forEach((delta, i) => {
        const [, before, sign, size] = /^vorige keer (\d+) \((\+|−|±)(\d+)\)$/.exec(delta)!;
        const now = Number(/Score (\d+) van 100/.exec(view.dimensions[i] ?? '')?.[1]);
        const change = sign === '−' ? -Number(size) : Number(size);
        assert.equal(now - Number(before), change, `${view.dimensions[i]} | ${delta}`);
      });
      assert.ok(
        areas.some((d) => / \(\+[1-9]\d*\)$/.test(d)),
        `no rise shown: ${view.deltas.join(' | ')}`,
      );
      const networks = view.dimensions.findIndex((d) => d.startsWith('Netwerken'));
      assert.ok(networks >= 0, 'networks dimension');

      await t.page.reload({ waitUntil: 'load' });
      await widgetReady(t.page);
      await waitForStep(t.page, 'results');
      const reloaded = await readView(t.page);
      assert.equal(reloaded.heading, nl.resultHeading);
      assert.deepEqual(reloaded.deltas, view.deltas);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});

describe('accessibility and print', () => {
  test('axe finds nothing in the shared view, on the bad-link notice and on the results with the share panel', async () => {
    const code = encodeShareCode(defaultConfig, lastAnswers());
    // One page for the notice (empty storage) and the shared view, one for the own results.
    const t = await openPage(browser, `${pageUrl('?view=bad')}#sm=${flip(code, 3)}`, { viewport });
    try {
      await widgetReady(t.page);
      assert.ok((await readView(t.page)).notice, 'bad link notice');
      assert.deepEqual(await axeViolations(t.page), [], 'bad-link notice');
      await t.page.goto(`${pageUrl('?view=shared')}#sm=${code}`, { waitUntil: 'load' });
      await widgetReady(t.page);
      assert.equal((await readView(t.page)).heading, SHARED_HEADING);
      assert.deepEqual(await axeViolations(t.page), [], 'shared view');
    } finally {
      await t.close();
    }
    const { t: own } = await openResults();
    try {
      assert.ok((await readView(own.page)).sharePanel);
      assert.deepEqual(await axeViolations(own.page), [], 'results with share panel');
      // And with the copy confirmation showing.
      await grantClipboard(own);
      await clickDeep(own.page, 'button[data-action="copy"]');
      await own.page.waitForFunction(
        (tag) =>
          Boolean(
            document.querySelector(tag)?.shadowRoot?.querySelector('.share [role="status"]')?.textContent?.trim(),
          ),
        {},
        TAG,
      );
      assert.deepEqual(await axeViolations(own.page), [], 'share panel after copy');
    } finally {
      await own.close();
    }
  });

  test('in print the share panel and the buttons are hidden and the suggestions shown', async () => {
    const { t } = await openResults();
    try {
      const read = () =>
        t.page.evaluate((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          const share = root?.querySelector('.share');
          return {
            shareDisplay: share ? getComputedStyle(share).display : 'missing',
            visibleButtons: [...(root?.querySelectorAll('button, a[data-channel], input#share-url') ?? [])]
              .filter((el) => el.checkVisibility())
              .map((el) => el.getAttribute('data-action') ?? el.getAttribute('data-channel') ?? el.id),
            suggestions: [...(root?.querySelectorAll('[part~="suggestion"]') ?? [])].map(
              (el) => getComputedStyle(el).display !== 'none' && el.checkVisibility(),
            ),
          };
        }, TAG);
      const screen = await read();
      assert.notEqual(screen.shareDisplay, 'none');
      assert.ok(
        screen.visibleButtons.includes('copy') && screen.visibleButtons.includes('retake'),
        screen.visibleButtons.join(),
      );

      await t.page.emulateMediaType('print');
      const print = await read();
      assert.equal(print.shareDisplay, 'none');
      assert.deepEqual(print.visibleButtons, []);
      assert.ok(print.suggestions.length >= 3, `${print.suggestions.length} suggestions`);
      assert.ok(print.suggestions.every(Boolean), 'a suggestion is hidden in print');
      await t.page.emulateMediaType();
    } finally {
      await t.close();
    }
  });
});
