// Host pages that get in the way: CSS that resets everything, right-to-left text, very long
// labels, reduced motion and forced colours, an element moved around mid-quiz, a shared link.
import { fixture, html, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { encodeShareCode } from '../../src/core/share-code.ts';
import type { Answers } from '../../src/core/answers.ts';
import { $, $$, axeViolations, completeByMouse, focused, realClick, sendKeys, settle, step, tabTo } from './helpers.ts';

const total = defaultConfig.questions.length;
const panel = (el: SmMaturityCheck) => $(el, '[part~="panel"]');
const progressText = (el: SmMaturityCheck) => $(el, '#progress')?.textContent?.trim();

async function mount(template = html`<sm-maturity-check persist="none"></sm-maturity-check>`) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
  await settle(el);
  return { root, el };
}

async function answer(el: SmMaturityCheck, pick = 0) {
  await realClick($$(el, 'label[part~="option"]')[pick] as Element);
  await settle(el);
  await realClick($(el, 'button[data-action="next"]'));
  await settle(el);
}

function expectTargets(el: SmMaturityCheck, where: string) {
  const targets = [...$$(el, 'button'), ...$$(el, 'label[part~="option"]')];
  expect(targets.length, `targets on ${where}`).to.be.greaterThan(0);
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    const name = `${target.tagName} "${target.textContent?.trim().slice(0, 30)}" on ${where}`;
    expect(box.width, `${name} width`).to.be.at.least(24);
    expect(box.height, `${name} height`).to.be.at.least(24);
  }
}

function expectNoOverflow(el: SmMaturityCheck, where: string) {
  const box = panel(el);
  expect(box.scrollWidth, `panel scrollWidth on ${where} (clientWidth ${box.clientWidth})`).to.be.at.most(
    box.clientWidth + 1,
  );
}

function lastAnswers(): Answers {
  const answers: Answers = {};
  for (const q of defaultConfig.questions) {
    const id = q.options[q.options.length - 1]!.id;
    answers[q.id] = q.type === 'multiple' ? [id] : id;
  }
  return answers;
}

