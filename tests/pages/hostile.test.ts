// Hostile input on the built widget, in a page WITHOUT a Content-Security-Policy (so that an
// injected payload would really run): XSS payloads in every visitor-facing text of a config (set
// by `src` and by the `config` property, through the quiz to the results and the shared view),
// in the `#sm=` fragment and in saved state and history. Everything is shown as text or refused;
// nothing runs, no event-handler attribute, script or frame appears, every link is https: or mailto:.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import { LIMITS } from '../../src/core/limits.ts';
import type { Config } from '../../src/core/schema.ts';
import { nl } from '../../src/i18n/nl.ts';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.ts';
import {
  completeQuiz,
  launchBrowser,
  openPage,
  projectRoot,
  startServer,
  TAG,
  type TestPage,
  type TestServer,
} from './harness.ts';

const FIXTURE = '/tests/pages/fixtures/hostile.html';
const OUT = '.tmp/hostile';
const SHARED_HEADING = 'Een resultaat dat met je is gedeeld';
const viewport = { width: 1024, height: 800 };
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens the empty host page, with dialogs recorded (and dismissed). */
async function openHost(query: string): Promise<{ t: TestPage; dialogs: string[] }> {
  const t = await openPage(browser, `${server.url}${FIXTURE}?${query}`, { viewport });
  const dialogs: string[] = [];
  t.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { t, dialogs };
}

interface Mount {
  id: string;
  src?: string;
  config?: unknown;
  persist?: 'none' | 'local';
}

/**
 * Removes the widgets on the page and adds new ones; records every text the first one ever
 * shows (a MutationObserver on its shadow root) in window.__seen.
 */
async function mount(page: Page, mounts: Mount[]): Promise<void> {
  await page.evaluate(
    (tag, list) => {
      for (const old of document.querySelectorAll(tag)) old.remove();
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      list.forEach((m, i) => {
        const el = document.createElement(tag) as HTMLElement & { config?: unknown };
        el.id = m.id;
        if (m.persist) el.setAttribute('persist', m.persist);
        if (m.config !== undefined) el.config = m.config;
        if (m.src) el.setAttribute('src', m.src);
        document.getElementById('host')!.append(el);
        if (i > 0 || !el.shadowRoot) return;
        seen.push(el.shadowRoot.textContent ?? '');
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'characterData') seen.push((r.target as CharacterData).data);
            for (const n of r.addedNodes) seen.push(n.textContent ?? '');
          }
        }).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
      });
    },
    TAG,
    mounts,
  );
  // Every instance has loaded its config and the results part, and rendered.
  await page
    .waitForFunction(
      async (tag) => {
        const all = [...document.querySelectorAll(tag)] as (Element & { updateComplete: Promise<unknown> })[];
        await Promise.all(all.map((el) => el.updateComplete));
        return all.every(
          (el) =>
            !['loading', null].includes(
              el.shadowRoot?.querySelector('[part~="panel"]')?.getAttribute('data-step') ?? null,
            ),
        );
      },
      {},
      TAG,
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}; the widgets show ${JSON.stringify(await steps(page))}`);
    });
}

/** The step each instance shows, by id. */
const steps = (page: Page) =>
  page.evaluate(
    (tag) =>
      Object.fromEntries(
        [...document.querySelectorAll(tag)].map((el) => [
          el.id,
          el.shadowRoot?.querySelector('[part~="panel"]')?.getAttribute('data-step') ?? '',
        ]),
      ),
    TAG,
  );

/**
 * Everything that would mean a payload got in, anywhere in the document and its shadow roots:
 * an `on…` attribute, script/frame/embedding/style elements, a link that is not https: or
 * mailto:, a URL-carrying attribute, a `style` attribute, a script added to the document.
 */
function audit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const banned = [
      'script',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'style',
      'img',
      'image',
      'video',
      'audio',
      'source',
      'template',
      'noscript',
      'xmp',
      'marquee',
      'math',
      'isindex',
      'animate',
      'set',
    ];
    const urlAttributes = ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'background', 'poster', 'style'];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      const shadow = root !== document;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        const name = el.localName;
        if (shadow && banned.includes(name)) problems.push(`<${name}> in a shadow root`);
        for (const { name: attr, value } of el.attributes) {
          const a = attr.toLowerCase();
          if (a.startsWith('on')) problems.push(`<${name} ${attr}="${value}">`);
          if (!shadow) continue;
          if ((a === 'href' || a.endsWith(':href')) && !/^(https:|mailto:)/.test(value))
            problems.push(`<${name} ${attr}="${value}">`);
          if (urlAttributes.includes(a)) problems.push(`<${name} ${attr}="${value}"> in a shadow root`);
        }
      }
    }
    if (document.scripts.length !== 2) problems.push(`${document.scripts.length} scripts in the document`);
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined)
      problems.push('window.__xss was set: a payload ran');
    return problems;
  });
}

const errorCodes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __events: { type: string; detail: { code: string } }[] }).__events
      .filter((e) => e.type === 'sm-error')
      .map((e) => e.detail.code),
  );

const errorMessages = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __events: { type: string; detail: { message: string } }[] }).__events
      .filter((e) => e.type === 'sm-error')
      .map((e) => e.detail.message),
  );

/** Waits for the results view (the segment line) of the first instance. */
const waitForResults = (page: Page) =>
  page.waitForFunction(
    (tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[data-step="results"] [part~="segment"]')),
    {},
    TAG,
  );

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
      const { t, dialogs } = await openHost(`via=${via}`);
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
        await sleep(300); // an injected image's onerror would have fired by now
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
        await sleep(300);
        assert.deepEqual(await audit(t.page), [], 'shared view');
        assert.deepEqual(dialogs, []);
        assert.deepEqual(await t.problems(), []);
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
    const { t, dialogs } = await openHost('refused=1');
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
          'config-fetch',
          new RegExp(`larger than ${LIMITS.configChars}`),
        ],
        ['10 MB by property', { id: 'huge-prop', config: huge }, 'config-invalid', /too large/],
      ];
      for (const [index, [name, m, code, message]] of cases.entries()) {
        // The page keeps running meanwhile: the longest gap between timer ticks stays short.
        await t.page.evaluate(() => {
          const w = window as unknown as { __gap: number; __tick?: number };
          w.__gap = 0;
          let last = performance.now();
          clearInterval(w.__tick);
          w.__tick = window.setInterval(() => {
            const now = performance.now();
            w.__gap = Math.max(w.__gap, now - last);
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
        await sleep(100);
        const gap = await t.page.evaluate(() => (window as unknown as { __gap: number }).__gap);
        assert.ok(gap < 2_000, `${name}: the page froze for ${Math.round(gap)} ms`);
        assert.deepEqual(await audit(t.page), [], name);
      }
      assert.deepEqual(dialogs, []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});

describe('XSS payloads in the #sm= fragment', () => {
  test('every payload gives the bad-link notice and sm-error; nothing runs', async () => {
    const { t, dialogs } = await openHost('fragment=1');
    try {
      for (const [index, payload] of XSS_PAYLOADS.entries()) {
        if (index % 10 === 0) {
          // Now and then by a real navigation, as a visitor opening the link would.
          await t.page.goto(`${server.url}${FIXTURE}?fragment=${index}#sm=${payload}`, { waitUntil: 'load' });
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
      await sleep(300);
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
    const { t, dialogs } = await openHost('storage=1');
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
      await sleep(300);
      assert.deepEqual(await audit(t.page), []);
      assert.deepEqual(await errorCodes(t.page), []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });
});
