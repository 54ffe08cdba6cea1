// Share links end to end on the built widget: a link made in one page opens the same result in a
// fresh page, read-only; tampered, foreign and junk links give a notice, sm-error and a fresh start.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { encodeShareCode } from '../../src/core/share-code.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  clickDeep,
  completeQuiz,
  elementResult,
  events,
  flip,
  lastAnswers,
  launchShareBrowser,
  openPage,
  readView,
  sharePage,
  SHARED_HEADING,
  squash,
  TAG,
  viewport,
  waitForStep,
  widgetReady,
  type TestPage,
  type TestServer,
} from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

let server: TestServer;
let browser: Browser;
const { pageUrl, openCompleted, openResults } = sharePage(
  () => browser,
  () => server,
);

serveAndBrowse((s, b) => ([server, browser] = [s, b]), { launch: launchShareBrowser });

describe('share links', () => {
  test('a link made in one page opens in a fresh page with the same result, read-only, from the code alone', async () => {
    const { t: a, shareUrl } = await openCompleted();
    let b: TestPage | undefined;
    let c: TestPage | undefined;
    try {
      const [complete] = await events(a.page, 'sm-complete');
      assert.equal(complete?.shareUrl, shareUrl, 'sm-complete detail.result.shareUrl differs from el.result.shareUrl');
      assert.match(shareUrl, new RegExp(`^${pageUrl().replace(/[.?]/g, '\\$&')}#sm=[A-Za-z0-9_-]{1,40}$`));
      const code = shareUrl.slice(shareUrl.indexOf('#sm=') + 4);
      const resultA = await elementResult(a.page);
      assert.equal(code, encodeShareCode(defaultConfig, resultA!.answers), 'the page and the core encode differently');
      const viewA = await readView(a.page);
      assert.equal(viewA.heading, nl.resultHeading);
      assert.ok(viewA.sharePanel, 'no share panel on the own results');
      const shownUrl = await a.page.evaluate(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector<HTMLInputElement>('#share-url')?.value,
        TAG,
      );
      assert.equal(shownUrl, shareUrl);

      b = await openPage(browser, shareUrl, { viewport });
      await widgetReady(b.page);
      await waitForStep(b.page, 'results');
      const viewB = await readView(b.page);
      assert.equal(viewB.heading, SHARED_HEADING);
      // The shared view speaks to its receiver: whose result it is, not 'je organisatie'.
      assert.equal(
        viewB.segment,
        viewA.segment.replace(
          /^Jouw profiel: [^,]+/,
          `Dit resultaat is met je gedeeld: hun profiel is ${resultA!.segment.label.toLowerCase()}`,
        ),
      );
      assert.match(viewB.segment, /^Dit resultaat is met je gedeeld: hun profiel is /);
      assert.equal(viewB.overall, viewA.overall);
      assert.equal(viewB.dimensions.length, defaultConfig.dimensions.length);
      assert.deepEqual(viewB.dimensions, viewA.dimensions);
      assert.equal(viewB.notice, null);
      assert.equal(viewB.sharePanel, false, 'a shared result offers no share panel');
      assert.equal(viewB.retake, false);
      assert.ok(viewB.take, 'no button to take the check yourself');
      const resultB = await elementResult(b.page);
      assert.deepEqual(resultB?.answers, resultA?.answers);
      assert.equal(resultB?.shareUrl, shareUrl);
      assert.deepEqual(await events(b.page, 'sm-complete'), [], 'opening a shared result is not a completion');
      assert.deepEqual(await events(b.page, 'sm-error'), []);

      // Take the check yourself: straight to question 1 with nothing answered, and no #sm= left.
      await clickDeep(b.page, 'button[data-action="take"]');
      await waitForStep(b.page, 'question');
      assert.equal(await elementResult(b.page), null);
      assert.equal(await b.page.evaluate(() => location.hash), '');
      const first = await b.page.evaluate((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return {
          legend: root?.querySelector('legend')?.textContent ?? '',
          checked: root?.querySelectorAll('input:checked').length ?? -1,
        };
      }, TAG);
      assert.ok(squash(first.legend).includes(defaultConfig.questions[0]!.text.nl), `not question 1: ${first.legend}`);
      assert.equal(first.checked, 0, 'question 1 starts with an answer');

      // One character off and nothing is shown: the result comes from the code, not from elsewhere.
      c = await openPage(browser, `${pageUrl()}#sm=${flip(code, 2)}`, { viewport });
      await widgetReady(c.page);
      const viewC = await readView(c.page);
      assert.equal(viewC.step, 'intro');
      assert.equal(viewC.notice?.text, nl.badLink);
      assert.equal(await elementResult(c.page), null);

      assert.deepEqual(await a.problems(), []);
      assert.deepEqual(await b.problems(), []);
      assert.deepEqual(await c.problems(), []);
    } finally {
      await a.close();
      await b?.close();
      await c?.close();
    }
  });

  test('tampered, foreign, oversized and junk links give a notice, sm-error and a fresh start', async () => {
    const answers = lastAnswers();
    const code = encodeShareCode(defaultConfig, answers);
    const cases: [string, string][] = [
      ['a payload character flipped', flip(code, 6)],
      ['the version character changed', `3${code.slice(1)}`],
      ['a layout-2 body behind the 0.1.0 version character', `1${code.slice(1)}`],
      ['a checksum character flipped', flip(code, code.length - 1)],
      ['truncated', code.slice(0, -1)],
      ['a character appended', `${code}A`],
      [
        'made for another version of the config',
        encodeShareCode({ ...defaultConfig, version: `${defaultConfig.version}.1` }, answers),
      ],
      ['made for another config id', encodeShareCode({ ...defaultConfig, id: 'andere-check' }, answers)],
      ['10,000 characters', 'A'.repeat(10_000)],
      ['a script tag', '<script>alert(1)</script>'],
      ['a NUL escape', '%00'],
      ['empty', ''],
      ['not base64url', 'ü%%%#sm=..'],
    ];
    // One page, navigated from case to case (a fresh context per case costs seconds); storage is
    // cleared before each, so no saved result can hide the intro.
    const t = await openPage(browser, `${pageUrl('?case=control')}#sm=${code}`, { viewport });
    const dialogs: string[] = [];
    t.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      // The control: the same answers, untampered, do open as a shared result.
      await widgetReady(t.page);
      assert.equal((await readView(t.page)).heading, SHARED_HEADING);
      for (const [index, [name, bad]] of cases.entries()) {
        await t.page.evaluate(() => localStorage.clear());
        await t.page.goto(`${pageUrl(`?case=${index}`)}#sm=${bad}`, { waitUntil: 'load' });
        await widgetReady(t.page);
        const view = await readView(t.page);
        assert.equal(view.step, 'intro', name);
        // A link of another version of this check is told apart; every other one just does not work.
        const text = name === 'made for another version of the config' ? nl.otherVersionLink : nl.badLink;
        assert.deepEqual(view.notice, { text, role: 'alert' }, name);
        assert.equal(await elementResult(t.page), null, name);
        const errors = await events(t.page, 'sm-error');
        assert.deepEqual(
          errors.map((e) => e.detail.code),
          ['share-link'],
          name,
        );
        assert.ok(errors[0]?.bubbles && errors[0].composed, `${name}: sm-error must bubble and be composed`);
        // The quiz still works (checked on two cases, to keep the file fast).
        if (index === 0 || bad.length > 100) {
          await completeQuiz(t.page, 'first');
          await waitForStep(t.page, 'results');
          const after = await readView(t.page);
          assert.equal(after.heading, nl.resultHeading, name);
          assert.equal(after.notice, null, name);
          const [complete] = await events(t.page, 'sm-complete');
          // The new link is this page's origin and path: the bad fragment and the query string dropped.
          assert.match(
            complete?.shareUrl ?? '',
            new RegExp(`^${pageUrl().replace(/[.?]/g, '\\$&')}#sm=[A-Za-z0-9_-]+$`),
            name,
          );
        }
        assert.deepEqual(dialogs, [], name);
        assert.equal(
          await t.page.evaluate(() => document.scripts.length),
          2,
          `${name}: a script was added to the page`,
        );
        assert.deepEqual(await t.problems(), [], name);
      }
    } finally {
      await t.close();
    }
  });
  test('a returning visitor with a saved result who opens a bad link is told the link failed', async () => {
    const { t } = await openResults();
    try {
      await t.page.goto(`${pageUrl('?again=1')}#sm=${flip(encodeShareCode(defaultConfig, lastAnswers()), 6)}`, {
        waitUntil: 'load',
      });
      await widgetReady(t.page);
      assert.deepEqual(
        (await events(t.page, 'sm-error')).map((e) => e.detail.code),
        ['share-link'],
      );
      const view = await readView(t.page);
      assert.notEqual(view.heading, SHARED_HEADING);
      assert.deepEqual(
        view.notice,
        { text: nl.badLink, role: 'alert' },
        `no notice; the widget shows step '${view.step}' ('${view.heading}')`,
      );
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});
