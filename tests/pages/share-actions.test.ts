// Sharing from the results on the built widget: copy to the clipboard, a host that cancels
// sm-share, the LinkedIn link, the PNG card download.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { defaultConfig } from '../../src/content/report-2011.ts';
import {
  clickDeep,
  downloadCard,
  elementResult,
  events,
  launchShareBrowser,
  readView,
  sharePage,
  TAG,
  waitForEvents,
  type TestServer,
} from './harness.ts';
import { serveAndBrowse } from './harness/suite.ts';

let server: TestServer;
let browser: Browser;
const { openResults, grantClipboard } = sharePage(
  () => browser,
  () => server,
);

serveAndBrowse((s, b) => ([server, browser] = [s, b]), { launch: launchShareBrowser });

const COPIED = 'Link gekopieerd';

/** From now on, window.__writes lists every text the page writes to the clipboard, in order. */
function recordClipboardWrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    const writes: string[] = [];
    (window as unknown as { __writes: string[] }).__writes = writes;
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      writes.push(text);
      return write(text);
    };
  });
}

const clipboardWrites = (page: Page) => page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);

/** Waits until the share panel's status line reads `text`. */
function waitForShareStatus(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction(
    (tag, wanted) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('.share [role="status"]')?.textContent?.trim() === wanted,
    {},
    TAG,
    text,
  );
}

/**
 * Opens a page from `page` the way a share link does (a real click on a target=_blank, noopener
 * link, here one added to the host page), waits for its target, closes it and brings `page` back to
 * the front (a tab in the background gets no animation frames to wait on). Pages opened by earlier
 * link clicks of the same document are created before it.
 */
async function openBarrierPage(page: Page): Promise<Target> {
  const url = `${server.url}/tests/pages/fixtures/log-events.js?barrier=${Date.now()}`;
  await page.bringToFront(); // a page opened before may have taken the front
  const link = await page.evaluateHandle((href) => {
    const a = Object.assign(document.createElement('a'), { href, target: '_blank', rel: 'noopener noreferrer' });
    a.textContent = 'barrier';
    document.body.prepend(a);
    return a;
  }, url);
  await link.click();
  const target = await browser.waitForTarget((t) => t.url() === url);
  await link.evaluate((a) => a.remove());
  await (await target.page())?.close();
  await page.bringToFront();
  return target;
}

describe('sharing from the results', () => {
  test('copy puts the share link on the clipboard and says so; sm-share fires with channel copy', async () => {
    const { t, shareUrl } = await openResults();
    try {
      await grantClipboard(t);
      await clickDeep(t.page, 'button[data-action="copy"]');
      await waitForShareStatus(t.page, COPIED);
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
      assert.equal((await waitForEvents(t.page, 'sm-share', 2)).length, 2);
      await t.page.waitForFunction((url) => navigator.clipboard.readText().then((text) => text === url), {}, based);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test('a host that cancels sm-share: the clipboard is left alone and no link opens', async () => {
    const { t, shareUrl } = await openResults('?cancel=1');
    const created: Target[] = [];
    const onTarget = (target: Target) => void created.push(target);
    try {
      await grantClipboard(t);
      await t.page.evaluate(() => navigator.clipboard.writeText('host sentinel'));
      await recordClipboardWrites(t.page);
      await clickDeep(t.page, 'button[data-action="copy"]');
      await waitForEvents(t.page, 'sm-share', 1);
      assert.equal(await t.page.evaluate(() => navigator.clipboard.readText()), 'host sentinel');
      assert.notEqual((await readView(t.page)).shareStatus, COPIED);

      const before = t.page.url();
      browser.on('targetcreated', onTarget);
      await clickDeep(t.page, 'a[data-channel="linkedin"]');
      const shares = await waitForEvents(t.page, 'sm-share', 2);
      assert.deepEqual(
        shares.map((e) => e.detail),
        [
          { channel: 'copy', url: shareUrl },
          { channel: 'linkedin', url: shareUrl },
        ],
      );
      assert.ok(shares.every((e) => e.defaultPrevented && e.cancelable));

      // That nothing happened after all, proved by later actions that must come after it: a page
      // opened now from the same document arrives after any page the cancelled click opened, and
      // a copy the host no longer cancels writes after any write the cancelled copy started.
      const barrier = await openBarrierPage(t.page);
      browser.off('targetcreated', onTarget);
      assert.deepEqual(
        created.filter((target) => target !== barrier).map((target) => target.url()),
        [],
        'a cancelled LinkedIn share opened a page',
      );
      assert.equal(t.page.url(), before);
      await t.page.evaluate(
        () => void ((window as unknown as { __smStopCancelling: boolean }).__smStopCancelling = true),
      );
      await clickDeep(t.page, 'button[data-action="copy"]');
      await waitForShareStatus(t.page, COPIED);
      assert.deepEqual(await clipboardWrites(t.page), [shareUrl], 'the cancelled copy wrote to the clipboard');
      assert.deepEqual(
        (await events(t.page, 'sm-share')).map((e) => [e.detail.channel, e.defaultPrevented]),
        [
          ['copy', true],
          ['linkedin', true],
          ['copy', false],
        ],
      );
      assert.deepEqual(await t.problems(), []);
    } finally {
      browser.off('targetcreated', onTarget);
      for (const target of created) if (target.url().startsWith('https:')) await (await target.page())?.close();
      await t.close();
    }
  });

  test('without a cancelling host the LinkedIn link opens its share page (the control for the test above)', async () => {
    const { t, shareUrl } = await openResults();
    const opened: Target[] = [];
    // The address a page had when it was created (a failed navigation changes it later).
    const firstUrl = new Map<Target, string>();
    const onTarget = (target: Target) => void (opened.push(target), firstUrl.set(target, target.url()));
    try {
      browser.on('targetcreated', onTarget);
      await clickDeep(t.page, 'a[data-channel="linkedin"]');
      await waitForEvents(t.page, 'sm-share', 1);
      // A page opened after the click arrives after the share page: exactly one page came before it.
      const barrier = await openBarrierPage(t.page);
      browser.off('targetcreated', onTarget);
      const shared = opened.filter((target) => target !== barrier);
      assert.equal(shared.length, 1, `targets opened: ${shared.map((o) => o.url()).join(', ')}`);
      const url = firstUrl.get(shared[0]!) ?? '';
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
      for (const target of opened) if (!target.url().includes('barrier=')) await (await target.page())?.close();
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
