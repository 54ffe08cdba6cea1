// Hostile configs on the built widget, in a page WITHOUT a Content-Security-Policy (so that an
// injected payload would really run): XSS payloads in every visitor-facing text of a config, set by
// `src` and by the `config` property, through the quiz to the results and the shared view; and
// configs that must be refused. Everything is shown as text or refused; nothing runs, no
// event-handler attribute, script or frame appears, every link is https: or mailto:.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { LIMITS } from '../../src/core/limits.ts';
import type { Config } from '../../src/core/schema.ts';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.ts';
import { withoutStreamedFetches } from './streamed-fetch.ts';
import {
  audit,
  barrier,
  completeQuiz,
  errorCodes,
  errorMessages,
  launchBrowser,
  mount,
  openHost,
  projectRoot,
  SHARED_HEADING,
  startServer,
  steps,
  TAG,
  waitForResults,
  type Mount,
  type TestServer,
} from './harness.ts';

const OUT = '.tmp/hostile';
const P = XSS_PAYLOADS.length;

let server: TestServer;
let browser: Browser;

/**
 * The default config with a payload in every visitor-facing text, round robin from `offset`.
 * Question texts and option labels come first: every one of them is on screen at some step, and
 * there are more of them than payloads, so each payload is shown at least once.
 */
function hostileConfig(offset: number): { config: Config; visible: number } {
  const config = JSON.parse(JSON.stringify(defaultConfig)) as Config;
  // A host's own config has its own id (and so its own share codes and storage keys).
  config.id = `hostile-${offset}`;
  let slot = 0;
  const one = () => XSS_PAYLOADS[(slot++ + offset) % P]!;
  const both = () => {
    const p = one();
    return { nl: p, en: p };
  };
  for (const q of config.questions) {
    q.text = both();
    for (const o of q.options) o.label = both();
  }
  const visible = slot;
  config.title = both();
  config.intro = both();
  config.source.title = one();
  config.source.publisher = one();
  config.source.author = one();
  config.source.note = both();
  config.source.method = both();
  for (const q of config.questions) q.help = both();
  for (const d of [...config.dimensions, ...config.routes]) Object.assign(d, { label: both(), description: both() });
  for (const s of config.segments) Object.assign(s, { label: both(), description: both() });
  for (const s of config.suggestions) Object.assign(s, { title: both(), body: both() });
  for (const c of config.benchmark.classes) c.label = both();
  return { config, visible };
}

const configA = hostileConfig(0);
const configB = hostileConfig(Math.floor(P / 2));

before(async () => {
  mkdirSync(join(projectRoot, OUT), { recursive: true });
  writeFileSync(join(projectRoot, OUT, 'config-a.json'), JSON.stringify(configA.config));
  // A suggestion link that is not https: the whole config must be refused.
  const badLink = JSON.parse(JSON.stringify(defaultConfig)) as Config;
  badLink.suggestions[0]!.url = 'javascript:window.__xss=1';
  writeFileSync(join(projectRoot, OUT, 'bad-link.json'), JSON.stringify(badLink));
  // 10 MB: refused before parsing, without freezing the page.
  writeFileSync(
    join(projectRoot, OUT, 'huge.json'),
    `{"pad":"${'<img src=x onerror=window.__xss=1>'.repeat(320_000)}"}`,
  );
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(join(projectRoot, OUT), { recursive: true, force: true });
});

