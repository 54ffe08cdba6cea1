// What a page recorded: the sm-* events that fixtures/log-events.js logs in window.__events, the
// element's result, and a barrier for tests that prove that something does NOT happen.
import type { Page } from 'puppeteer-core';
import { TAG } from './widget.ts';

export interface LoggedEvent {
  type: string;
  detail: { code?: string; message?: string; channel?: string; url?: string };
  /** `detail.result.shareUrl` of sm-complete. */
  shareUrl?: string;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
  defaultPrevented: boolean;
}

/** The sm-* events the page logged so far, of one type or all. */
export function events(page: Page, type?: string): Promise<LoggedEvent[]> {
  return page.evaluate((wanted) => {
    const all = (window as unknown as { __events: LoggedEvent[] }).__events;
    return JSON.parse(JSON.stringify(all.filter((e) => !wanted || e.type === wanted))) as LoggedEvent[];
  }, type ?? '');
}

/** The `detail.code` of every sm-error so far. */
export const errorCodes = async (page: Page): Promise<string[]> =>
  (await events(page, 'sm-error')).map((e) => e.detail.code ?? '');

/** The `detail.message` of every sm-error so far. */
export const errorMessages = async (page: Page): Promise<string[]> =>
  (await events(page, 'sm-error')).map((e) => e.detail.message ?? '');

/** Waits until the page has logged at least `count` events of `type` (and `code`, for sm-error). */
export async function waitForEvents(page: Page, type: string, count = 1, code?: string): Promise<LoggedEvent[]> {
  await page.waitForFunction(
    (wanted, n, c) =>
      (window as unknown as { __events: LoggedEvent[] }).__events.filter(
        (e) => e.type === wanted && (!c || e.detail.code === c),
      ).length >= n,
    {},
    type,
    count,
    code ?? '',
  );
  return events(page, type);
}

export interface ResultLike {
  answers: Record<string, string | string[]>;
  shareUrl?: string;
  configId: string;
  lang: string;
  segment: { id: string; label: string };
  overall: { score: number; percentile: number };
  dimensions: { id: string; score: number; percentile: number }[];
}

/** `el.result` of an instance, as JSON (null before the results). */
export function elementResult(page: Page, host = TAG): Promise<ResultLike | null> {
  return page.evaluate((tag) => {
    const result = (document.querySelector(tag) as unknown as { result: ResultLike | null }).result;
    return result ? (JSON.parse(JSON.stringify(result)) as ResultLike) : null;
  }, host);
}

/**
 * A positive signal to wait for before asserting that something did NOT happen: a control image,
 * requested now from the same server, has failed to load (the harness answers /favicon.ico with an
 * empty 204, which no image decodes and which is not a failed request), then two animation frames
 * have passed. An image, SVG animation or focus handler that the widget put in the page earlier
 * would have loaded, failed or run by then.
 */
export async function barrier(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const img = new Image();
    const failed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
    img.src = `/favicon.ico?barrier=${performance.now()}`;
    await failed;
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}
