// Sharing, end to end on the built widget: share links across fresh pages, refused links,
// clipboard, a host cancelling sm-share, the PNG card, progress after a retake, axe, print.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { chromeArgs } from '../../scripts/chrome.mjs';
import { encodeShareCode } from '../../src/core/share-code.ts';
import type { Answers } from '../../src/core/answers.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  clickDeep,
  completeQuiz,
  downloadCard,
  launchBrowser,
  openPage,
  startServer,
  TAG,
  widgetReady,
  type TestPage,
  type TestServer,
} from './harness.ts';

const FIXTURE = '/tests/pages/fixtures/share.html';
const SHARED_HEADING = 'Een resultaat dat met je is gedeeld';
const COPIED = 'Link gekopieerd';
const viewport = { width: 1024, height: 800 };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startServer();
  // Every host but the test server resolves to nothing: a share link that does open goes nowhere.
  browser = await launchBrowser({ args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const pageUrl = (suffix = '') => `${server.url}${FIXTURE}${suffix}`;

/** The answers 'last option everywhere' gives, built in Node from the config. */
function lastAnswers(): Answers {
  const answers: Answers = {};
  for (const q of defaultConfig.questions) {
    const id = q.options[q.options.length - 1]!.id;
    answers[q.id] = q.type === 'multiple' ? [id] : id;
  }
  return answers;
}

interface LoggedEvent {
  type: string;
  detail: { code?: string; channel?: string; url?: string };
  shareUrl?: string;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
  defaultPrevented: boolean;
}

function events(page: Page, type?: string): Promise<LoggedEvent[]> {
  return page.evaluate((wanted) => {
    const all = (window as unknown as { __events: LoggedEvent[] }).__events;
    return JSON.parse(JSON.stringify(all.filter((e) => !wanted || e.type === wanted))) as LoggedEvent[];
  }, type ?? '');
}

interface ResultLike {
  answers: Answers;
  shareUrl?: string;
  segment: { id: string; label: string };
  overall: { score: number; percentile: number };
  dimensions: { id: string; score: number; percentile: number }[];
}

function elementResult(page: Page): Promise<ResultLike | null> {
  return page.evaluate((tag) => {
    const result = (document.querySelector(tag) as unknown as { result: ResultLike | null }).result;
    return result ? (JSON.parse(JSON.stringify(result)) as ResultLike) : null;
  }, TAG);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the widget shows, as text. */
async function readView(page: Page) {
  const raw = await page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const segment = root?.querySelector('[part~="segment"]');
    const notice = root?.querySelector('.notice');
    return {
      step: root?.querySelector('[part~="panel"]')?.getAttribute('data-step') ?? null,
      heading: root?.querySelector('h2')?.textContent ?? '',
      segment: segment?.textContent ?? '',
      overall: segment?.nextElementSibling?.nextElementSibling?.textContent ?? '',
      dimensions: [...(root?.querySelectorAll('.dimension') ?? [])].map(
        (li) => `${li.querySelector('h4')?.textContent ?? ''}: ${li.querySelector(':scope > p')?.textContent ?? ''}`,
      ),
      notice: notice ? { text: notice.textContent ?? '', role: notice.getAttribute('role') } : null,
      sharePanel: Boolean(root?.querySelector('.share')),
      take: Boolean(root?.querySelector('button[data-action="take"]')),
      retake: Boolean(root?.querySelector('button[data-action="retake"]')),
      deltas: [...(root?.querySelectorAll('[data-delta]') ?? [])].map((d) => d.textContent ?? ''),
      shareStatus: root?.querySelector('.share [role="status"]')?.textContent ?? '',
    };
  }, TAG);
  return {
    ...raw,
    heading: squash(raw.heading),
    segment: squash(raw.segment),
    overall: squash(raw.overall),
    dimensions: raw.dimensions.map(squash),
    notice: raw.notice ? { text: squash(raw.notice.text), role: raw.notice.role } : null,
    deltas: raw.deltas.map(squash),
    shareStatus: squash(raw.shareStatus),
  };
}

/** Waits for a step; for 'results', until the results view (loaded on demand) shows the segment. */
function waitForStep(page: Page, step: string): Promise<unknown> {
  return page.waitForFunction(
    (tag, wanted) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (root?.querySelector('[part~="panel"]')?.getAttribute('data-step') !== wanted) return false;
      return wanted !== 'results' || Boolean(root.querySelector('[part~="segment"]'));
    },
    {},
    TAG,
    step,
  );
}

