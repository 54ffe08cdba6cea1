// What the widget shows, read as text (for the sharing, results and CSP tests), axe on a page, and
// the answers and links those tests build in Node from the built-in config.
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { Answers } from '../../../src/core/answers.ts';
import { defaultConfig } from '../../../src/content/report-2011.ts';
import { lastOptions } from '../../core/respondents.ts';
import { TAG } from './widget.ts';

export const SHARED_HEADING = 'Iemand heeft dit resultaat met je gedeeld';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The answers 'last option everywhere' gives on the built-in config. */
export const lastAnswers = (): Answers => lastOptions(defaultConfig);

/** Replaces the character at `at` with a different base64url character. */
export function flip(code: string, at: number): string {
  const char = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + char + code.slice(at + 1);
}

/** The text of the widget's step heading. */
export const heading = (page: Page, host = TAG): Promise<string> =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '', host);

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the widget shows, as text. */
export async function readView(page: Page, host = TAG) {
  const raw = await page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const segment = root?.querySelector('[part~="segment"]');
    const notice = root?.querySelector('.notice');
    return {
      step: root?.querySelector('[part~="panel"]')?.getAttribute('data-step') ?? null,
      heading: root?.querySelector('h2')?.textContent ?? '',
      segment: segment?.textContent ?? '',
      overall: segment?.nextElementSibling?.nextElementSibling?.textContent ?? '',
      dimensions: [...(root?.querySelectorAll('.dimension') ?? [])].map(
        (li) => `${li.querySelector('h4')?.textContent ?? ''}: ${li.querySelector(':scope > p')?.textContent ?? ''}`,
      ),
      notice: notice ? { text: notice.textContent ?? '', role: notice.getAttribute('role') } : null,
      sharePanel: Boolean(root?.querySelector('.share')),
      take: Boolean(root?.querySelector('button[data-action="take"]')),
      retake: Boolean(root?.querySelector('button[data-action="retake"]')),
      deltas: [...(root?.querySelectorAll('[data-delta]') ?? [])].map((d) => d.textContent ?? ''),
      shareStatus: root?.querySelector('.share [role="status"]')?.textContent ?? '',
    };
  }, host);
  return {
    ...raw,
    heading: squash(raw.heading),
    segment: squash(raw.segment),
    overall: squash(raw.overall),
    dimensions: raw.dimensions.map(squash),
    notice: raw.notice ? { text: squash(raw.notice.text), role: raw.notice.role } : null,
    deltas: raw.deltas.map(squash),
    shareStatus: squash(raw.shareStatus),
  };
}

/** axe (WCAG 2.0/2.1/2.2 A and AA) on the widget; 'rule: targets' strings. */
export async function axeViolations(page: Page, host = TAG): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tag) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const { violations } = await axe.run(document.querySelector(tag) as Element, {
      runOnly: { type: 'tag', values: tags },
    });
    return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, host);
}
