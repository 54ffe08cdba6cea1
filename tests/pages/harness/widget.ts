// Driving the widget in a puppeteer page: waiting until it is ready or on a step, finding things in
// its shadow DOM, answering questions with real clicks, the events a page recorded, a downloaded card.
// Every wait here waits for a DOM state or an event (page.waitForFunction, waitForSelector, CDP
// download events), never for a fixed time.
//
// Functions handed to page.evaluate / waitForFunction define no named inner functions: tsx
// (esbuild keepNames) would wrap those in a `__name(…)` call that does not exist in the page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';

export const TAG = 'sm-maturity-check';

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

/**
 * Waits until the first instance shows `step` (its panel's data-step); for 'results', until the
 * results view (loaded on demand) shows the segment line.
 */
export function waitForStep(page: Page, step: string, host = TAG): Promise<unknown> {
  return page.waitForFunction(
    (tag, wanted) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (root?.querySelector('[part~="panel"]')?.getAttribute('data-step') !== wanted) return false;
      return wanted !== 'results' || Boolean(root.querySelector('[part~="segment"]'));
    },
    {},
    host,
    step,
  );
}

/** Waits until the first instance (or `host`) shows the results, with the segment line. */
export const waitForResults = (page: Page, host = TAG) => waitForStep(page, 'results', host);

/** The panel's data-step and the progress line ('Vraag 3 van 16'), read from the shadow root. */
export const where = (page: Page, host = TAG): Promise<{ step: string; progress: string }> =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const step = (root?.querySelector('[part~="panel"]') as HTMLElement | null)?.dataset['step'] ?? '';
    return { step, progress: root?.querySelector('#progress')?.textContent?.trim() ?? '' };
  }, host);

/** Ticks the first or last option of the question on screen, presses next and waits for the step after. */
export async function answerOne(page: Page, choose: 'first' | 'last', host = TAG): Promise<void> {
  const before = await where(page, host);
  assert.equal(before.step, 'question', `expected a question, got ${JSON.stringify(before)}`);
  const labels = await deepQueryAll(page, 'label[part~="option"]', host);
  const label = choose === 'first' ? labels[0] : labels[labels.length - 1];
  assert.ok(label, 'no option on screen');
  const checked = await label.evaluate((l) => Boolean(l.querySelector('input')?.checked));
  if (!checked) await label.click();
  await clickDeep(page, 'button[data-action="next"]', host);
  // Interval polling: this also runs in a tab in the background, where animation frames stop.
  await page.waitForFunction(
    (tag, was) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const step = (root?.querySelector('[part~="panel"]') as HTMLElement | null)?.dataset['step'];
      return step !== 'question' || root?.querySelector('#progress')?.textContent?.trim() !== was;
    },
    { polling: 50 },
    host,
    before.progress,
  );
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

/** What `waitForStepState` waits for: any state ('now'), a first step, next enabled, or a step change. */
type Until = 'now' | 'started' | 'next-ready' | 'moved';

/**
 * In the page: where the widget is (results shown, which question by its text, the next
 * button's state), or false while that is not yet what `until` waits for.
 */
const stepStateIf = (tag: string, until: Until, before: string | null): StepState | false => {
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
  const done =
    until === 'now' ||
    (until === 'started' && (state.results || state.question !== null)) ||
    (until === 'next-ready' && (state.next !== 'disabled' || state.question !== before)) ||
    (until === 'moved' && (state.results || state.question !== before));
  return done ? state : false;
};

/** Waits (on the page's own animation frames) until the widget's step state is what `until` says. */
async function waitForStepState(page: Page, host: string, until: Until, before: string | null, what: string) {
  try {
    const handle = await page.waitForFunction(stepStateIf, {}, host, until, before);
    return (await handle.jsonValue()) as StepState;
  } catch (error) {
    const last = await page.evaluate(stepStateIf, host, 'now' as Until, null).catch(() => 'unknown');
    throw new Error(`timed out waiting for ${what}; last state ${JSON.stringify(last)}`, { cause: error });
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
  let state = await waitForStepState(page, host, 'started', null, 'the first question');
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
    state = await waitForStepState(page, host, 'next-ready', before, `next to be enabled on "${before}"`);
    if (state.question === before && !state.results && state.next === 'ready')
      await clickDeep(page, 'button[data-action="next"]', host);
    state = await waitForStepState(page, host, 'moved', before, `the step after "${before}"`);
  }
  throw new Error(`no results after ${maxSteps} questions`);
}

/**
 * Clicks the result card's download button and returns the PNG Chromium saved into `dir`, once
 * Chromium reports the download completed (DevTools download events, not a watch on the folder).
 */
export async function downloadCard(page: Page, dir: string, host = TAG): Promise<{ name: string; png: Buffer }> {
  const session = await page.createCDPSession();
  const names = new Map<string, string>();
  const done = new Promise<string>((resolve, reject) => {
    // A deadline, not a wait: without it a download that never starts would hang the test run.
    const deadline = setTimeout(() => reject(new Error('no card download started')), page.getDefaultTimeout());
    deadline.unref();
    session.on('Browser.downloadWillBegin', (e) => names.set(e.guid, e.suggestedFilename));
    session.on('Browser.downloadProgress', (e) => {
      if (e.state !== 'inProgress') clearTimeout(deadline);
      if (e.state === 'completed') resolve(names.get(e.guid) ?? '');
      if (e.state === 'canceled') reject(new Error(`the card download was cancelled (${names.get(e.guid)})`));
    });
  });
  await session.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    browserContextId: page.browserContext().id,
    eventsEnabled: true,
  });
  await clickDeep(page, 'button[data-action="download"]', host);
  const name = await done;
  await session.detach();
  return { name, png: readFileSync(join(dir, name)) };
}
