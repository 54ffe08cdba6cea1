// The delivery fixture and a visitor who uses the keyboard only: shared by the delivery and
// consultancy page tests and the collector's widget end-to-end test.
import type { Page } from 'puppeteer-core';
import { TAG, waitForDeep, widgetReady } from './widget.ts';

export const DELIVERY_FIXTURE = '/tests/pages/fixtures/delivery.html';
export const PRIVACY = 'https://voorbeeld.example/privacy';

/** The fixture on `base` with an endpoint and a privacy statement, plus `extra` query parameters. */
export const deliveryUrl = (base: string, endpoint: string, extra = '') =>
  `${base}${DELIVERY_FIXTURE}?endpoint=${encodeURIComponent(endpoint)}&privacy-url=${encodeURIComponent(PRIVACY)}${extra}`;

/** Waits until the visitor-visible delivery status matches `wanted` (a DOM state; `ms` is a deadline). */
export const waitForStatus = (page: Page, wanted: RegExp, ms = 20_000) =>
  page.waitForFunction(
    (tag, source) =>
      new RegExp(source).test(
        (document.querySelector(tag)?.shadowRoot?.querySelector('[data-status]')?.textContent ?? '').trim(),
      ),
    { timeout: ms, polling: 50 },
    TAG,
    wanted.source,
  );

/** Presses Tab until the widget's focused element matches `selector` (bounded). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate(
      (tag, sel) => !!document.querySelector(tag)?.shadowRoot?.activeElement?.matches(sel),
      TAG,
      selector,
    );
    if (hit) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const stepKey = (page: Page) =>
  page.$eval(TAG, (el) => {
    const panel = el.shadowRoot!.querySelector('[part~="panel"]')!;
    return `${panel.getAttribute('data-step')}|${panel.querySelector('legend')?.textContent ?? ''}`;
  });

/**
 * Start (Tab, Enter), then on every question an answer (Space) and next (Tab, Enter) until the
 * results show. `vary`: on a radio group the arrow keys first move the choice 0–2 options down, so
 * that the scores are not all zero.
 */
export async function answerByKeyboard(page: Page, { vary = false } = {}): Promise<void> {
  await widgetReady(page);
  await waitForDeep(page, 'button[data-action="start"]');
  await tabTo(page, 'button[data-action="start"]');
  await page.keyboard.press('Enter');
  for (let guard = 0; guard < 60; guard++) {
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-step="question"], [data-step="results"]'),
      {},
      TAG,
    );
    const was = await stepKey(page);
    if (was.startsWith('results')) return;
    await tabTo(page, 'input');
    const radio = await page.$eval(TAG, (el) => (el.shadowRoot!.activeElement as HTMLInputElement).type === 'radio');
    for (let down = vary && radio ? guard % 3 : 0; down > 0; down--) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[data-action="next"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (tag, before) => {
        const panel = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="panel"]');
        return `${panel?.getAttribute('data-step')}|${panel?.querySelector('legend')?.textContent ?? ''}` !== before;
      },
      {},
      TAG,
      was,
    );
  }
  throw new Error('the results never showed');
}

/** Types name and e-mail into the form and ticks consent (Space) when asked. */
export async function fillForm(page: Page, { name = 'An de Vries', email = 'an@example.nl', consent = true } = {}) {
  await waitForDeep(page, 'form[part~="form"]');
  await tabTo(page, 'input[name="name"]');
  await page.keyboard.type(name);
  await tabTo(page, 'input[name="email"]');
  await page.keyboard.type(email);
  if (!consent) return;
  await tabTo(page, 'input[name="consent"]');
  await page.keyboard.press('Space');
}

/** Presses the form's send button by keyboard. */
export async function sendByKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'button[data-action="deliver"]');
  await page.keyboard.press('Enter');
}
