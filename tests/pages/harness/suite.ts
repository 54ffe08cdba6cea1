// The hooks every page-test file needs: one server and one browser for the file, closed after it.
// Kept out of harness.ts, which scripts/bench.mjs imports outside node:test.
import { after, before } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, startServer, type ServerOptions, type TestServer } from '../harness.ts';
import { startEndpoint, type Endpoint } from '../endpoint.ts';

export interface SuiteOptions {
  /** Options of the file's static server. */
  server?: ServerOptions;
  /** How to start the file's browser (default: `launchBrowser()`). */
  launch?: () => Promise<Browser>;
}

/** Starts the server and the browser before the file's tests (handing them to `ready`) and closes both after. */
export function serveAndBrowse(
  ready: (server: TestServer, browser: Browser) => void,
  { server: serverOptions, launch = () => launchBrowser() }: SuiteOptions = {},
): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startServer(serverOptions);
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** `serveAndBrowse`, plus a local endpoint (another origin) that records what the widget posts. */
export function serveBrowseAndReceive(ready: (server: TestServer, browser: Browser, endpoint: Endpoint) => void): void {
  let endpoint: Endpoint | undefined;
  before(async () => {
    endpoint = await startEndpoint();
  });
  after(() => endpoint?.close());
  serveAndBrowse((server, browser) => ready(server, browser, endpoint!));
}
