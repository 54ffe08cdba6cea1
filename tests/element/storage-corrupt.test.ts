// Corrupted or foreign saved state: whatever was saved, the visitor finishes the check, a usable
// part is offered to resume, and what is saved afterwards is this version's format.
import { expect } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import {
  $,
  answer,
  completeByMouse,
  createIn,
  progressText,
  realClick,
  settle,
  step,
  storageHooks,
  stored,
  type ErrorCapture,
} from './helpers.ts';

const total = defaultConfig.questions.length;
const KEY = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;
const q = (i: number) => defaultConfig.questions[i]!;

let container: HTMLElement;
let errors: ErrorCapture['errors'];
let uncaught: string[];

const create = (attributes: Record<string, string> = {}): Promise<SmMaturityCheck> => createIn(container, attributes);

describe('storage', () => {
  storageHooks((c, capture) => {
    container = c;
    ({ errors, uncaught } = capture);
  });

  describe('corrupted or foreign saved state', () => {
    const firstThree = {
      [q(0).id]: q(0).options[1]!.id,
      [q(1).id]: q(1).options[2]!.id,
      [q(2).id]: q(2).options[3]!.id,
    };
    const cases: { name: string; raw: string; history?: string; resumeAt?: number }[] = [
      { name: 'corrupted JSON', raw: '{"v":1,"step":"question","index":3,"answers":{' },
      { name: 'JSON null', raw: 'null' },
      { name: 'a JSON array', raw: '[1,2,3]' },
      { name: 'a JSON string', raw: '"question"' },
      {
        name: 'an older format version (v:0)',
        raw: JSON.stringify({ v: 0, step: 'question', index: 3, answers: firstThree }),
      },
      {
        name: 'a newer format version (v:99)',
        raw: JSON.stringify({ v: 99, step: 'question', index: 3, answers: firstThree, extra: [1] }),
      },
      { name: 'an unknown step', raw: JSON.stringify({ v: 1, step: 'done', index: 3, answers: firstThree }) },
      {
        name: 'an oversized state',
        raw: JSON.stringify({ v: 1, step: 'question', index: 3, answers: firstThree, pad: 'x'.repeat(30_000) }),
      },
      {
        name: 'an index beyond the questions',
        raw: JSON.stringify({ v: 1, step: 'question', index: 999, answers: firstThree }),
        resumeAt: 4,
      },
      {
        name: 'a negative, fractional index',
        raw: JSON.stringify({ v: 1, step: 'question', index: -2.5, answers: firstThree }),
        resumeAt: 1,
      },
      {
        name: 'results claimed with incomplete answers',
        raw: JSON.stringify({ v: 1, step: 'results', index: total - 1, answers: firstThree }),
        resumeAt: 4,
      },
      {
        name: 'answers with unknown question and option ids',
        raw: JSON.stringify({
          v: 1,
          step: 'question',
          index: 5,
          answers: { ghost: 'boo', __proto__x: ['a'], [q(0).id]: 'no-such-option', [q(1).id]: ['weekly'] },
        }),
        resumeAt: 1,
      },
      {
        name: 'corrupted history next to a valid state',
        raw: JSON.stringify({ v: 1, step: 'question', index: 3, answers: firstThree }),
        history: '{"last":',
        resumeAt: 4,
      },
    ];

    for (const c of cases) {
      it(`survives ${c.name}: the quiz completes`, async () => {
        localStorage.setItem(KEY, c.raw);
        if (c.history !== undefined) localStorage.setItem(`${KEY}:history`, c.history);
        const el = await create({ persist: 'local' });
        expect(step(el)).to.equal('intro');
        const resume = $(el, 'button[data-action="resume"]');
        if (c.resumeAt === undefined) {
          // Nothing usable was saved (or it was of a format this version cannot read): a fresh start.
          expect(resume, 'no resume offered for unusable state').to.equal(null);
          await completeByMouse(el);
        } else {
          expect(resume?.textContent?.trim()).to.equal(`Ga verder bij vraag ${c.resumeAt} van ${total}`);
          await realClick(resume);
          await settle(el);
          expect(step(el)).to.equal('question');
          expect(progressText(el)).to.equal(`Vraag ${c.resumeAt} van ${total}`);
          for (let guard = 0; step(el) === 'question' && guard < 100; guard++) await answer(el, 0);
        }
        expect(step(el)).to.equal('results');
        expect(el.result?.overall.percentile).to.be.within(1, 99);
        // What is saved now is this version's format, with only known questions and options.
        const saved = stored(KEY);
        expect(saved.v).to.equal(1);
        expect(saved.step).to.equal('results');
        expect(Object.keys(saved.answers)).to.deep.equal(defaultConfig.questions.map((x) => x.id));
        expect(JSON.parse(localStorage.getItem(`${KEY}:history`) ?? 'null')?.last?.overall).to.equal(
          el.result?.overall.score,
        );
        expect(errors).to.deep.equal([]);
        expect(uncaught).to.deep.equal([]);
      });
    }
  });
});
