// Hostile links and saved state on the built widget, in a page WITHOUT a Content-Security-Policy
// (so that an injected payload would really run): XSS payloads in the `#sm=` fragment and in saved
// state and history. Everything is refused or ignored; nothing runs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { nl } from '../../src/i18n/nl.ts';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.ts';
import {
  audit,
  barrier,
  errorCodes,
  HOSTILE_FIXTURE,
  mount,
  openHost,
  steps,
  TAG,
  type TestServer,
} from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

let server: TestServer;
let browser: Browser;

serveAndBrowse((s, b) => ([server, browser] = [s, b]));

describe('XSS payloads in the #sm= fragment', () => {
  test('every payload gives the bad-link notice and sm-error; nothing runs', async () => {
    const { t, dialogs } = await openHost(browser, server, 'fragment=1');
    try {
      for (const [index, payload] of XSS_PAYLOADS.entries()) {
        if (index % 10 === 0) {
          // Now and then by a real navigation, as a visitor opening the link would.
          await t.page.goto(`${server.url}${HOSTILE_FIXTURE}?fragment=${index}#sm=${payload}`, { waitUntil: 'load' });
        } else {
          await t.page.evaluate((p) => (location.hash = `sm=${p}`), payload);
        }
        await mount(t.page, [{ id: `f${index}`, persist: 'none' }]);
        const view = await t.page.evaluate((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return {
            step: root?.querySelector('[part~="panel"]')?.getAttribute('data-step'),
            notice: root?.querySelector('.notice')?.textContent?.trim(),
          };
        }, TAG);
        assert.deepEqual(view, { step: 'intro', notice: nl.badLink }, JSON.stringify(payload));
        assert.equal((await errorCodes(t.page)).at(-1), 'share-link', JSON.stringify(payload));
        assert.deepEqual(await audit(t.page), [], JSON.stringify(payload));
      }
      await barrier(t.page); // a payload that loads or animates would have run by now
      assert.deepEqual(await audit(t.page), []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});

describe('XSS payloads in saved state and history', () => {
  test('in answers, step, index and the history key: refused or ignored; nothing runs', async () => {
    const key = (id: string) => `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}#${id}`;
    const complete = Object.fromEntries(
      defaultConfig.questions.map((q) => [q.id, q.type === 'multiple' ? [q.options[0]!.id] : q.options[0]!.id]),
    );
    const single = defaultConfig.questions.find((q) => q.type !== 'multiple')!;
    const multiple = defaultConfig.questions.find((q) => q.type === 'multiple')!;
    const dimension = defaultConfig.dimensions[0]!.id;
    const { t, dialogs } = await openHost(browser, server, 'storage=1');
    try {
      for (const [index, p] of XSS_PAYLOADS.entries()) {
        const entries: Record<string, string> = {
          // A resumable state whose answers, index and an extra key are payloads.
          [key(`a${index}`)]: JSON.stringify({
            v: 1,
            step: 'question',
            index: p,
            answers: { [single.id]: p, [multiple.id]: [p, multiple.options[0]!.id], [p]: p },
          }),
          [`${key(`a${index}`)}:history`]: JSON.stringify({
            previous: { date: p, overall: p, dimensions: { [p]: p } },
            last: { date: p, overall: 50, dimensions: { [p]: 50 } },
          }),
          // Complete results with hostile extras, and a history that is valid apart from hostile keys.
          [key(`b${index}`)]: JSON.stringify({
            v: 1,
            step: 'results',
            index: p,
            answers: { ...complete, [p]: [p] },
            [p]: p,
          }),
          [`${key(`b${index}`)}:history`]: JSON.stringify({
            previous: {
              date: '2011-11-01T10:00:00.000Z',
              overall: 10,
              dimensions: { [p]: 5, [dimension]: 10 },
              note: p,
            },
            last: { date: '2011-12-01T10:00:00.000Z', overall: 20, dimensions: { [p]: 5, [dimension]: 20 } },
            [p]: p,
          }),
          // Every field a payload.
          [key(`c${index}`)]: JSON.stringify({ v: p, step: p, index: p, answers: p }),
          [`${key(`c${index}`)}:history`]: p,
        };
        await t.page.evaluate((all) => {
          localStorage.clear();
          for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
        }, entries);
        await mount(
          t.page,
          ['a', 'b', 'c'].map((x) => ({ id: `${x}${index}` })),
        );
        const name = JSON.stringify(p);
        assert.deepEqual(
          await steps(t.page),
          { [`a${index}`]: 'intro', [`b${index}`]: 'results', [`c${index}`]: 'intro' },
          name,
        );
        const resume = await t.page.evaluate(
          (id) => Boolean(document.getElementById(id)?.shadowRoot?.querySelector('[data-action="resume"]')),
          `a${index}`,
        );
        assert.ok(resume, `${name}: the valid part of the saved state was not offered to resume`);
        const deltas = await t.page.evaluate(
          (id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('[data-delta]').length ?? 0,
          `b${index}`,
        );
        assert.ok(deltas > 0, `${name}: the valid history was not shown`);
        assert.deepEqual(await audit(t.page), [], name);
      }
      await barrier(t.page); // a payload that loads or animates would have run by now
      assert.deepEqual(await audit(t.page), []);
      assert.deepEqual(await errorCodes(t.page), []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});
