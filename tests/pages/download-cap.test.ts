// The `src` size cap holds while the body streams in: an endless chunked body, gzip bombs with and
// without Content-Length, and a slow trickle that ends over the cap are all stopped at the cap
// with `sm-error` code `config-too-large`; the tab neither crashes nor freezes, and the download
// itself ends (the server sees the connection close long before it would have finished).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { constants, deflateRawSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { LIMITS } from '../../src/core/limits.ts';
import { withoutStreamedFetches } from './streamed-fetch.ts';
import { launchBrowser, openPage, startServer, TAG, type TestPage, type TestServer } from './harness.ts';

const FIXTURE = '/tests/pages/fixtures/hostile.html';
const MB = 1 << 20;
const SPACES = Buffer.alloc(64 * 1024, 32);
/** 1 MB of spaces as a deflate block that starts afresh (full flush), so copies can follow each other. */
const DEFLATED_MB = deflateRawSync(Buffer.alloc(MB, 32), { finishFlush: constants.Z_FULL_FLUSH });
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
/** 900 MB of spaces in about 0.9 MB of gzip: under the declared-size check, so only the stream cap stops it. */
const BOMB_COPIES = 900;

interface Download {
  /** Bytes written to the socket (before gzip is undone by the browser: for gzip, compressed bytes). */
  sent: number;
  /** Resolves with `sent` when the client has closed the connection or the body ended. */
  closed: Promise<number>;
}

let pages: TestServer;
let bodies: Server;
let bodiesUrl = '';
let browser: Browser;
const downloads = new Map<string, Download>();

/** Writes `next()` chunks with back-pressure until it returns null or the client goes away. */
async function stream(res: ServerResponse, next: () => Buffer | null, pauseMs = 0): Promise<void> {
  for (let chunk = next(); chunk && !res.destroyed; chunk = next()) {
    if (!res.write(chunk)) await new Promise((done) => res.once('drain', done).once('close', done));
    // The trickle's pause is the server's pace, not a wait for the client.
    if (pauseMs) await new Promise((done) => setTimeout(done, pauseMs));
  }
  res.end();
}

function serveBody(url: string, res: ServerResponse): void {
  const download: Download = { sent: 0, closed: Promise.resolve(0) };
  download.closed = new Promise((done) => res.once('close', () => done(download.sent)));
  downloads.set(url, download);
  const counted = (chunk: Buffer | null) => (chunk && (download.sent += chunk.length), chunk);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'application/json');
  const path = url.split('?')[0];
  if (path === '/endless') void stream(res, () => counted(SPACES));
  else if (path === '/gzip-endless') {
    res.setHeader('Content-Encoding', 'gzip');
    let first = true;
    void stream(res, () => counted(first ? ((first = false), GZIP_HEADER) : DEFLATED_MB));
  } else if (path === '/gzip-bomb') {
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', GZIP_HEADER.length + BOMB_COPIES * DEFLATED_MB.length);
    let left = BOMB_COPIES + 1;
    void stream(res, () => counted(left-- === BOMB_COPIES + 1 ? GZIP_HEADER : left >= 0 ? DEFLATED_MB : null));
  } else if (path === '/trickle') {
    // 40 × 10 KB, 20 ms apart: it ends at 400 KB, over the 256,000-character cap.
    let left = 40;
    void stream(res, () => counted(left-- > 0 ? SPACES.subarray(0, 10_240) : null), 20);
  } else if (path === '/trickle-valid') {
    const json = Buffer.from(JSON.stringify({ ...defaultConfig, id: 'trickled' }));
    let at = 0;
    const size = Math.ceil(json.length / 8);
    void stream(res, () => counted(at < json.length ? json.subarray(at, (at += size)) : null), 20);
  } else {
    res.statusCode = 404;
    res.end();
  }
}

before(async () => {
  pages = await startServer();
  bodies = createServer((req, res) => serveBody(req.url ?? '/', res));
  await new Promise<void>((done) => bodies.listen(0, '127.0.0.1', done));
  const address = bodies.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  bodiesUrl = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  bodies?.closeAllConnections();
  await new Promise((done) => bodies?.close(done));
  await pages?.close();
});

