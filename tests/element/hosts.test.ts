// Host pages that get in the way: CSS that resets everything, right-to-left text, very long
// labels, reduced motion. An element moved around mid-quiz and a shared link: hosts-moved.test.ts.
import { fixture, html, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import {
  $,
  $$,
  answer,
  axeViolations,
  completeByMouse,
  focused,
  mountInDiv as mount,
  progressText,
  realClick,
  sendKeys,
  settle,
  shadow,
  step,
  tabTo,
  untilStep,
} from './helpers.ts';

const total = defaultConfig.questions.length;
const panel = (el: SmMaturityCheck) => $(el, '[part~="panel"]');

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

/**
 * What in the widget would move: every element (and its ::before/::after) with a transition or an
 * animation longer than 0 s, or smooth scrolling, as 'tag.class property: value' strings.
 */
function moving(el: SmMaturityCheck): string[] {
  const found: string[] = [];
  const longer = (list: string) => list.split(',').some((d) => parseFloat(d) > 0);
  for (const node of [el, ...shadow(el).querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const css = getComputedStyle(node, pseudo);
      const name = `${node.localName}${node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''}${pseudo ?? ''}`;
      if (css.transitionProperty !== 'none' && longer(css.transitionDuration))
        found.push(`${name} transition: ${css.transitionProperty} ${css.transitionDuration}`);
      if (css.animationName !== 'none' && longer(css.animationDuration))
        found.push(`${name} animation: ${css.animationName} ${css.animationDuration}`);
      if (css.scrollBehavior === 'smooth') found.push(`${name} scroll-behavior: smooth`);
    }
  }
  return found;
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
        // A config set as a property is validated by a chunk loaded on demand: wait for the intro.
        await untilStep(el, 'intro');
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

    it('completes with reduced motion: nothing in the widget transitions, animates or scrolls smoothly', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const { el } = await mount();
      expect(moving(el), 'on the intro').to.deep.equal([]);
      await realClick($(el, 'button[data-action="start"]'));
      await settle(el);
      for (let guard = 0; step(el) === 'question' && guard < 100; guard++) {
        expect(moving(el), `on ${progressText(el)}`).to.deep.equal([]);
        expect(el.shadowRoot!.getAnimations().length).to.equal(0);
        await answer(el);
      }
      expect(step(el)).to.equal('results');
      expect(moving(el), 'on the results').to.deep.equal([]);
      expect(el.shadowRoot!.getAnimations().length).to.equal(0);

      // The control: the check does see motion when a rule adds it (so the assertions above can fail).
      const motion = new CSSStyleSheet();
      motion.replaceSync('button { transition: background-color 0.2s } h2 { animation: spin 1s } @keyframes spin {}');
      const sheets = shadow(el).adoptedStyleSheets;
      shadow(el).adoptedStyleSheets = [...sheets, motion];
      try {
        const seen = moving(el).join(' | ');
        expect(seen).to.match(/button.* transition: background-color 0\.2s/);
        expect(seen).to.match(/h2.* animation: spin 1s/);
      } finally {
        shadow(el).adoptedStyleSheets = sheets;
      }
    });

    // Forced colours: @web/test-runner-commands 0.9.0 emulates it for Playwright only, so it is
    // tested with puppeteer in tests/pages/environments.test.ts.
  });
});