/** Opens the fixture page and waits for the widget. */
async function open(suffix = ''): Promise<TestPage> {
  const t = await openPage(browser, pageUrl(suffix), { viewport });
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
    .overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await t.page.bringToFront();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Replaces the character at `at` with a different base64url character. */
function flip(code: string, at: number): string {
  const char = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + char + code.slice(at + 1);
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tag) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const { violations } = await axe.run(document.querySelector(tag) as Element, {
      runOnly: { type: 'tag', values: tags },
    });
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, TAG);
}

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
        `Dit resultaat is met je gedeeld: hun profiel is ${resultA!.segment.label.toLowerCase()}.`,
      );
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
      ['a payload character flipped', flip(code, 3)],
      ['the version character changed', `2${code.slice(1)}`],
      ['a checksum character flipped', flip(code, code.length - 1)],
      ['truncated', code.slice(0, -1)],
      ['a character appended', `${code}A`],
      ['made for version 2 of the config', encodeShareCode({ ...defaultConfig, version: '2' }, answers)],
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
        assert.deepEqual(view.notice, { text: nl.badLink, role: 'alert' }, name);
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
      await t.page.goto(`${pageUrl('?again=1')}#sm=${flip(encodeShareCode(defaultConfig, lastAnswers()), 3)}`, {
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

describe('sharing from the results', () => {
  test('copy puts the share link on the clipboard and says so; sm-share fires with channel copy', async () => {
    const { t, shareUrl } = await openResults();
    try {
      await grantClipboard(t);
      await clickDeep(t.page, 'button[data-action="copy"]');
      await t.page.waitForFunction(
        (tag, text) =>
          document.querySelector(tag)?.shadowRoot?.querySelector('.share [role="status"]')?.textContent?.trim() ===
          text,
        {},
        TAG,
        COPIED,
      );
      assert.equal(await t.page.evaluate(() => navigator.clipboard.readText()), shareUrl);
      const shares = await events(t.page, 'sm-share');
      assert.deepEqual(
        shares.map((e) => e.detail),
        [{ channel: 'copy', url: shareUrl }],
      );
      assert.deepEqual(
        shares.map((e) => [e.bubbles, e.composed, e.cancelable, e.defaultPrevented]),
        [[true, true, true, false]],
      );
      assert.deepEqual(await events(t.page, 'sm-error'), []);

      // With share-base the link is built on that address (its own fragment dropped) instead.
      const code = shareUrl.slice(shareUrl.indexOf('#sm=') + 4);
      const based = `https://example.org/check?from=mail#sm=${code}`;
      await t.page.evaluate(
        (tag) => document.querySelector(tag)?.setAttribute('share-base', 'https://example.org/check?from=mail#old'),
        TAG,
      );
      await t.page.waitForFunction(
        (tag, url) =>
          document.querySelector(tag)?.shadowRoot?.querySelector<HTMLInputElement>('#share-url')?.value === url,
        {},
        TAG,
        based,
      );
      assert.equal((await elementResult(t.page))?.shareUrl, based);
      await clickDeep(t.page, 'button[data-action="copy"]');
      await t.page.waitForFunction(
        () =>
          (window as unknown as { __events: { type: string }[] }).__events.filter((e) => e.type === 'sm-share')
            .length === 2,
      );
      await t.page.waitForFunction((url) => navigator.clipboard.readText().then((text) => text === url), {}, based);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test('a host that cancels sm-share: the clipboard is left alone and no link opens', async () => {
    const { t, shareUrl } = await openResults('?cancel=1');
    const created: string[] = [];
    const onTarget = (target: Target) => created.push(target.url() || target.type());
    try {
      await grantClipboard(t);
      await t.page.evaluate(() => navigator.clipboard.writeText('host sentinel'));
      await clickDeep(t.page, 'button[data-action="copy"]');
      await t.page.waitForFunction(() =>
        (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'sm-share'),
      );
      await sleep(200);
      assert.equal(await t.page.evaluate(() => navigator.clipboard.readText()), 'host sentinel');
      assert.notEqual((await readView(t.page)).shareStatus, COPIED);

      const before = t.page.url();
      browser.on('targetcreated', onTarget);
      await clickDeep(t.page, 'a[data-channel="linkedin"]');
      await sleep(750);
      browser.off('targetcreated', onTarget);
      assert.deepEqual(created, [], 'a cancelled LinkedIn share opened a page');
      assert.equal(t.page.url(), before);

      const shares = await events(t.page, 'sm-share');
      assert.deepEqual(
        shares.map((e) => e.detail),
        [
          { channel: 'copy', url: shareUrl },
          { channel: 'linkedin', url: shareUrl },
        ],
      );
      assert.ok(shares.every((e) => e.defaultPrevented && e.cancelable));
      assert.deepEqual(await t.problems(), []);
    } finally {
      browser.off('targetcreated', onTarget);
      await t.close();
    }
  });

  test('without a cancelling host the LinkedIn link opens its share page (the control for the test above)', async () => {
    const { t, shareUrl } = await openResults();
    const opened: Target[] = [];
    const onTarget = (target: Target) => opened.push(target);
    try {
      browser.on('targetcreated', onTarget);
      await clickDeep(t.page, 'a[data-channel="linkedin"]');
      for (const deadline = Date.now() + 5_000; !opened.length && Date.now() < deadline;) await sleep(25);
      await sleep(100);
      browser.off('targetcreated', onTarget);
      assert.equal(opened.length, 1, `targets opened: ${opened.map((o) => o.url()).join(', ')}`);
      const url = opened[0]!.url();
      assert.ok(url === 'about:blank' || url.startsWith('https://www.linkedin.com/sharing/share-offsite/?url='), url);
      const href = await t.page.evaluate(
        (tag) =>
          document.querySelector(tag)?.shadowRoot?.querySelector<HTMLAnchorElement>('a[data-channel="linkedin"]')?.href,
        TAG,
      );
      assert.equal(href, `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(shareUrl)}`);
      assert.deepEqual(
        (await events(t.page, 'sm-share')).map((e) => e.detail),
        [{ channel: 'linkedin', url: shareUrl }],
      );
    } finally {
      browser.off('targetcreated', onTarget);
      for (const target of opened) await (await target.page())?.close();
      await t.close();
    }
  });

  test('download gives a non-blank 1200×630 PNG; sm-share fires with channel download', async () => {
    const { t, shareUrl } = await openResults();
    const dir = mkdtempSync(join(tmpdir(), 'sm-card-'));
    try {
      const { name: file, png } = await downloadCard(t.page, dir);
      assert.equal(file, `${defaultConfig.id}.png`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
      assert.equal(png.toString('latin1', 12, 16), 'IHDR');
      assert.equal(png.readUInt32BE(16), 1200, 'width');
      assert.equal(png.readUInt32BE(20), 630, 'height');
      assert.ok(png.includes(Buffer.from('IDAT')) && png.includes(Buffer.from('IEND')), 'IDAT/IEND chunks');
      assert.ok(png.length > 10_000, `PNG only ${png.length} bytes`);

      // Decode it in the page: drawn pixels, not one flat colour.
      const pixels = await t.page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const g = canvas.getContext('2d') as CanvasRenderingContext2D;
        g.drawImage(img, 0, 0);
        const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set<number>();
        const background =
          (data[(600 * canvas.width + 1190) * 4]! << 16) |
          (data[(600 * canvas.width + 1190) * 4 + 1]! << 8) |
          data[(600 * canvas.width + 1190) * 4 + 2]!;
        let other = 0;
        for (let i = 0; i < data.length; i += 4) {
          const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
          colours.add(rgb);
          if (rgb !== background) other++;
        }
        return {
          width: img.naturalWidth,
          height: img.naturalHeight,
          colours: colours.size,
          share: other / (data.length / 4),
        };
      }, png.toString('base64'));
      assert.equal(pixels.width, 1200);
      assert.equal(pixels.height, 630);
      assert.ok(pixels.colours >= 3, `only ${pixels.colours} colours`);
      assert.ok(pixels.share > 0.02, `only ${(pixels.share * 100).toFixed(2)} % of the card is drawn on`);

      assert.deepEqual(
        (await events(t.page, 'sm-share')).map((e) => e.detail),
        [{ channel: 'download', url: shareUrl }],
      );
      assert.deepEqual(await events(t.page, 'sm-error'), []);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

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
      const day = await t.page.evaluate(() =>
        new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long' }).format(new Date()),
      );
      assert.equal(view.deltas.length, 1 + defaultConfig.dimensions.length, view.deltas.join(' | '));
      for (const delta of view.deltas) assert.match(delta, new RegExp(`^\\((\\+\\d+|±0|−\\d+) sinds ${day}\\)$`));
      assert.ok(
        view.deltas.some((d) => /^\(\+[1-9]\d* /.test(d)),
        `no rise shown: ${view.deltas.join(' | ')}`,
      );
      // 'first' ticks a scoring option in the multiple questions, 'last' the exclusive 'none': a drop.
      assert.ok(
        view.deltas.some((d) => d.startsWith('(−')),
        `no drop shown: ${view.deltas.join(' | ')}`,
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
