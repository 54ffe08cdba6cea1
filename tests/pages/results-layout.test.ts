/**
 * The results page as a phone shows it (375×667) in real Chromium, from the built IIFE: the
 * suggestions start within two screens (1,334 px) of the verdict, the parts come in the order of
 * the issue, every chart has a text alternative, the legend is visible text, and a retake is
 * compared like with like and dated with date and time. Served from file:// (a classic script and
 * localStorage both work there), so no server is needed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { defaultConfig as config } from '../../src/content/report-2011.ts';
import { serializeState } from '../../src/core/quiz-state.ts';
import { profiles } from '../core/profiles-data.ts';

const iife = fileURLToPath(new URL('../../dist/sm-maturity-check.iife.js', import.meta.url));
const key = `sm-maturity-check:${config.id}@${config.version}`;
const dir = mkdtempSync(join(tmpdir(), 'sm-results-'));
let browser: Browser;

before(async () => {
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Layout facts read in the page (a string, so the test transpiler adds nothing to it). */
const measure = `(() => {
  const root = document.querySelector('sm-maturity-check').shadowRoot;
  const top = (el) => el.getBoundingClientRect().top + scrollY;
  const first = (s) => root.querySelector(s);
  const heading = (text) => [...root.querySelectorAll('h3, summary')].find((h) => h.textContent.trim() === text);
  return {
    verdict: top(first('[part~="segment"]')),
    verdictText: first('[part~="segment"]').textContent.replace(/\\s+/g, ' ').trim(),
    overview: top(first('.overview')),
    suggestions: top(first('[part~="suggestion"]')),
    share: top(first('.share')),
    details: top(first('details')),
    gaps: root.querySelector('.gaps') ? top(root.querySelector('.gaps')) : null,
    charts: [...root.querySelectorAll('svg[part~="chart"]')].map((s) => [s.getAttribute('role'), s.getAttribute('aria-label') || '']),
    legend: first('.legend').innerText,
    legendVisible: first('.legend').getBoundingClientRect().height > 0,
    delta: first('[data-delta]')?.textContent.replace(/\\s+/g, ' ').trim() ?? '',
    height: document.documentElement.scrollHeight,
  };
})()`;

async function open(lang: 'nl' | 'en', answers: object, history?: object) {
  const page = await browser.newPage();
  await page.setViewport({ width: 375, height: 667 });
  const state = serializeState({ step: 'results', index: config.questions.length, answers } as never);
  const store = [`localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(state)});`];
  if (history)
    store.push(
      `localStorage.setItem(${JSON.stringify(`${key}:history`)}, ${JSON.stringify(JSON.stringify(history))});`,
    );
  const file = join(dir, `${lang}-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(
    file,
    `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body><script>localStorage.clear();${store.join('')}</script>` +
      `<sm-maturity-check lang="${lang}"></sm-maturity-check><script src="${iife}"></script></body></html>`,
  );
  await page.goto(`file://${file}`);
  await page.waitForFunction(
    `!!document.querySelector('sm-maturity-check')?.shadowRoot?.querySelector('[part~="suggestion"]')`,
  );
  const facts = (await page.evaluate(measure)) as {
    verdict: number;
    verdictText: string;
    overview: number;
    suggestions: number;
    share: number;
    details: number;
    gaps: number | null;
    charts: [string | null, string][];
    legend: string;
    legendVisible: boolean;
    delta: string;
    height: number;
  };
  await page.close();
  return facts;
}

describe('the results at 375×667', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const profile of profiles) {
      it(`${profile.name} (${lang}): suggestions within 1,334 px of the verdict, parts in order`, async () => {
        const f = await open(lang, profile.answers);
        assert.ok(
          f.suggestions - f.verdict <= 1334,
          `suggestions start ${Math.round(f.suggestions - f.verdict)} px below the verdict`,
        );
        const order = [f.verdict, f.overview, ...(f.gaps === null ? [] : [f.gaps]), f.suggestions, f.share, f.details];
        assert.deepEqual(
          [...order].sort((a, b) => a - b),
          order,
          'verdict, overview, gaps, suggestions, share, details',
        );
        assert.match(
          f.verdictText,
          lang === 'nl'
            ? /^Jouw profiel: .*vergeleken met professionals in 2011 — indicatief\.$/
            : /^Your profile: .*compared with professionals in 2011 — indicative\.$/,
        );
      });
    }

    it(`every chart has a text alternative and the legend is visible text (${lang})`, async () => {
      const f = await open(lang, profiles[1]!.answers);
      assert.equal(f.charts.length, 1 + config.dimensions.length);
      for (const [role, label] of f.charts) {
        assert.equal(role, 'img');
        assert.ok(label.length > 20, label);
      }
      assert.ok(f.legendVisible);
      assert.match(
        f.legend,
        lang === 'nl'
          ? /jij[\s\S]*typisch voor voorlopers in de benchmark/
          : /you[\s\S]*typical for front-runners in the benchmark/,
      );
    });
  }

  it('after a retake: the shown total score compared with the last one, dated with date and time', async () => {
    const previous = { date: '2026-11-28T14:05:00Z', overall: 21, dimensions: { networks: 40 } };
    const f = await open('nl', profiles[1]!.answers, {
      previous,
      last: { date: '2026-11-29T09:00:00Z', overall: 32, dimensions: {} },
    });
    assert.match(
      f.delta,
      /^Vorige keer \(28 november om \d\d:05\) was je totaalscore 21; nu is die \d+ \([+−±]\d+\)\.$/,
    );
    assert.doesNotMatch(f.delta, /sinds|vandaag/);
  });
});
