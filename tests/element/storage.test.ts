// Storage that fails: a forbidden or full localStorage; resuming saved progress, two instances,
// persist="none". Whatever storage does, the visitor finishes the check; write failures are reported
// once. Corrupted or foreign saved state: storage-corrupt.test.ts.
import { expect } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import {
  $,
  answer,
  checkedValues,
  completeByMouse,
  createIn,
  progressText,
  realClick,
  settle,
  step,
  storageHooks,
  stored as storedAt,
  type ErrorCapture,
} from './helpers.ts';

const total = defaultConfig.questions.length;
const KEY = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;
const q = (i: number) => defaultConfig.questions[i]!;

let container: HTMLElement;
let errors: ErrorCapture['errors'];
let uncaught: string[];

const create = (attributes: Record<string, string> = {}): Promise<SmMaturityCheck> => createIn(container, attributes);
const stored = (key = KEY) => storedAt(key);

describe('storage', () => {
  storageHooks((c, capture) => {
    container = c;
    ({ errors, uncaught } = capture);
  });

  describe('failing storage', () => {
    it('completes when reading localStorage throws (SecurityError), and reports storage once', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
      expect(original, 'localStorage is an own property of window').to.not.equal(undefined);
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const el = await create({ persist: 'local' });
        expect(step(el)).to.equal('intro');
        await completeByMouse(el);
        expect(step(el)).to.equal('results');
        expect(el.result?.overall.percentile).to.be.within(1, 99);
        expect(errors.map((e) => e.code)).to.deep.equal(['storage']);
      } finally {
        Object.defineProperty(window, 'localStorage', original!);
      }
      expect(uncaught).to.deep.equal([]);
    });

    it('completes when setItem throws QuotaExceededError, and reports storage once', async () => {
      const setItem = Storage.prototype.setItem;
      let attempts = 0;
      Storage.prototype.setItem = function () {
        attempts++;
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      };
      try {
        const el = await create({ persist: 'local' });
        await completeByMouse(el, 'last');
        expect(step(el)).to.equal('results');
        expect(el.result).to.not.equal(null);
        expect(attempts, 'the widget did try to save').to.be.greaterThan(1);
        expect(errors.map((e) => e.code)).to.deep.equal(['storage']);
        expect(errors[0]?.message).to.be.a('string').and.not.equal('');
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(localStorage.length).to.equal(0);
      expect(uncaught).to.deep.equal([]);
    });

    it('reports storage once per instance that cannot save, not once per step', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      };
      try {
        const el = await create({ persist: 'local' });
        await realClick($(el, 'button[data-action="start"]'));
        await settle(el);
        for (let i = 0; i < 4; i++) await answer(el, 0);
        await realClick($(el, 'button[data-action="back"]'));
        await settle(el);
        expect(errors.filter((e) => e.code === 'storage').length).to.equal(1);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('resume', () => {
    it('offers to resume after the element is recreated, with earlier answers kept', async () => {
      const first = await create({ persist: 'local' });
      await realClick($(first, 'button[data-action="start"]'));
      await settle(first);
      const picks = [3, 2, 1];
      for (const pick of picks) await answer(first, pick);
      expect(progressText(first)).to.equal(`Vraag 4 van ${total}`);
      expect(stored()).to.include({ v: 1, step: 'question', index: 3 });
      first.remove();

      const again = await create({ persist: 'local' });
      expect(step(again)).to.equal('intro');
      const resume = $(again, 'button[data-action="resume"]');
      expect(resume?.textContent?.trim()).to.equal(`Ga verder bij vraag 4 van ${total}`);
      expect($(again, 'button[data-action="start"]')?.textContent?.trim()).to.equal('Begin opnieuw');
      await realClick(resume);
      await settle(again);
      expect(progressText(again)).to.equal(`Vraag 4 van ${total}`);
      for (let i = picks.length - 1; i >= 0; i--) {
        await realClick($(again, 'button[data-action="back"]'));
        await settle(again);
        expect(progressText(again)).to.equal(`Vraag ${i + 1} van ${total}`);
        expect(checkedValues(again), `answer to question ${i + 1}`).to.deep.equal([q(i).options[picks[i]!]!.id]);
      }
    });

    it("'Begin opnieuw' starts at question 1 with nothing chosen", async () => {
      const first = await create({ persist: 'local' });
      await realClick($(first, 'button[data-action="start"]'));
      await settle(first);
      for (let i = 0; i < 3; i++) await answer(first, 1);
      first.remove();

      const again = await create({ persist: 'local' });
      expect($(again, 'button[data-action="resume"]')).to.not.equal(null);
      await realClick($(again, 'button[data-action="start"]'));
      await settle(again);
      expect(progressText(again)).to.equal(`Vraag 1 van ${total}`);
      expect(checkedValues(again)).to.deep.equal([]);
      expect($(again, 'button[data-action="back"]')).to.equal(null);
    });

    it('shows a completed result again after the element is recreated', async () => {
      const first = await create({ persist: 'local' });
      await completeByMouse(first, 'last');
      const score = first.result?.overall.score;
      first.remove();
      const again = await create({ persist: 'local' });
      expect(step(again)).to.equal('results');
      expect(again.result?.overall.score).to.equal(score);
    });
  });

  describe('instances', () => {
    it('keeps the progress of two instances with ids a and b apart', async () => {
      const a = await create({ id: 'a', persist: 'local' });
      const b = await create({ id: 'b', persist: 'local' });
      await realClick($(a, 'button[data-action="start"]'));
      await settle(a);
      await answer(a, 3);
      await answer(a, 3);
      await realClick($(b, 'button[data-action="start"]'));
      await settle(b);
      await answer(b, 1);
      expect(progressText(a)).to.equal(`Vraag 3 van ${total}`);
      expect(progressText(b)).to.equal(`Vraag 2 van ${total}`);
      expect(stored(`${KEY}#a`)).to.include({ index: 2 });
      expect(stored(`${KEY}#b`)).to.include({ index: 1 });
      expect(stored(`${KEY}#a`).answers[q(0).id]).to.equal(q(0).options[3]!.id);
      expect(stored(`${KEY}#b`).answers[q(0).id]).to.equal(q(0).options[1]!.id);

      a.remove();
      b.remove();
      const a2 = await create({ id: 'a', persist: 'local' });
      const b2 = await create({ id: 'b', persist: 'local' });
      expect($(a2, 'button[data-action="resume"]')?.textContent?.trim()).to.equal(`Ga verder bij vraag 3 van ${total}`);
      expect($(b2, 'button[data-action="resume"]')?.textContent?.trim()).to.equal(`Ga verder bij vraag 2 van ${total}`);
      await completeByMouse(b2);
      expect(step(b2)).to.equal('results');
      expect(step(a2)).to.equal('intro');
      expect(stored(`${KEY}#a`)).to.include({ step: 'question', index: 2 });
    });
  });

  describe('persist="none"', () => {
    it('writes nothing to localStorage through a whole check', async () => {
      const el = await create({ persist: 'none' });
      await completeByMouse(el);
      expect(step(el)).to.equal('results');
      expect(localStorage.length).to.equal(0);
      expect(errors).to.deep.equal([]);
    });

    it('neither reads nor offers state saved earlier', async () => {
      localStorage.setItem(
        KEY,
        JSON.stringify({ v: 1, step: 'question', index: 2, answers: { [q(0).id]: 'never', [q(1).id]: 'never' } }),
      );
      const el = await create({ persist: 'none' });
      expect($(el, 'button[data-action="resume"]')).to.equal(null);
      expect($(el, 'button[data-action="start"]')).to.not.equal(null);
    });
  });
});
