import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import {
  $,
  $$,
  axeViolations,
  completeByMouse,
  finishByMouse,
  focused,
  realClick,
  sendKeys,
  settle,
  step,
  tabTo,
} from './helpers.ts';

const total = defaultConfig.questions.length;

async function mount(lang = 'nl') {
  localStorage.clear();
  const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check lang=${lang} persist="none"></sm-maturity-check>`);
  await settle(el);
  return el;
}

describe('<sm-maturity-check>', () => {
  afterEach(() => localStorage.clear());

  describe('accessibility', () => {
    it('has no axe violations on the intro', async () => {
      const el = await mount();
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations on a single and a multiple choice question', async () => {
      const el = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      const multiple = defaultConfig.questions.findIndex((q) => q.type === 'multiple');
      for (let i = 0; i < multiple; i++) {
        await realClick($$(el, 'label[part~="option"]')[0] as Element);
        await realClick($(el, 'button[data-action="next"]'));
        await settle(el);
      }
      expect($$(el, 'input[type="checkbox"]').length).to.be.greaterThan(1);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations on the results, in both languages', async () => {
      for (const lang of ['nl', 'en']) {
        const el = await mount(lang);
        await completeByMouse(el, 'last');
        expect(step(el)).to.equal('results');
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('uses native controls: a fieldset with a legend and named radios', async () => {
      const el = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      const fieldset = $(el, 'fieldset');
      expect(fieldset.querySelector('legend')?.textContent?.trim()).to.equal(defaultConfig.questions[0]?.text.nl);
      expect($$(el, 'input[type="radio"]').length).to.equal(defaultConfig.questions[0]?.options.length);
    });

    it('moves focus to the new step heading and announces progress', async () => {
      const el = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      expect(focused(el)?.tagName).to.equal('H2');
      expect($(el, '[role="status"][aria-live="polite"]').textContent).to.equal(`Vraag 1 van ${total}`);
    });

    it('gives every button and option a target of at least 24 by 24 px', async () => {
      const el = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      for (const target of [...$$(el, 'button'), ...$$(el, 'label[part~="option"]')]) {
        const box = target.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('properties', () => {
    it('applies its styles (adopted stylesheet) and the theme custom properties', async () => {
      const el = await fixture<SmMaturityCheck>(
        html`<sm-maturity-check persist="none" style="--sm-accent: rgb(200, 0, 100)"></sm-maturity-check>`,
      );
      await settle(el);
      const start = $(el, 'button[data-action="start"]');
      expect(getComputedStyle(start).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('has result null until complete, then the core result shape', async () => {
      const el = await mount();
      expect(el.result).to.equal(null);
      await completeByMouse(el);
      const result = el.result!;
      expect(result.configId).to.equal(defaultConfig.id);
      expect(result.overall.percentile).to.be.within(1, 99);
      expect(result.dimensions.map((d) => d.id)).to.deep.equal(defaultConfig.dimensions.map((d) => d.id));
      expect(result.suggestions.length).to.be.within(3, 5);
      expect(result.shareUrl).to.match(/#sm=[A-Za-z0-9_-]+$/);
    });

    it('switches language with the lang attribute, and falls back to the closest [lang] ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><sm-maturity-check persist="none"></sm-maturity-check></div>`,
      );
      const el = wrapper.querySelector('sm-maturity-check')!;
      await settle(el);
      expect($(el, 'button[data-action="start"]').textContent?.trim()).to.equal('Start the check');
      el.lang = 'nl';
      await settle(el);
      expect($(el, 'button[data-action="start"]').textContent?.trim()).to.equal('Start de check');
      expect($(el, '[part~="panel"]').getAttribute('lang')).to.equal('nl');
    });

    it('reset() returns to the intro and forgets the answers', async () => {
      const el = await mount();
      await completeByMouse(el);
      el.reset();
      await settle(el);
      expect(step(el)).to.equal('intro');
      expect(el.result).to.equal(null);
    });

    it('hides its light-DOM fallback once upgraded', async () => {
      const el = await fixture<SmMaturityCheck>(
        html`<sm-maturity-check persist="none"><a href="/check">Doe de check</a></sm-maturity-check>`,
      );
      await settle(el);
      expect((el.querySelector('a') as HTMLElement).offsetParent).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires sm-start, sm-answer with its detail, and sm-complete with the result', async () => {
      const el = await mount();
      const started = oneEvent(el, 'sm-start');
      await realClick($(el, 'button[data-action="start"]'));
      const start = await started;
      expect(start.bubbles && start.composed).to.equal(true);
      const answered = oneEvent(el, 'sm-answer');
      await realClick($$(el, 'label[part~="option"]')[1] as Element);
      const answer = await answered;
      const q0 = defaultConfig.questions[0]!;
      expect(answer.detail).to.deep.equal({ questionId: q0.id, answer: q0.options[1]!.id, step: 1, total });
      const completed = oneEvent(el, 'sm-complete');
      await finishByMouse(el);
      const { detail } = await completed;
      expect(detail.result.segment.id).to.equal(el.result?.segment.id);
      expect(detail.result.overall).to.deep.equal(el.result?.overall);
    });

    it('fires nothing when properties are set by the host', async () => {
      const el = await mount();
      const seen: string[] = [];
      for (const type of ['sm-start', 'sm-answer', 'sm-complete', 'sm-error', 'sm-share'])
        el.addEventListener(type, () => seen.push(type));
      el.lang = 'en';
      el.persist = 'local';
      el.reset();
      await settle(el);
      expect(seen).to.deep.equal([]);
    });

    it('does not move on without an answer, and says why', async () => {
      const el = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await realClick($(el, 'button[data-action="next"]'));
      await settle(el);
      expect($(el, 'progress').getAttribute('value')).to.equal('1');
      expect($(el, '#required').textContent).to.equal('Kies eerst een antwoord.');
    });
  });

  describe('keyboard', () => {
    it('completes the whole quiz with the keyboard alone', async () => {
      const el = await mount();
      await tabTo(el, (f) => f.dataset['action'] === 'start');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let i = 0; i < total; i++) {
        expect(focused(el)?.tagName, `focus on the heading of question ${i + 1}`).to.equal('H2');
        await tabTo(el, (f) => f.tagName === 'INPUT');
        await sendKeys({ press: 'Space' });
        await tabTo(el, (f) => f.dataset['action'] === 'next');
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(step(el)).to.equal('results');
      expect(focused(el)?.textContent).to.equal('Je resultaat');
    });

    it('changes a radio answer with the arrow keys without moving on', async () => {
      const el = await mount();
      await tabTo(el, (f) => f.dataset['action'] === 'start');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await tabTo(el, (f) => f.tagName === 'INPUT');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      const checked = $$<HTMLInputElement>(el, 'input').findIndex((i) => i.checked);
      expect(checked).to.equal(1);
      expect($(el, 'progress').getAttribute('value')).to.equal('1');
    });
  });
});
