// A host's own config: fetched by `src` or given as the `config` property. Failures show an error
// with a retry button inside the widget and fire sm-error; a valid config drives the quiz.
// The static define() is tested in define.test.ts.
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { FETCH_TIMEOUT_MS } from '../../src/element/config-loader.ts';
import {
  $,
  $$,
  answer,
  axeViolations,
  captureErrors,
  checkedValues,
  completeByMouse,
  progressText,
  realClick,
  settle,
  step,
  untilLoaded,
  untilStep as until,
  type ErrorCapture,
} from './helpers.ts';

const FIXTURES = '/tests/element/fixtures';
const GOOD = `${FIXTURES}/two-questions.json`;
const MISSING = `${FIXTURES}/no-such-config.json`;

type Json = Record<string, unknown> & { id: string; version: string; questions: Record<string, unknown>[] };
let two: Json;
let capture: ErrorCapture;
let errors: ErrorCapture['errors'];
let uncaught: string[];

const copy = <T>(value: T): T => structuredClone(value);
const errorText = (el: SmMaturityCheck) => $(el, '.error')?.textContent ?? '';

async function mountSrc(src: string) {
  const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check persist="none" src=${src}></sm-maturity-check>`);
  await untilLoaded(el);
  return el;
}

async function mountConfig(config: unknown) {
  const el = await fixture<SmMaturityCheck>(
    html`<sm-maturity-check persist="none" .config=${config}></sm-maturity-check>`,
  );
  await untilLoaded(el);
  return el;
}

describe('config loading', () => {
  before(async () => {
    const response = await fetch(GOOD);
    two = (await response.json()) as Json;
  });

  beforeEach(() => {
    localStorage.clear();
    capture = captureErrors();
    ({ errors, uncaught } = capture);
  });

  afterEach(() => {
    capture.stop();
    localStorage.clear();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  describe('src', () => {
    it('shows a short message and a retry button when the file is missing (404); sm-error names the URL', async () => {
      const el = await mountSrc(MISSING);
      expect(step(el)).to.equal('error');
      // The visitor's side: their language, not the developer's text (that is in sm-error and on the console).
      expect(errorText(el)).to.include('kon niet worden geladen');
      expect(errorText(el)).to.not.include(MISSING);
      expect($(el, 'button[data-action="retry"]')).to.not.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(['config-fetch']);
      expect(errors[0]?.message).to.include(MISSING);
      expect(errors[0]?.message).to.include('404');
    });

    it('has no axe violations in the error state (nl and en)', async () => {
      const el = await mountSrc(MISSING);
      expect(step(el)).to.equal('error');
      expect(await axeViolations(el)).to.deep.equal([]);
      el.lang = 'en';
      await settle(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('reports config-invalid with the validation path for an invalid config file', async () => {
      const el = await mountSrc(`${FIXTURES}/bad-options.json`);
      expect(step(el)).to.equal('error');
      expect(errors.map((e) => e.code)).to.deep.equal(['config-invalid']);
      expect(errors[0]?.message).to.include('questions[0].options');
      expect(errorText(el)).to.equal('Deze check is nu niet beschikbaar.');
      // An invalid file stays invalid: no retry button.
      expect($(el, 'button[data-action="retry"]')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('reports config-invalid for a file that is not JSON', async () => {
      const el = await mountSrc(`${FIXTURES}/not-json.json`);
      expect(step(el)).to.equal('error');
      expect(errors.map((e) => e.code)).to.deep.equal(['config-invalid']);
      expect(errors[0]?.message.toLowerCase()).to.include('json');
    });

    it('loads a valid config file: two questions, then results', async () => {
      const el = await mountSrc(GOOD);
      expect(step(el)).to.equal('intro');
      expect($(el, 'h2').textContent).to.equal((two['title'] as { nl: string }).nl);
      await completeByMouse(el);
      expect(step(el)).to.equal('results');
      expect(el.result?.configId).to.equal('custom-two');
      expect(errors).to.deep.equal([]);
    });

    it('recovers when src changes from a bad URL to a good one', async () => {
      const el = await mountSrc(MISSING);
      expect(step(el)).to.equal('error');
      el.src = GOOD;
      await until(el, 'intro');
      expect(errors.map((e) => e.code)).to.deep.equal(['config-fetch']);
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      expect(progressText(el)).to.equal('Vraag 1 van 2');
    });

    it('refetches when the visitor presses retry (real click)', async () => {
      const realFetch = window.fetch;
      let calls = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls++;
        return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args);
      };
      try {
        const el = await mountSrc(GOOD);
        expect(step(el)).to.equal('error');
        expect(errors.map((e) => e.code)).to.deep.equal(['config-fetch']);
        await realClick($(el, 'button[data-action="retry"]'));
        await until(el, 'intro', 'the retried config');
        expect(calls).to.equal(2);
        expect(errors.length).to.equal(1);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('moves focus to the heading of the loaded step after retry (the pressed button is gone)', async () => {
      const realFetch = window.fetch;
      let calls = 0;
      window.fetch = (...args: Parameters<typeof fetch>) =>
        ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args);
      try {
        const el = await mountSrc(GOOD);
        await realClick($(el, 'button[data-action="retry"]'));
        await until(el, 'intro', 'the retried config');
        const active = el.shadowRoot!.activeElement as HTMLElement | null;
        expect(active?.tagName, `focus is on ${document.activeElement?.tagName} outside the widget`).to.equal('H2');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('gives up on a fetch that does not answer in time (config-fetch)', async () => {
      const realFetch = window.fetch;
      const realTimeout = window.setTimeout;
      // A server that never answers, and a clock that runs the widget's 10 s timeout at once.
      window.fetch = (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
        realTimeout(fn, ms === FETCH_TIMEOUT_MS ? 10 : ms, ...rest)) as typeof setTimeout;
      try {
        const el = await mountSrc(GOOD);
        expect(step(el)).to.equal('error');
        expect(errors.map((e) => e.code)).to.deep.equal(['config-fetch']);
        expect(errors[0]?.message).to.include(GOOD);
        expect(errors[0]?.message).to.include(`${FETCH_TIMEOUT_MS / 1000} s`);
      } finally {
        window.fetch = realFetch;
        window.setTimeout = realTimeout;
      }
    });
  });

  describe('config property', () => {
    it('reports config-invalid with the path for an invalid object', async () => {
      const bad = copy(two);
      (bad.questions[0] as { options: unknown[] }).options.splice(1);
      const el = await mountConfig(bad);
      expect(step(el)).to.equal('error');
      expect(errors.map((e) => e.code)).to.deep.equal(['config-invalid']);
      expect(errors[0]?.message).to.include('questions[0].options');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('reports config-invalid for an object that is not a config at all', async () => {
      const el = await mountConfig({ id: 'x' });
      expect(step(el)).to.equal('error');
      expect(errors.map((e) => e.code)).to.deep.equal(['config-invalid']);
      expect(errors[0]?.message).to.include('version');
    });

    it('uses a valid custom config: two questions, then results', async () => {
      const el = await mountConfig(copy(two));
      expect(step(el)).to.equal('intro');
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      expect(progressText(el)).to.equal('Vraag 1 van 2');
      expect($$(el, 'label[part~="option"]').length).to.equal(3);
      await answer(el, 2);
      expect(progressText(el)).to.equal('Vraag 2 van 2');
      await answer(el, 1);
      expect(step(el)).to.equal('results');
      expect(el.result?.configId).to.equal('custom-two');
      expect(el.result?.answers).to.deep.equal({ often: 'daily', learn: 'much' });
      expect(errors).to.deep.equal([]);
    });

    it('keeps progress when a new config with the same id and version arrives mid-quiz', async () => {
      const el = await mountConfig(copy(two));
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await answer(el, 2);
      expect(progressText(el)).to.equal('Vraag 2 van 2');
      const same = copy(two);
      (same['title'] as { nl: string }).nl = 'Zelfde check, nieuwe titel';
      el.config = same;
      await until(el, 'question');
      expect(progressText(el)).to.equal('Vraag 2 van 2');
      await realClick($(el, 'button[data-action="back"]'));
      await settle(el);
      expect(checkedValues(el)).to.deep.equal(['daily']);
      expect(errors).to.deep.equal([]);
    });

    it('resets progress when the new config has another version', async () => {
      const el = await mountConfig(copy(two));
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await answer(el, 2);
      el.config = { ...copy(two), version: '2' };
      await until(el, 'intro');
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      expect(progressText(el)).to.equal('Vraag 1 van 2');
      expect(checkedValues(el)).to.deep.equal([]);
    });

    it('resets progress when the new config has another id', async () => {
      const el = await mountConfig(copy(two));
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await answer(el, 0);
      el.config = { ...copy(two), id: 'custom-other' };
      await until(el, 'intro');
      expect($(el, 'button[data-action="resume"]')).to.equal(null);
    });

    it('keeps the last good config usable after an invalid one is set and then fixed', async () => {
      const el = await mountConfig({ nonsense: true });
      expect(step(el)).to.equal('error');
      el.config = copy(two);
      await until(el, 'intro');
      await completeByMouse(el);
      expect(step(el)).to.equal('results');
    });
  });
});
