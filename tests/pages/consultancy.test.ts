// The consultancy's side on the built widget: the call to action and its slot, the privacy
// sentence, the shared view spoken to its receiver, config errors for visitors and developers,
// axe in each of those states, and the whole flow with the form by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { encodeShareCode } from '../../src/core/share-code.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import type { Answers } from '../../src/core/answers.ts';
import type { Endpoint } from './endpoint.ts';
import { serveBrowseAndReceive } from './harness/suite.ts';
import {
  answerByKeyboard,
  axeViolations,
  clickDeep,
  completeQuiz,
  deepQuery,
  DELIVERY_FIXTURE as FIXTURE,
  deliveryUrl,
  fillForm,
  sendByKeyboard,
  waitForStatus,
  openPage,
  TAG,
  waitForDeep,
  widgetReady,
  type TestServer,
} from './harness.ts';

let server: TestServer;
let endpoint: Endpoint;
let browser: Browser;

serveBrowseAndReceive((s, b, e) => ([server, browser, endpoint] = [s, b, e]));

const withEndpoint = (extra = '') => deliveryUrl(server.url, endpoint.url, extra);

const text = (page: Page, selector: string) =>
  page.$eval(`${TAG} >>> ${selector}`, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

const events = (page: Page, type: string) =>
  page.evaluate(
    (t) =>
      (window as unknown as { __events: { type: string; detail: Record<string, unknown> }[] }).__events.filter(
        (e) => e.type === t,
      ),
    type,
  );

/** The answers 'first option everywhere' gives. */
function firstAnswers(): Answers {
  const answers: Answers = {};
  for (const q of defaultConfig.questions)
    answers[q.id] = q.type === 'multiple' ? [q.options[0]!.id] : q.options[0]!.id;
  return answers;
}

describe('call to action', () => {
  test("the segment's CTA follows the suggestions as a plain https link; axe finds nothing", async () => {
    const t = await openPage(browser, withEndpoint('&consultancy=1'));
    try {
      await widgetReady(t.page);
      await completeQuiz(t.page, 'first');
      const link = await waitForDeep(t.page, 'a[part~="cta"]');
      const { href, target } = await link.evaluate((a) => ({
        href: (a as HTMLAnchorElement).href,
        target: (a as HTMLAnchorElement).target,
      }));
      const result = await t.page.$eval(TAG, (el) => (el as unknown as { result: { segment: { id: string } } }).result);
      assert.equal(href, `https://voorbeeld.example/gesprek?segment=${result.segment.id}`);
      assert.equal(target, '');
      // After the suggestions, before the form.
      const order = await t.page.$eval(TAG, (el) => {
        const root = el.shadowRoot!;
        const all = [...root.querySelectorAll('[part~="suggestion"], [part~="cta"], [part~="form"]')];
        return all.map((e) => e.getAttribute('part'));
      });
      assert.deepEqual(order.slice(-2), ['cta', 'form']);
      assert.equal(order[0], 'suggestion');
      assert.deepEqual(await axeViolations(t.page), []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test("a host's slot='cta' replaces the config's call to action", async () => {
    const t = await openPage(browser, withEndpoint('&consultancy=1&slot=1'));
    try {
      await widgetReady(t.page);
      await completeQuiz(t.page, 'first');
      await t.page.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('slot[name="cta"]'),
        {},
        TAG,
      );
      const slotted = await t.page.$eval(TAG, (el) =>
        (el.shadowRoot!.querySelector('slot[name="cta"]') as HTMLSlotElement).assignedElements().map((e) => e.id),
      );
      assert.deepEqual(slotted, ['own-cta']);
      assert.equal(await t.page.$eval('#own-cta', (el) => (el as HTMLElement).checkVisibility()), true);
      const fallbackShown = await t.page.$eval(TAG, (el) => {
        const link = el.shadowRoot!.querySelector('a[part~="cta"]');
        return !!link && (link as HTMLElement).checkVisibility();
      });
      assert.equal(fallbackShown, false);
    } finally {
      await t.close();
    }
  });
});

describe('privacy sentence', () => {
  test('follows the configuration: nothing sent without an endpoint; brand or host name with one', async () => {
    const cases: [string, RegExp][] = [
      [`${server.url}${FIXTURE}`, /er wordt niets verstuurd/],
      [withEndpoint(), /Alleen als je onder je resultaat toestemming geeft, .* naar 127\.0\.0\.1\./],
      [withEndpoint('&consultancy=1'), /naar Adviesbureau Voorbeeld\./],
    ];
    for (const [url, wanted] of cases) {
      const t = await openPage(browser, url);
      try {
        await widgetReady(t.page);
        await waitForDeep(t.page, 'button[data-action="start"]');
        const intro = await text(t.page, '[part~="panel"]');
        assert.match(intro, wanted, url);
        if (!url.includes('endpoint')) assert.doesNotMatch(intro, /toestemming/);
      } finally {
        await t.close();
      }
    }
  });
});

describe('shared view', () => {
  test('speaks to its receiver, fires sm-shared-open, and "Doe de check zelf" starts afresh without #sm=', async () => {
    const code = encodeShareCode(defaultConfig, firstAnswers());
    const t = await openPage(browser, `${withEndpoint()}#sm=${code}`);
    try {
      await widgetReady(t.page);
      await waitForDeep(t.page, '[data-step="results"]');
      assert.match(await text(t.page, '[part~="segment"]'), /^Dit resultaat is met je gedeeld: hun profiel is /);
      const opened = await events(t.page, 'sm-shared-open');
      assert.equal(opened.length, 1);
      assert.equal(opened[0]!.detail['configId'], defaultConfig.id);
      // No form in someone else's result.
      assert.equal(await deepQuery(t.page, 'form[part~="form"]'), null);
      assert.deepEqual(await axeViolations(t.page), []);
      await clickDeep(t.page, 'button[data-action="take"]');
      await waitForDeep(t.page, '[data-step="question"]');
      assert.equal(await t.page.evaluate(() => location.hash), '');
      assert.equal(await t.page.evaluate(() => location.search.includes('endpoint=')), true);
      await t.page.reload();
      await widgetReady(t.page);
      assert.equal(await deepQuery(t.page, '[data-step="results"]'), null);
    } finally {
      await t.close();
    }
  });

  test('a receiver with progress of their own is offered to resume', async () => {
    const t = await openPage(browser, `${server.url}${FIXTURE}`);
    try {
      await widgetReady(t.page);
      await clickDeep(t.page, 'button[data-action="start"]');
      await clickDeep(t.page, 'label[part~="option"]');
      await clickDeep(t.page, 'button[data-action="next"]');
      await waitForDeep(t.page, 'button[data-action="back"]');
      const code = encodeShareCode(defaultConfig, firstAnswers());
      await t.page.goto(`${server.url}${FIXTURE}?x=1#sm=${code}`);
      await widgetReady(t.page);
      await clickDeep(t.page, 'button[data-action="take"]');
      await waitForDeep(t.page, 'button[data-action="resume"]');
      assert.equal(await t.page.evaluate(() => location.hash), '');
    } finally {
      await t.close();
    }
  });
});

describe('config errors', () => {
  test('the visitor sees a short message and the fallback link, no retry; the developer every issue', async () => {
    const t = await openPage(browser, `${server.url}${FIXTURE}?bad=1`);
    try {
      await widgetReady(t.page);
      await waitForDeep(t.page, '[data-step="error"]');
      assert.equal(await text(t.page, '[part~="error"]'), 'Deze check is nu niet beschikbaar.');
      assert.doesNotMatch(await text(t.page, '[part~="panel"]'), /Invalid|required/);
      assert.equal(await deepQuery(t.page, 'button[data-action="retry"]'), null);
      assert.equal(
        await t.page.$eval(`${TAG} > a[href="/contact"]`, (a) => (a as HTMLElement).checkVisibility()),
        true,
      );
      const warnings = await t.page.evaluate(() => (window as unknown as { __warnings: string[] }).__warnings);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /problem/);
      assert.match(warnings[0]!, /\n {2}version: /);
      assert.match(warnings[0]!, /\n {2}questions\[0\]\.text: /);
      assert.deepEqual(
        (await events(t.page, 'sm-error')).map((e) => e.detail['code']),
        ['config-invalid'],
      );
      assert.deepEqual(await axeViolations(t.page), []);
    } finally {
      await t.close();
    }
  });

  test('a config that failed to load gets a retry button', async () => {
    const t = await openPage(browser, `${server.url}${FIXTURE}?src=/no-such-config.json`);
    try {
      await widgetReady(t.page);
      await waitForDeep(t.page, 'button[data-action="retry"]');
      assert.match(await text(t.page, '[part~="error"]'), /kon niet worden geladen/);
    } finally {
      await t.close();
    }
  });
});

describe('keyboard', () => {
  test('the whole flow, the form included, by keyboard alone', async () => {
    endpoint.received.length = 0;
    const t = await openPage(browser, withEndpoint('&consultancy=1'));
    try {
      await answerByKeyboard(t.page);
      await fillForm(t.page, { name: 'Kees', email: 'kees@example.nl' });
      assert.deepEqual(await axeViolations(t.page), [], 'the filled-in form');
      await sendByKeyboard(t.page);
      const [got] = await endpoint.waitFor(1);
      assert.deepEqual(got!.body['contact'], { name: 'Kees', email: 'kees@example.nl' });
      await waitForStatus(t.page, /^Verstuurd/);
      assert.deepEqual(await axeViolations(t.page), [], 'the sent state');
    } finally {
      await t.close();
    }
  });
});
