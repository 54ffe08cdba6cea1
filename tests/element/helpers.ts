import 'axe-core/axe.min.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';

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

/** A real mouse click in the middle of the element (not `el.click()`). */
export async function realClick(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

export async function settle(el: SmMaturityCheck): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Answers every question by mouse: the first or last option each time, then Next. */
export async function completeByMouse(el: SmMaturityCheck, pick: 'first' | 'last' = 'first'): Promise<void> {
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
