// The widget end to end: the built widget on a page served under the strict CSP the README gives
// hosts, with the collector's origin added to `connect-src`; a real collector (its command line,
// PGlite in a temp directory, the page's origin allowed) as the widget's `endpoint`; a visitor who
// answers, fills in the form and consents by keyboard alone in real Chromium; then the response in
// GET /v1/summary, scored by the collector itself and equal to what the widget showed. Here, not in
// tests/pages, because it needs the collector and the collector stage runs after the build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import {
  answerByKeyboard,
  deliveryUrl,
  fillForm,
  openPage,
  sendByKeyboard,
  TAG,
  waitForStatus,
  type TestServer,
} from '../../tests/pages/harness.ts';
import { serveAndBrowse } from '../../tests/pages/harness/suite.ts';
import { admin, csvIds, startCollectorProcess, tempDir, type CollectorProcess } from './helpers.ts';

/**
 * The policy the README's security section tells hosts to send (its comments dropped), after
 * `default-src 'none'` so nothing it leaves out is allowed by a fallback, with `origins` added to
 * `connect-src` as its delivery section says.
 */
function readmePolicy(origins: string[]): string {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const block = /\*\*Content Security Policy\.?\*\*[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README: no ```text block after **Content Security Policy.**');
  const lines = block
    .split('\n')
    .map((line) => line.replace(/\s+\(.*\)\s*$/, '').trim())
    .filter(Boolean)
    .map((line) => (line.startsWith('connect-src ') ? line.replace(/;$/, ` ${origins.join(' ')};`) : line));
  assert.ok(
    lines.some((line) => line.startsWith('connect-src ')),
    'README: the policy has no connect-src',
  );
  return ["default-src 'none';", ...lines].join(' ').replace(/;$/, '');
}

let server: TestServer;
let browser: Browser;
/** Origins of the collectors the page may reach (the page's `connect-src`). */
const collectors: string[] = [];
let collector: CollectorProcess;
/** Every collector's stop and data removal, run after the file. */
const cleanups: (() => Promise<void> | void)[] = [];

serveAndBrowse((s, b) => ([server, browser] = [s, b]), {
  // Only documents carry the policy (a header on a script response would mean nothing).
  server: {
    headers: (path): Record<string, string> =>
      path.endsWith('.html') ? { 'Content-Security-Policy': readmePolicy(collectors) } : {},
  },
});

/** A collector as the README starts it, allowing this page's origin; stopped and removed after the file. */
async function startFor(args: string[] = []): Promise<CollectorProcess> {
  const data = tempDir();
  const c = await startCollectorProcess({ dataDir: data.path, args: ['--allow-origin', server.url, ...args] });
  collectors.push(new URL(c.url).origin);
  cleanups.push(() => c.stop(), data.remove);
  return c;
}

const pageUrl = (endpoint: string) => deliveryUrl(server.url, endpoint);

interface Result {
  configId: string;
  configVersion: string;
  segment: { id: string; label: string };
  overall: { score: number };
  dimensions: { id: string; score: number }[];
}
interface Logged {
  type: string;
  detail: { result?: Result; id?: string };
}
const logged = (page: Page, type: string) =>
  page.evaluate((t) => (window as unknown as { __events: Logged[] }).__events.filter((e) => e.type === t), type);

async function summaryOf(c: CollectorProcess, r: Pick<Result, 'configId' | 'configVersion'>) {
  const res = await admin(c.url, `/v1/summary?config=${r.configId}&version=${encodeURIComponent(r.configVersion)}`);
  assert.equal(res.status, 200);
  return (await res.json()) as {
    n: number;
    segments: Record<string, number>;
    overall: { mean: number | null };
    dimensions: { id: string; mean: number | null }[];
  };
}

/** Lines of the collector's request log for browser posts (`POST /v1/responses <status> …`). */
const posts = (c: CollectorProcess) => c.output().match(/^POST \/v1\/responses \d+/gm) ?? [];

describe('the widget delivers to a running collector', () => {
  // In the suite, so that it runs after serveAndBrowse's hook has started the page server.
  before(async () => {
    collector = await startFor();
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('a visitor who does not consent: the browser refuses the form, nothing reaches the collector', async () => {
    const t = await openPage(browser, pageUrl(`${collector.url}/v1/responses`));
    try {
      await answerByKeyboard(t.page, { vary: true });
      await fillForm(t.page, { consent: false });
      await sendByKeyboard(t.page);
      const [complete] = await logged(t.page, 'sm-complete');
      assert.ok(complete?.detail.result, 'no sm-complete');
      const valid = await t.page.$eval(
        `${TAG} >>> input[name="consent"]`,
        (el) => (el as HTMLInputElement).validity.valid,
      );
      assert.equal(valid, false);
      // Proving that nothing is sent needs a wait: a second in which a POST would have arrived.
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepEqual(posts(collector), []);
      assert.doesNotMatch(collector.output(), /OPTIONS \/v1\/responses/);
      assert.deepEqual(await logged(t.page, 'sm-lead'), []);
      assert.equal((await summaryOf(collector, complete.detail.result)).n, 0);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test('a visitor who consents: the response is in /v1/summary, scored by the collector as the widget did', async () => {
    const t = await openPage(browser, pageUrl(`${collector.url}/v1/responses`));
    try {
      await answerByKeyboard(t.page, { vary: true });
      const result = (await logged(t.page, 'sm-complete'))[0]!.detail.result!;
      const shown = await t.page.$eval(`${TAG} >>> [part~="segment"]`, (el) => el.textContent ?? '');
      assert.ok(
        shown.toLowerCase().includes(result.segment.label.toLowerCase()),
        `the page shows "${shown.trim()}", not ${result.segment.label}`,
      );
      assert.ok(result.overall.score > 0, `score ${result.overall.score}: the answers should score`);
      await fillForm(t.page);
      await sendByKeyboard(t.page);
      await waitForStatus(t.page, /^Verstuurd/);
      const [lead] = await logged(t.page, 'sm-lead');
      assert.ok(lead?.detail.id);

      const summary = await summaryOf(collector, result);
      assert.equal(summary.n, 1);
      assert.deepEqual(summary.segments, { [result.segment.id]: 1 });
      // With one response the means are its scores: the collector's own scoring, equal to the widget's.
      assert.equal(summary.overall.mean, result.overall.score);
      assert.deepEqual(
        Object.fromEntries(summary.dimensions.map((d) => [d.id, d.mean])),
        Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
      );
      const csv = await admin(
        collector.url,
        `/v1/responses.csv?config=${result.configId}&version=${result.configVersion}`,
      );
      const text = await csv.text();
      assert.deepEqual(csvIds(text), [lead.detail.id]);
      assert.match(text, /an@example\.nl/);
      assert.deepEqual(posts(collector), ['POST /v1/responses 201']);
      assert.deepEqual(await t.problems(), []);
    } finally {
      await t.close();
    }
  });

  test('a collector that is down when the visitor sends gets the response once it is up, exactly once', async () => {
    // A port of our own, free now, for a collector started only after the visitor pressed send.
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => done(p));
      });
    });
    collectors.push(`http://127.0.0.1:${port}`);
    const t = await openPage(browser, pageUrl(`http://127.0.0.1:${port}/v1/responses`));
    try {
      await answerByKeyboard(t.page, { vary: true });
      const result = (await logged(t.page, 'sm-complete'))[0]!.detail.result!;
      await fillForm(t.page);
      await sendByKeyboard(t.page);
      await waitForStatus(t.page, /^Nog niet aangekomen/);
      const late = await startFor(['--port', String(port)]);
      // The widget retries 1, 2, 4 and 8 s after the first attempt: the deadline covers all of them.
      await waitForStatus(t.page, /^Verstuurd/, 30_000);
      const summary = await summaryOf(late, result);
      assert.equal(summary.n, 1);
      assert.deepEqual(summary.segments, { [result.segment.id]: 1 });
      assert.deepEqual(posts(late), ['POST /v1/responses 201']);
      const outbox = await t.page.evaluate(
        (key) => localStorage.getItem(key),
        `sm-maturity-check:outbox:http://127.0.0.1:${port}/v1/responses`,
      );
      assert.equal(outbox, '[]');
      // Refused connections are logged by Chromium; a CSP refusal would be a different failure.
      assert.deepEqual(await t.violations(), []);
    } finally {
      await t.close();
    }
  });
});
