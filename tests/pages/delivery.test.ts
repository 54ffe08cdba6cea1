// Opt-in delivery end to end: the built widget on a page, a real local HTTP endpoint (another
// origin, so CORS applies as on a real site), real clicks and key presses.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import type { Endpoint } from './endpoint.ts';
import { serveBrowseAndReceive } from './harness/suite.ts';
import {
  clickDeep,
  completeQuiz,
  deepQuery,
  DELIVERY_FIXTURE as FIXTURE,
  deliveryUrl,
  openPage,
  TAG,
  waitForDeep,
  waitForStatus,
  widgetReady,
  type TestServer,
} from './harness.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: TestServer;
let endpoint: Endpoint;
let browser: Browser;

serveBrowseAndReceive((s, b, e) => ([server, browser, endpoint] = [s, b, e]));

const pageUrl = (extra = '') => deliveryUrl(server.url, endpoint.url, extra);

interface Logged {
  type: string;
  detail: { code?: string; status?: number; id?: string };
  cancelable: boolean;
}
const events = (page: Page, type: string) =>
  page.evaluate((t) => (window as unknown as { __events: Logged[] }).__events.filter((e) => e.type === t), type);

const outbox = (page: Page) =>
  page.evaluate((url) => localStorage.getItem(`sm-maturity-check:outbox:${url}`), endpoint.url);

/** Completes the check by mouse and fills the form's fields; ticks the consent box when asked. */
async function toForm(page: Page, { consent = true, name = 'An de Vries', email = 'an@example.nl' } = {}) {
  await widgetReady(page);
  await completeQuiz(page, 'first');
  await waitForDeep(page, 'form[part~="form"]');
  await (await waitForDeep(page, 'input[name="name"]')).type(name);
  await (await waitForDeep(page, 'input[name="email"]')).type(email);
  if (consent) await clickDeep(page, 'input[name="consent"]');
}