/** Adds an element with `src`, and resolves with its first sm-error, or 'loaded' when it shows its intro. */
async function load(page: Page, src: string): Promise<{ code: string; message: string } | 'loaded'> {
  await page.evaluate(
    (tag, url) => {
      const w = window as unknown as { __gap: number; __tick?: number };
      // The longest gap between timer ticks while it loads: a frozen page has a long one.
      w.__gap = 0;
      let last = performance.now();
      clearInterval(w.__tick);
      w.__tick = window.setInterval(() => {
        w.__gap = Math.max(w.__gap, performance.now() - last);
        last = performance.now();
      }, 10);
      for (const old of document.querySelectorAll(tag)) old.remove();
      (window as unknown as { __events: unknown[] }).__events.length = 0;
      const el = document.createElement(tag);
      el.setAttribute('persist', 'none');
      el.setAttribute('src', url);
      document.getElementById('host')!.append(el);
    },
    TAG,
    src,
  );
  const outcome = await page.waitForFunction(
    (tag) => {
      const events = (window as unknown as { __events: { type: string; detail: object }[] }).__events;
      const error = events.find((e) => e.type === 'sm-error');
      if (error) return error.detail;
      const intro = document.querySelector(tag)?.shadowRoot?.querySelector('button[data-action="start"]');
      return intro ? 'loaded' : false;
    },
    { timeout: 20_000 },
    TAG,
  );
  return (await outcome.jsonValue()) as { code: string; message: string } | 'loaded';
}

describe('the src download cap holds while the body streams in', () => {
  let t: TestPage;
  let crashed = false;
  before(async () => {
    t = await openPage(browser, `${pages.url}${FIXTURE}?download-cap=1`);
    t.page.on('error', () => (crashed = true));
  });
  after(() => t?.close());

  const cases: [name: string, path: string, sentBelow: number][] = [
    // Sockets buffer a few MB between the server and the stream: far below the 1.5 GB of the issue.
    ['an endless chunked body without Content-Length', '/endless', 64 * MB],
    ['an endless gzip body without Content-Length', '/gzip-endless', 8 * MB],
    ['a 0.9 MB gzip body with Content-Length that inflates to 900 MB', '/gzip-bomb', 2 * MB],
    ['a slow trickle that ends at 400 KB', '/trickle', 400 * 1024],
  ];
  for (const [name, path, sentBelow] of cases) {
    test(`${name}: config-too-large, the download ends, the tab stays responsive`, async () => {
      const url = `${path}?case=${encodeURIComponent(name)}`;
      const outcome = await load(t.page, `${bodiesUrl}${url}`);
      assert.notEqual(outcome, 'loaded');
      if (outcome === 'loaded') return;
      assert.equal(outcome.code, 'config-too-large', outcome.message);
      assert.match(outcome.message, new RegExp(`larger than ${LIMITS.configChars} characters`));
      const sent = await downloads.get(url)!.closed;
      assert.ok(sent < sentBelow, `${sent} bytes sent`);
      const gap = await t.page.evaluate(() => (window as unknown as { __gap: number }).__gap);
      assert.ok(gap < 1_000, `the page froze for ${Math.round(gap)} ms`);
      assert.equal(await t.page.evaluate(() => document.readyState), 'complete');
      assert.equal(crashed, false);
      const shown = await t.page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', TAG);
      // The visitor sees the widget's short message (no retry: the config is too large); the details go to the host.
      assert.match(shown, /Deze check is nu niet beschikbaar/);
      assert.doesNotMatch(shown, /larger than/);
    });
  }

  test('a valid config trickled in eight chunks loads (the cap refuses only what is over it)', async () => {
    assert.equal(await load(t.page, `${bodiesUrl}/trickle-valid`), 'loaded');
    // The refused downloads were cut off on purpose; the valid one may show as aborted too (see streamed-fetch.ts).
    assert.deepEqual(withoutStreamedFetches(await t.problems(), bodiesUrl), []);
  });
});