describe('hostile and unusual hosts', () => {
  afterEach(() => localStorage.clear());

  describe('host CSS', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = '* { all: unset } html { font-size: 10px }';
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('completes by keyboard under `* { all: unset }` and `html { font-size: 10px }`, targets still ≥ 24 px', async () => {
      const { el } = await mount();
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      expectTargets(el, 'the intro');
      await tabTo(el, (f) => f.dataset['action'] === 'start');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      for (let i = 0; i < total; i++) {
        expect(focused(el)?.tagName, `focus on the heading of question ${i + 1}`).to.equal('H2');
        if (i === 0 || defaultConfig.questions[i]?.type === 'multiple') expectTargets(el, `question ${i + 1}`);
        await tabTo(el, (f) => f.tagName === 'INPUT');
        await sendKeys({ press: 'Space' });
        await tabTo(el, (f) => f.dataset['action'] === 'next');
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(step(el)).to.equal('results');
      expectTargets(el, 'the results');
    });
  });

  describe('right to left', () => {
    it('mirrors the layout under dir="rtl": next on the left of back, options start on the right', async () => {
      const root = await fixture<HTMLElement>(
        html`<div dir="rtl"><sm-maturity-check persist="none"></sm-maturity-check></div>`,
      );
      const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
      await settle(el);
      expect(getComputedStyle(panel(el)).direction).to.equal('rtl');
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await answer(el);
      expect(progressText(el)).to.equal(`Vraag 2 van ${total}`);
      const next = $(el, 'button[data-action="next"]').getBoundingClientRect();
      const back = $(el, 'button[data-action="back"]').getBoundingClientRect();
      expect(next.right, 'next ends left of where back starts').to.be.at.most(back.left);
      const label = $$(el, 'label[part~="option"]')[0]!;
      const input = label.querySelector('input')!.getBoundingClientRect();
      const text = label.querySelector('span')!.getBoundingClientRect();
      expect(input.left, 'the radio sits right of its text').to.be.at.least(text.right);
    });

    it('has no axe violations in RTL on the intro, a question and the results', async () => {
      const root = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="en"><sm-maturity-check persist="none"></sm-maturity-check></div>`,
      );
      const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
      await settle(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await answer(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.reset();
      await settle(el);
      await completeByMouse(el, 'last');
      expect(step(el)).to.equal('results');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('long texts', () => {
    const spaced = (seed: string) => `${seed} `.repeat(60).slice(0, 300).trim().padEnd(300, 'x');
    const unbroken = (seed: string) => seed.repeat(300).slice(0, 300);

    async function longConfig() {
      const config = (await (await fetch('/tests/element/fixtures/two-questions.json')).json()) as {
        title: { nl: string; en: string };
        questions: { text: { nl: string; en: string }; options: { label: { nl: string; en: string } }[] }[];
      };
      config.title = { nl: spaced('Titel'), en: spaced('Title') };
      config.questions.forEach((q, qi) => {
        q.text =
          qi === 0
            ? { nl: spaced('Vraagtekst'), en: spaced('Question') }
            : { nl: unbroken('Vraag'), en: unbroken('Question') };
        q.options.forEach((o, oi) => {
          o.label =
            oi % 2
              ? { nl: unbroken(`Antwoord${oi}`), en: unbroken(`Answer${oi}`) }
              : { nl: spaced(`Antwoord ${oi}`), en: spaced(`Answer ${oi}`) };
        });
      });
      expect(config.questions[1]!.options[1]!.label.nl.length).to.equal(300);
      return config;
    }

    for (const width of [320, 800]) {
      it(`shows 300-character questions and labels without horizontal overflow at ${width} px`, async () => {
        const config = await longConfig();
        const root = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <sm-maturity-check persist="none" .config=${config}></sm-maturity-check>
          </div>`,
        );
        const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
        for (let i = 0; i < 50 && step(el) !== 'intro'; i++) await new Promise((r) => setTimeout(r, 20));
        await settle(el);
        expect(step(el)).to.equal('intro');
        expectNoOverflow(el, 'the intro');
        await realClick($(el, 'button[data-action="start"]'));
        await settle(el);
        for (let i = 1; step(el) === 'question'; i++) {
          expect(progressText(el)).to.equal(`Vraag ${i} van 2`);
          expectNoOverflow(el, `question ${i}`);
          expectTargets(el, `question ${i}`);
          await answer(el, 1);
        }
        expect(step(el)).to.equal('results');
        expectNoOverflow(el, 'the results');
      });
    }
  });

  describe('media preferences', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

    it('completes with reduced motion, without running animations', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const { el } = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      for (let guard = 0; step(el) === 'question' && guard < 100; guard++) {
        expect(el.shadowRoot!.getAnimations().length).to.equal(0);
        await answer(el);
      }
      expect(step(el)).to.equal('results');
      expect(el.shadowRoot!.getAnimations().length).to.equal(0);
    });

    // Forced colours: @web/test-runner-commands 0.9.0 emulates it for Playwright only, so it is
    // tested with puppeteer in tests/pages/environments.test.ts.
  });

  describe('moved around the page', () => {
    it('keeps its step and answer through 50 removals and re-insertions mid-quiz, with no leaked listeners', async () => {
      const { root: container, el } = await mount();
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      await answer(el, 2);
      await answer(el, 1);
      await realClick($$(el, 'label[part~="option"]')[3] as Element);
      await settle(el);
      expect(progressText(el)).to.equal(`Vraag 3 van ${total}`);

      // Count listeners added to and removed from anything outside the widget's own template.
      const outside = new Set<EventTarget>([window, document, document.documentElement, document.body, container, el]);
      const net = new Map<EventTarget, number>();
      const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        ...args: Parameters<EventTarget['addEventListener']>
      ) {
        if (outside.has(this)) net.set(this, (net.get(this) ?? 0) + 1);
        return add.apply(this, args);
      };
      EventTarget.prototype.removeEventListener = function (
        this: EventTarget,
        ...args: Parameters<EventTarget['removeEventListener']>
      ) {
        if (outside.has(this)) net.set(this, (net.get(this) ?? 0) - 1);
        return remove.apply(this, args);
      };
      try {
        for (let i = 0; i < 50; i++) {
          el.remove();
          container.append(el);
          if (i % 10 === 0) await settle(el);
        }
        await settle(el);
      } finally {
        EventTarget.prototype.addEventListener = add;
        EventTarget.prototype.removeEventListener = remove;
      }
      expect(
        [...net.values()].filter((n) => n > 0),
        'listeners left behind',
      ).to.deep.equal([]);

      expect(step(el)).to.equal('question');
      expect(progressText(el)).to.equal(`Vraag 3 van ${total}`);
      expect($$<HTMLInputElement>(el, 'input').findIndex((i) => i.checked)).to.equal(3);
      // One click, one event: a listener bound again on each connect would fire twice or more.
      const answers: Event[] = [];
      el.addEventListener('sm-answer', (e) => answers.push(e));
      await realClick($$(el, 'label[part~="option"]')[0] as Element);
      await settle(el);
      expect(answers.length).to.equal(1);
      await realClick($(el, 'button[data-action="back"]'));
      await settle(el);
      expect($$<HTMLInputElement>(el, 'input').findIndex((i) => i.checked)).to.equal(1);
      for (let guard = 0; step(el) === 'question' && guard < 100; guard++) {
        if (!$$<HTMLInputElement>(el, 'input').some((i) => i.checked))
          await realClick($$(el, 'label[part~="option"]')[0] as Element);
        await realClick($(el, 'button[data-action="next"]'));
        await settle(el);
      }
      expect(step(el)).to.equal('results');
      expect(el.result?.answers[defaultConfig.questions[0]!.id]).to.equal(defaultConfig.questions[0]!.options[2]!.id);
    });
  });

  describe('shared view', () => {
    const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
    afterEach(clearHash);

    it('shows a shared result with no axe violations', async () => {
      history.replaceState(null, '', `#sm=${encodeShareCode(defaultConfig, lastAnswers())}`);
      const { el } = await mount();
      expect(step(el)).to.equal('results');
      expect($(el, 'h2').textContent?.trim()).to.equal('Iemand heeft dit resultaat met je gedeeld');
      expect(el.result?.answers).to.deep.equal(lastAnswers());
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows a shared result in RTL and English with no axe violations', async () => {
      history.replaceState(null, '', `#sm=${encodeShareCode(defaultConfig, lastAnswers())}`);
      const root = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="en"><sm-maturity-check persist="none"></sm-maturity-check></div>`,
      );
      const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
      await settle(el);
      expect(step(el)).to.equal('results');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows the intro with a notice, and no axe violations, for a tampered link', async () => {
      const code = encodeShareCode(defaultConfig, lastAnswers());
      history.replaceState(null, '', `#sm=${code.slice(0, -2)}${code.endsWith('AA') ? 'BB' : 'AA'}`);
      const { el } = await mount();
      expect(step(el)).to.equal('intro');
      expect($(el, '.notice')).to.not.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