describe('delivery', () => {
  test('nothing is sent without consent: the browser refuses the form', async () => {
    endpoint.received.length = 0;
    const t = await openPage(browser, pageUrl());
    try {
      await toForm(t.page, { consent: false });
      await clickDeep(t.page, 'button[data-action="deliver"]');
      // Proving that nothing happens needs a wait: half a second in which a POST would have arrived.
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(endpoint.received.length, 0);
      assert.deepEqual(await events(t.page, 'sm-lead'), []);
      assert.equal(await outbox(t.page), null);
      const valid = await t.page.$eval(
        `${TAG} >>> input[name="consent"]`,
        (el) => (el as HTMLInputElement).validity.valid,
      );
      assert.equal(valid, false);
    } finally {
      await t.close();
    }
  });

  test('after consent one payload with every field arrives, and the visitor is told', async () => {
    endpoint.received.length = 0;
    const t = await openPage(browser, `${pageUrl()}&lang=nl#top`);
    try {
      await toForm(t.page);
      const consentShown = await t.page.$eval(`${TAG} >>> label.consent`, (el) => (el.textContent ?? '').trim());
      await clickDeep(t.page, 'button[data-action="deliver"]');
      const [got] = await endpoint.waitFor(1);
      await waitForStatus(t.page, /^Verstuurd/);
      const p = got!.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const result = await t.page.$eval(TAG, (el) =>
        JSON.parse(JSON.stringify((el as unknown as { result: unknown }).result)),
      );
      assert.match(p['id'], UUID);
      assert.equal(p['configId'], result.configId);
      assert.equal(p['version'], result.configVersion);
      assert.equal(p['lang'], 'nl');
      assert.deepEqual(p['answers'], result.answers);
      assert.deepEqual(p['result'], {
        overall: { score: result.overall.score, percentile: result.overall.percentile },
        dimensions: result.dimensions.map((d: { id: string; score: number; percentile: number }) => ({
          id: d.id,
          score: d.score,
          percentile: d.percentile,
        })),
        segment: result.segment.id,
      });
      assert.deepEqual(p['contact'], { name: 'An de Vries', email: 'an@example.nl' });
      assert.equal(p['consent'].text, consentShown);
      assert.ok(Math.abs(Date.parse(p['consent'].at) - Date.now()) < 60_000, p['consent'].at);
      assert.equal(p['page'], `${server.url}${FIXTURE}`);
      assert.equal(got!.contentType, 'application/json');
      assert.equal(got!.cookie, undefined);
      const leads = await events(t.page, 'sm-lead');
      assert.equal(leads.length, 1);
      assert.equal(leads[0]!.detail.id, p['id']);
      assert.equal(leads[0]!.cancelable, true);
      assert.equal(await outbox(t.page), '[]');
      // Once per consent: the form is gone, so nothing can be sent twice.
      assert.equal(await deepQuery(t.page, 'form[part~="form"]'), null);
      assert.equal(endpoint.received.length, 1);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test('503, 503, then 201: the same id three times, and the visitor sees success', async () => {
    endpoint.received.length = 0;
    endpoint.script([503, 503]);
    const t = await openPage(browser, pageUrl());
    try {
      await toForm(t.page);
      await clickDeep(t.page, 'button[data-action="deliver"]');
      await waitForStatus(t.page, /^Nog niet aangekomen/);
      const got = await endpoint.waitFor(3);
      await waitForStatus(t.page, /^Verstuurd/);
      assert.deepEqual(
        got.map((r) => r.status),
        [503, 503, 201],
      );
      assert.equal(new Set(got.map((r) => r.body.id)).size, 1);
      assert.equal(await outbox(t.page), '[]');
    } finally {
      await t.close();
    }
  });

  test('a refused result (422) is final: dropped, the visitor told, sm-error with the status', async () => {
    endpoint.received.length = 0;
    endpoint.script([422]);
    const t = await openPage(browser, pageUrl());
    try {
      await toForm(t.page);
      await clickDeep(t.page, 'button[data-action="deliver"]');
      await waitForStatus(t.page, /kon niet worden bezorgd/);
      const errors = await events(t.page, 'sm-error');
      assert.deepEqual(
        errors.map((e) => [e.detail.code, e.detail.status]),
        [['delivery', 422]],
      );
      assert.equal(await outbox(t.page), '[]');
      // Proving there is no retry: a retry would come after one second.
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(endpoint.received.length, 1);
    } finally {
      await t.close();
    }
  });

  test('preventDefault() on sm-lead: nothing is sent, nothing is stored', async () => {
    endpoint.received.length = 0;
    const t = await openPage(browser, pageUrl('&prevent=1'));
    try {
      await toForm(t.page);
      await clickDeep(t.page, 'button[data-action="deliver"]');
      await waitForStatus(t.page, /doorgegeven/);
      assert.equal((await events(t.page, 'sm-lead')).length, 1);
      // Proving that nothing is sent: half a second in which a POST would have arrived.
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(endpoint.received.length, 0);
      assert.equal(await outbox(t.page), null);
    } finally {
      await t.close();
    }
  });

  for (const [variant, extra] of [
    ['', ''],
    [' (no Web Locks, no crypto.randomUUID: the lease and the UUID fallbacks)', '&nolocks=1&nouuid=1'],
  ])
    test(`an offline visitor’s result arrives on the next visit, exactly once, with two tabs open${variant}`, async () => {
      endpoint.received.length = 0;
      const context = await browser.createBrowserContext();
      try {
        const first = await context.newPage();
        await first.goto(pageUrl(extra));
        await toForm(first);
        await first.setOfflineMode(true);
        await clickDeep(first, 'button[data-action="deliver"]');
        await waitForStatus(first, /^Nog niet aangekomen/);
        const stored = JSON.parse((await outbox(first)) ?? '[]') as { payload: { id: string } }[];
        assert.equal(stored.length, 1);
        assert.match(stored[0]!.payload.id, UUID);
        await first.close();
        assert.equal(endpoint.received.length, 0);

        // The next visit, in two tabs at once.
        const tabs = await Promise.all([context.newPage(), context.newPage()]);
        await Promise.all(tabs.map((tab) => tab.goto(pageUrl(extra))));
        const [got] = await endpoint.waitFor(1);
        assert.equal(got!.body.id, stored[0]!.payload.id);
        // Proving there is no second delivery: both tabs have had time to try (each waits for the lock).
        await new Promise((r) => setTimeout(r, 1500));
        assert.equal(endpoint.received.length, 1);
        for (const tab of tabs) {
          assert.equal(await outbox(tab), '[]');
          // A resend on a later visit is no new consent: no sm-lead.
          assert.deepEqual(await events(tab, 'sm-lead'), []);
        }
      } finally {
        await context.close();
      }
    });

  test('an endpoint without privacy-url: sm-error, and no form', async () => {
    const t = await openPage(browser, `${server.url}${FIXTURE}?endpoint=${encodeURIComponent(endpoint.url)}`);
    try {
      await widgetReady(t.page);
      await completeQuiz(t.page, 'first');
      const errors = await events(t.page, 'sm-error');
      assert.deepEqual(
        errors.map((e) => e.detail.code),
        ['delivery'],
      );
      assert.equal(await deepQuery(t.page, 'form[part~="form"]'), null);
    } finally {
      await t.close();
    }
  });
});
