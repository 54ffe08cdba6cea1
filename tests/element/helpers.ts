// The one helper module of the element tests (wtr, real Chromium): reading the shadow DOM, real
// clicks and keys, answering and completing the quiz, waiting for a step, capturing sm-error and
// uncaught errors, axe. Waits here wait for the element (updateComplete, a frame, a step), never a time.
import 'axe-core/axe.min.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import type { Answers } from '../../src/core/answers.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { lastOptions } from '../core/respondents.ts';

declare global {
  interface Window {
    axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns 'rule-id (n nodes)' strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  const { violations } = await window.axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS } });
  return violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${JSON.stringify((v.nodes[0] as { failureSummary?: string })?.failureSummary ?? '').slice(0, 300)}`,
  );
}

export const shadow = (el: SmMaturityCheck) => el.shadowRoot as ShadowRoot;
export const $ = <T extends Element = HTMLElement>(el: SmMaturityCheck, selector: string) =>
  shadow(el).querySelector<T & Element>(selector) as T;
export const $$ = <T extends Element = HTMLElement>(el: SmMaturityCheck, selector: string) =>
  [...shadow(el).querySelectorAll<T & Element>(selector)] as T[];
export const step = (el: SmMaturityCheck) => $(el, '[part~="panel"]').dataset['step'];
/** The progress line of the question on screen ('Vraag 3 van 16'). */
export const progressText = (el: SmMaturityCheck) => $(el, '#progress')?.textContent?.trim();
/** The values of the ticked inputs on screen. */
export const checkedValues = (el: SmMaturityCheck) =>
  $$<HTMLInputElement>(el, 'input')
    .filter((i) => i.checked)
    .map((i) => i.value);

/** The answers 'last option everywhere' gives on the built-in config. */
export const lastAnswers = (): Answers => lastOptions(defaultConfig);

/** A real mouse click in the middle of the element (not `el.click()`). */
export async function realClick(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The element has rendered what it has to render, and a frame has been drawn. */
export async function settle(el: SmMaturityCheck): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Waits until the element shows `wanted` (e.g. a config that loads asynchronously), then settles. */
export async function untilStep(el: SmMaturityCheck, wanted: string, what = `step ${wanted}`): Promise<void> {
  await waitUntil(() => step(el) === wanted, `${what} (step is ${step(el)})`, { timeout: 5000 });
  await settle(el);
}

/** Waits until the element has left the loading step (its config loaded or failed), then settles. */
export async function untilLoaded(el: SmMaturityCheck): Promise<void> {
  await waitUntil(() => step(el) !== 'loading', 'the config to load or fail', { timeout: 5000 });
  await settle(el);
}

/** Clicks option `pick` of the question on screen, then Next, by mouse. */
export async function answer(el: SmMaturityCheck, pick = 0): Promise<void> {
  await realClick($$(el, 'label[part~="option"]')[pick] as Element);
  await settle(el);
  await realClick($(el, 'button[data-action="next"]'));
  await settle(el);
}

/** Answers every question by mouse: the first or last option each time, then Next. */
export async function completeByMouse(el: SmMaturityCheck, pick: 'first' | 'last' = 'first'): Promise<void> {
  await settle(el); // the config (the built-in one is a chunk of its own) may still be loading
  await realClick($(el, 'button[data-action="start"]'));
  await settle(el);
  for (let guard = 0; step(el) === 'question' && guard < 100; guard++) {
    const options = $$(el, 'label[part~="option"]');
    await realClick((pick === 'first' ? options[0] : options[options.length - 1]) as Element);
    await settle(el);
    await realClick($(el, 'button[data-action="next"]'));
    await settle(el);
  }
}

/** Finishes a quiz already under way by mouse: ticks the first option where none is, then Next. */
export async function finishByMouse(el: SmMaturityCheck): Promise<void> {
  for (let guard = 0; step(el) === 'question' && guard < 100; guard++) {
    if (!$$<HTMLInputElement>(el, 'input').some((i) => i.checked))
      await realClick($$(el, 'label[part~="option"]')[0] as Element);
    await realClick($(el, 'button[data-action="next"]'));
    await settle(el);
  }
}

/** Renders `template` (by default a widget with persist="none") inside a div; returns both, settled. */
export async function mountInDiv(
  template: TemplateResult = html`<sm-maturity-check persist="none"></sm-maturity-check>`,
) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
  await settle(el);
  return { root, el };
}

/** A fresh element with these attributes, appended to `container`, rendered. */
export async function createIn(container: Element, attributes: Record<string, string> = {}): Promise<SmMaturityCheck> {
  const el = document.createElement('sm-maturity-check');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await settle(el);
  return el;
}

/** The saved state under `key`, parsed; fails the test when it is missing. */
export function stored(key: string): { v: number; step: string; index: number; answers: Record<string, unknown> } {
  const raw = localStorage.getItem(key);
  expect(raw, `localStorage[${key}]`).to.be.a('string');
  return JSON.parse(raw!);
}

export interface ErrorCapture {
  /** The detail of every sm-error that reached the document. */
  errors: { code: string; message: string }[];
  /** Uncaught errors and unhandled rejections in the page. */
  uncaught: string[];
  /** Stops listening. */
  stop(): void;
}

/** Starts recording sm-error events and uncaught errors (and, with `rejections`, unhandled rejections). */
export function captureErrors({ rejections = false } = {}): ErrorCapture {
  const capture: ErrorCapture = { errors: [], uncaught: [], stop: () => {} };
  const onError = (e: Event) => capture.errors.push((e as CustomEvent<{ code: string; message: string }>).detail);
  const onUncaught = (e: ErrorEvent) => capture.uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => capture.uncaught.push(String(e.reason));
  document.addEventListener('sm-error', onError);
  window.addEventListener('error', onUncaught);
  if (rejections) window.addEventListener('unhandledrejection', onRejection);
  capture.stop = () => {
    document.removeEventListener('sm-error', onError);
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  return capture;
}

/**
 * The hooks of a storage test file: before each test a clean localStorage, error capture (with
 * rejections) and a fresh container, handed to `ready`; after it, capture stopped and storage cleared.
 */
export function storageHooks(ready: (container: HTMLElement, capture: ErrorCapture) => void): void {
  let capture: ErrorCapture | undefined;
  beforeEach(async () => {
    localStorage.clear();
    capture = captureErrors({ rejections: true });
    ready(await fixture<HTMLDivElement>(html`<div></div>`), capture);
  });
  afterEach(() => {
    capture?.stop();
    localStorage.clear();
  });
}

/** The element focused inside the widget's shadow root. */
export const focused = (el: SmMaturityCheck) => shadow(el).activeElement as HTMLElement | null;

/** Presses Tab until the predicate holds for the focused element (bounded). */
export async function tabTo(el: SmMaturityCheck, predicate: (f: HTMLElement) => boolean, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    const f = focused(el);
    if (f && predicate(f)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`tabTo: not reached after ${max} Tab presses (focused: ${focused(el)?.outerHTML.slice(0, 80)})`);
}

export { sendKeys };