describe('XSS payloads in every visitor-facing text of a config', () => {
  for (const [via, { config, visible }, choose] of [
    ['src', configA, 'first'],
    ['config', configB, 'last'],
  ] as const) {
    test(`set by ${via === 'src' ? 'the src attribute' : 'the config property'}: shown as text through the quiz, the results and the shared view`, async () => {
      assert.ok(P >= 50, `only ${P} payloads`);
      assert.ok(visible >= P, `only ${visible} always-shown texts for ${P} payloads`);
      const expected = parseConfig(JSON.stringify(config));
      const mountOf = (id: string): Mount =>
        via === 'src'
          ? { id, persist: 'none', src: `${server.url}/${OUT}/config-a.json` }
          : { id, persist: 'none', config };
      const { t, dialogs } = await openHost(browser, server, `via=${via}`);
      try {
        await mount(t.page, [mountOf('own')]);
        if (!expected.success) {
          // A payload that makes the config invalid must give config-invalid instead; nothing else.
          assert.deepEqual(await steps(t.page), { own: 'error' });
          assert.deepEqual(await errorCodes(t.page), ['config-invalid']);
          assert.deepEqual(await audit(t.page), []);
          return;
        }
        assert.deepEqual(await steps(t.page), { own: 'intro' });
        assert.equal(await completeQuiz(t.page, choose), config.questions.length);
        await waitForResults(t.page);
        await barrier(t.page); // an injected image's onerror or SVG animation would have run by now
        assert.deepEqual(await audit(t.page), [], 'own results');
        const seen = (await t.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'))) ?? '';
        const missing = XSS_PAYLOADS.filter((p) => !seen.includes(p));
        assert.deepEqual(missing, [], 'payloads never shown as text');

        // The shared view of this result, with the same hostile config.
        const shareUrl = await t.page.evaluate(
          (tag) =>
            (document.querySelector(tag) as unknown as { result: { shareUrl?: string } | null }).result?.shareUrl ?? '',
          TAG,
        );
        const code = /#sm=([A-Za-z0-9_-]+)$/.exec(shareUrl)?.[1];
        assert.ok(code, `no share code in ${shareUrl}`);
        await t.page.evaluate((c) => (location.hash = `sm=${c}`), code);
        await mount(t.page, [mountOf('shared')]);
        await waitForResults(t.page);
        const shared = await t.page.evaluate((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return {
            heading: root?.querySelector('h2')?.textContent?.trim(),
            notice: root?.querySelector('.notice')?.textContent?.trim() ?? null,
          };
        }, TAG);
        assert.equal(shared.heading, SHARED_HEADING);
        await barrier(t.page);
        assert.deepEqual(await audit(t.page), [], 'shared view');
        assert.deepEqual(dialogs, []);
        assert.deepEqual(withoutStreamedFetches(await t.problems(), `/${OUT}/`), []);
        // Not about XSS, but seen here: the link must be read against the host's config, not
        // against the built-in one that is active while the host's config is still loading.
        assert.deepEqual(
          { notice: shared.notice, errors: await errorCodes(t.page) },
          { notice: null, errors: [] },
          'a valid share link for the host config was reported as invalid (checked before the config had loaded)',
        );
      } finally {
        await t.close();
      }
    });
  }

  test('refused configs: a hostile unknown key, a javascript: link, an over-long text, 10 MB by src and by property', async () => {
    const payload = '<img src=x onerror=window.__xss=1>';
    const withKey = { ...JSON.parse(JSON.stringify(defaultConfig)), [payload]: 1 };
    const longTitle = JSON.parse(JSON.stringify(defaultConfig)) as Config;
    longTitle.title = { nl: payload.repeat(20), en: payload };
    const huge = { ...JSON.parse(JSON.stringify(defaultConfig)), intro: { nl: payload.repeat(320_000), en: 'x' } };
    const { t, dialogs } = await openHost(browser, server, 'refused=1');
    try {
      const cases: [name: string, mount: Mount, code: string, message: RegExp][] = [
        [
          'a hostile unknown key',
          { id: 'key', config: withKey },
          'config-invalid',
          /unknown key "<img src=x onerror=window\.__xss=1>"/,
        ],
        [
          'a javascript: link',
          { id: 'link', src: `${server.url}/${OUT}/bad-link.json` },
          'config-invalid',
          /suggestions\[0\]\.url: .*https/,
        ],
        [
          'an over-long title',
          { id: 'long', config: longTitle },
          'config-invalid',
          /title\.nl: must have 1 to 600 characters/,
        ],
        [
          '10 MB by src',
          { id: 'huge-src', src: `${server.url}/${OUT}/huge.json` },
          'config-too-large',
          new RegExp(`larger than ${LIMITS.configChars}`),
        ],
        ['10 MB by property', { id: 'huge-prop', config: huge }, 'config-invalid', /too large/],
      ];
      for (const [index, [name, m, code, message]] of cases.entries()) {
        // The page keeps running meanwhile: the longest gap between timer ticks stays short.
        await t.page.evaluate(() => {
          const w = window as unknown as { __gap: number; __ticks: number; __tick?: number };
          w.__gap = 0;
          w.__ticks = 0;
          let last = performance.now();
          clearInterval(w.__tick);
          w.__tick = window.setInterval(() => {
            const now = performance.now();
            w.__gap = Math.max(w.__gap, now - last);
            w.__ticks++;
            last = now;
          }, 10);
        });
        await mount(t.page, [{ persist: 'none', ...m }]);
        assert.deepEqual(await steps(t.page), { [m.id]: 'error' }, name);
        const codes = await errorCodes(t.page);
        assert.equal(codes.length, index + 1, `${name}: ${codes.join()}`);
        assert.equal(codes[index], code, name);
        const shown = await t.page.evaluate(
          (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.error')?.textContent ?? '',
          TAG,
        );
        // The visitor sees a short message of the widget's own; the validator's text goes to the host.
        assert.match(shown, /^Deze check (is nu niet beschikbaar|kon niet worden geladen)/, name);
        assert.doesNotMatch(shown, message, name);
        assert.match((await errorMessages(t.page))[index] ?? '', message, name);
        // Two more ticks after the error showed: the gap also covers whatever ran up to then.
        const ticks = await t.page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
        await t.page.waitForFunction((n) => (window as unknown as { __ticks: number }).__ticks >= n + 2, {}, ticks);
        const gap = await t.page.evaluate(() => (window as unknown as { __gap: number }).__gap);
        assert.ok(gap < 2_000, `${name}: the page froze for ${Math.round(gap)} ms`);
        assert.deepEqual(await audit(t.page), [], name);
      }
      assert.deepEqual(dialogs, []);
      assert.deepEqual(withoutStreamedFetches(await t.problems(), `/${OUT}/`), []);
    } finally {
      await t.close();
    }
  });
});
