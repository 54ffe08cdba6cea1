// Host pages that move the element around mid-quiz (as frameworks do), and a shared link in the
// page address: the shared result, in RTL and English, and a tampered link's notice.
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { encodeShareCode } from '../../src/core/share-code.ts';
import {
  $,
  $$,
  answer,
  axeViolations,
  lastAnswers,
  mountInDiv as mount,
  progressText,
  realClick,
  settle,
  step,
} from './helpers.ts';

const total = defaultConfig.questions.length;

describe('hostile and unusual hosts', () => {
  afterEach(() => localStorage.clear());

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
