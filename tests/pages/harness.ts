// The one helper module of the page tests (tests that need their own server: real CSP headers,
// fresh pages, reloads), driven by puppeteer-core with the Chromium from scripts/chrome.mjs. This
// file holds the server and the browser; harness/ holds driving the widget and reading its events
// and views, re-exported here so that a test imports from './harness.ts' only.
//
// Functions handed to page.evaluate / waitForFunction define no named inner functions: tsx
// (esbuild keepNames) would wrap those in a `__name(…)` call that does not exist in the page.
import { createServer } from 'node:http';
import { realpathSync, statSync, createReadStream } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { launch, type Browser, type ConsoleMessage, type LaunchOptions, type Page } from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

export * from './harness/widget.ts';
export * from './harness/events.ts';
export * from './harness/views.ts';
export * from './harness/share-page.ts';
export * from './harness/delivery-page.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Paths requested so far, in order (e.g. to see which chunks a page loaded). */
  requests: string[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Directory served as `/`; default: the project root (so `/dist/…` and `/tests/…` both work). */
  root?: string;
  /** Extra headers for the response to a path (decoded, e.g. `/tests/pages/fixtures/basic.html`). */
  headers?: (path: string) => Record<string, string>;
}

/** A static file server on 127.0.0.1 with a random port; GET/HEAD only, no listing, no escape from root. */
export async function startServer({ root = projectRoot, headers }: ServerOptions = {}): Promise<TestServer> {
  const base = realpathSync(root);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let path = '/';
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '\0'; // malformed escape: answered 404 below
    }
    requests.push(path);
    const send = (status: number, type?: string) => {
      res.statusCode = status;
      res.setHeader('Cache-Control', 'no-store');
      if (type) res.setHeader('Content-Type', type);
      for (const [name, value] of Object.entries(headers?.(path) ?? {})) res.setHeader(name, value);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8');
      res.end('method not allowed');
      return;
    }
    let file: string | null = null;
    if (!path.includes('\0')) {
      try {
        let candidate = resolve(base, `.${path}`);
        if (statSync(candidate).isDirectory()) candidate = resolve(candidate, 'index.html');
        const real = realpathSync(candidate); // also follows symlinks before the containment check
        if (real.startsWith(base + sep) && statSync(real).isFile()) file = real;
      } catch {
        file = null;
      }
    }
    const type = file ? contentTypes[extname(file).toLowerCase()] : undefined;
    if (!file || !type) {
      // Browsers ask for a favicon on their own; a 404 there would show up as a console error.
      send(path === '/favicon.ico' ? 204 : 404, 'text/plain; charset=utf-8');
      res.end(path === '/favicon.ico' ? undefined : 'not found');
      return;
    }
    send(200, type);
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Headless Chromium as scripts/chrome.mjs says to start it here. */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return launch({ executablePath: chromePath, headless: true, args: chromeArgs, ...options });
}

export interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  disposition: string;
}

export interface TestPage {
  page: Page;
  /** Console messages of type `error` (including 'Refused to …' CSP reports), as `text (url:line)`. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Responses with status ≥ 400 and requests that failed, as `status url`. */
  failedRequests: string[];
  /** `securitypolicyviolation` events of the current document (a reload starts a new list). */
  violations(): Promise<Violation[]>;
  /** Everything above in one list: `assert.deepEqual(await t.problems(), [])`. */
  problems(): Promise<string[]>;
  /** The first uncaught page error matching `pattern`, at once if it came already (fails after the page's timeout). */
  pageError(pattern: RegExp): Promise<string>;
  /** Closes the page and its own browser context. */
  close(): Promise<void>;
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  onConsole?: (message: ConsoleMessage) => void;
  /** Default timeout for waits and clicks on this page; default 10 s. */
  timeout?: number;
  /** Default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle0' | 'networkidle2';
}

/** A fresh page in its own browser context (empty storage), navigated to `url`, with collectors attached first. */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<TestPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout ?? 10_000);
  if (options.viewport) await page.setViewport(options.viewport);
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    options.onConsole?.(message);
    if (message.type() !== 'error') return;
    const { url: at, lineNumber } = message.location();
    consoleErrors.push(`${message.text()}${at ? ` (${at}:${lineNumber ?? 0})` : ''}`);
  });
  page.on('pageerror', (error) =>
    pageErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
  const pageError = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = pageErrors.find((e) => pattern.test(e));
      if (seen !== undefined) return resolve(seen);
      // A deadline, not a wait: without it an error that never comes would hang the test run.
      const deadline = setTimeout(() => {
        page.off('pageerror', listener);
        reject(new Error(`no page error matching ${pattern}; got: ${pageErrors.join(' | ')}`));
      }, page.getDefaultTimeout());
      const listener = (error: unknown) => {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        if (!pattern.test(text)) return;
        clearTimeout(deadline);
        page.off('pageerror', listener);
        resolve(text);
      };
      page.on('pageerror', listener);
    });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`),
  );
  await page.evaluateOnNewDocument(() => {
    const list: unknown[] = [];
    Object.defineProperty(window, '__smViolations', { value: list });
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        list.push({
          directive: e.effectiveDirective || e.violatedDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          disposition: e.disposition,
        }),
      true,
    );
  });
  const violations = () =>
    page.evaluate(() => [...((window as unknown as { __smViolations?: Violation[] }).__smViolations ?? [])]);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return {
    page,
    consoleErrors,
    pageErrors,
    failedRequests,
    violations,
    problems: async () => [
      ...consoleErrors.map((m) => `console: ${m}`),
      ...pageErrors.map((m) => `pageerror: ${m}`),
      ...failedRequests.map((m) => `request: ${m}`),
      ...(await violations()).map(
        (v) => `csp: ${v.directive} blocked ${v.blockedURI || v.sample} (${v.sourceFile}:${v.line})`,
      ),
    ],
    pageError,
    close: () => context.close(),
  };
}
export * from './harness/hostile-page.ts';
