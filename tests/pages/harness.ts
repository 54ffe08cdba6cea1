// Shared helpers for page tests that need their own server (real CSP headers, fresh pages,
// reloads), driven by puppeteer-core with the Chromium from scripts/chrome.mjs.
//
// Functions handed to page.evaluate / waitForFunction define no named inner functions: tsx
// (esbuild keepNames) would wrap those in a `__name(…)` call that does not exist in the page.
import { createServer } from 'node:http';
import { realpathSync, statSync, createReadStream, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import {
  launch,
  type Browser,
  type ConsoleMessage,
  type ElementHandle,
  type LaunchOptions,
  type Page,
} from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const TAG = 'sm-maturity-check';

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
    close: () => context.close(),
  };
}

/** Resolves once the element is defined and its first instance has rendered. */
export async function widgetReady(page: Page, host = TAG): Promise<void> {
  await page.waitForFunction(
    async (tag) => {
      await customElements.whenDefined(tag);
      const el = document.querySelector(tag) as (Element & { updateComplete?: Promise<unknown> }) | null;
      if (!el?.shadowRoot) return false;
      await el.updateComplete;
      return true;
    },
    {},
    host,
  );
}

/**
 * First match of `selector` inside the widget's shadow DOM (nested shadow roots included).
 * `selector` is one CSS selector (no top-level comma); `host` picks the instance, e.g. `#second`.
 */
export function deepQuery(page: Page, selector: string, host = TAG): Promise<ElementHandle<Element> | null> {
  return page.$(`${host} >>> ${selector}`);
}

export function deepQueryAll(page: Page, selector: string, host = TAG): Promise<ElementHandle<Element>[]> {
  return page.$$(`${host} >>> ${selector}`);
}

/** Waits until `selector` is visible inside the widget and returns it. */
export async function waitForDeep(page: Page, selector: string, host = TAG): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`${host} >>> ${selector}`, { visible: true });
  if (!handle) throw new Error(`${host} >>> ${selector} not found`);
  return handle;
}

/** A real mouse click (puppeteer scrolls it into view and clicks its centre). */
export async function clickDeep(page: Page, selector: string, host = TAG): Promise<void> {
  await (await waitForDeep(page, selector, host)).click();
}

/** Clicks a radio/checkbox, or its label when the input itself is visually hidden. */
async function clickOption(input: ElementHandle<Element>): Promise<void> {
  try {
    await input.click();
  } catch {
    const label = await input.evaluateHandle((el) => (el as HTMLInputElement).labels?.[0] ?? el.closest('label'));
    const element = label.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error('option input is not clickable and has no label');
    await element.click();
  }
}

interface StepState {
  results: boolean;
  question: string | null;
  next: 'none' | 'disabled' | 'ready';
}

/** Where the widget is: results shown, which question (by its text), and the next button's state. */
function readStepState(page: Page, host: string): Promise<StepState> {
  return page.evaluate((tag): StepState => {
    const roots: ParentNode[] = [];
    for (const h of document.querySelectorAll(tag)) if (h.shadowRoot) roots.push(h.shadowRoot);
    const state: StepState = { results: false, question: null, next: 'none' };
    while (roots.length) {
      const root = roots.pop() as ParentNode;
      for (const el of root.querySelectorAll('[data-step="results"]')) if (el.checkVisibility()) state.results = true;
      for (const el of root.querySelectorAll('[data-step="question"]')) {
        if (!el.checkVisibility()) continue;
        // Identify the question by its wording (legend/heading), which ticking an option leaves alone.
        const titles = [...el.querySelectorAll('legend, h1, h2, h3, h4, [data-question-id]')];
        const text = titles.length
          ? titles.map((t) => `${t.getAttribute('data-question-id') ?? ''}${t.textContent}`).join('|')
          : el.textContent;
        state.question = (text ?? '').replace(/\s+/g, ' ').trim();
      }
      for (const el of root.querySelectorAll('button[data-action="next"]')) {
        if (!el.checkVisibility()) continue;
        const off = (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';
        state.next = off ? 'disabled' : 'ready';
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return state;
  }, host);
}

async function waitForStepState(
  page: Page,
  host: string,
  done: (state: StepState) => boolean,
  what: string,
): Promise<StepState> {
  const deadline = Date.now() + page.getDefaultTimeout();
  for (;;) {
    const state = await readStepState(page, host);
    if (done(state)) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last state ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Presses start, then on every question picks the first or last option (a real click; a
 * checkbox is only clicked when not yet ticked) and presses next, until the results show.
 * Returns the number of questions answered.
 */
export async function completeQuiz(
  page: Page,
  choose: 'first' | 'last',
  { host = TAG, maxSteps = 60 } = {},
): Promise<number> {
  await clickDeep(page, 'button[data-action="start"]', host);
  let state = await waitForStepState(page, host, (s) => s.results || s.question !== null, 'the first question');
  for (let answered = 0; answered <= maxSteps; answered++) {
    if (state.results) return answered;
    const inputs = await deepQueryAll(
      page,
      '[data-step="question"] >>> input:is([type="radio"], [type="checkbox"])',
      host,
    );
    const input = choose === 'first' ? inputs[0] : inputs[inputs.length - 1];
    if (!input) throw new Error(`question ${answered + 1} shows no radio or checkbox: ${state.question}`);
    if (!(await input.evaluate((el) => (el as HTMLInputElement).checked))) await clickOption(input);
    const before = state.question;
    state = await waitForStepState(
      page,
      host,
      (s) => s.next !== 'disabled' || s.question !== before,
      `next to be enabled on "${before}"`,
    );
    if (state.question === before && !state.results && state.next === 'ready')
      await clickDeep(page, 'button[data-action="next"]', host);
    state = await waitForStepState(page, host, (s) => s.results || s.question !== before, `the step after "${before}"`);
  }
  throw new Error(`no results after ${maxSteps} questions`);
}

/**
 * Clicks the result card's download button and returns the PNG Chromium saved into `dir`
 * (waits up to 10 s for the file, then a moment for the write to finish).
 */
export async function downloadCard(page: Page, dir: string, host = TAG): Promise<{ name: string; png: Buffer }> {
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    browserContextId: page.browserContext().id,
  });
  await clickDeep(page, 'button[data-action="download"]', host);
  let name = '';
  for (const deadline = Date.now() + 10_000; !name && Date.now() < deadline;) {
    name = readdirSync(dir).find((f) => f.endsWith('.png')) ?? '';
    if (!name) await new Promise((r) => setTimeout(r, 25));
  }
  if (!name) throw new Error(`no card downloaded: ${readdirSync(dir).join(', ')}`);
  await new Promise((r) => setTimeout(r, 50));
  return { name, png: readFileSync(join(dir, name)) };
}
