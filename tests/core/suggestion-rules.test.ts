/**
 * The advice of the built-in content, as properties over random complete answers: every
 * suggestion shown is triggered by the answers (or the segment with them) and says why; every
 * visitor gets at least three, at least two of them triggered by answers; and for every
 * suggestion, the answers that must never trigger it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answers } from '../../src/core/answers.ts';
import { defaultConfig as config } from '../../src/content/report-2011.ts';
import { scoreAnswers, type Result } from '../../src/core/scoring.ts';
import { isHttpsUrl } from '../../src/core/limits.ts';

/** Random complete answers to the built-in questions. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    config.questions.map((q) => {
      const scoring = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const none = q.options.find((o) => o.exclusive)?.id;
      return [
        q.id,
        q.type === 'multiple'
          ? fc.subarray(scoring).map((ticked) => (ticked.length ? ticked : [none!]))
          : fc.constantFrom(...q.options.map((o) => o.id)),
      ];
    }),
  ),
);

const has = (a: Answers, question: string, ...options: string[]) =>
  options.some((o) => [a[question]].flat().includes(o));

/** For every built-in suggestion: when it must never be shown. */
const never: Record<string, (a: Answers, r: Result) => boolean> = {
  'linkedin-start': (a) => has(a, 'linkedin', 'weekly', 'daily'),
  orientation: (a) => !has(a, 'obstacles', 'unfamiliar'),
  goal: (a) => has(a, 'goals', 'goals', 'measured'),
  management: (a) => has(a, 'support', 'tolerated', 'supported'),
  time: (a) => !has(a, 'concerns', 'time', 'money'),
  publish: (a) => has(a, 'blog', 'weekly', 'daily') || has(a, 'share', 'weekly', 'daily'),
  measure: (a) => has(a, 'analytics', 'weekly', 'daily'),
  customers: (a) => has(a, 'insight', 'some', 'much'),
  listen: (a) => has(a, 'listening', 'regular', 'structural'),
  hire: (a) => has(a, 'experience', 'fair', 'much'),
  'share-inside': (a) => !has(a, 'learning', 'none'),
  filter: (a) => !has(a, 'obstacles', 'filtering'),
  'listen-deeper': (a) => has(a, 'listening', 'no', 'adhoc'),
  return: (a) => has(a, 'analytics', 'never', 'sometimes'),
  'lead-share': (a, r) => r.segment.id !== 'voorloper' || has(a, 'share', 'never', 'sometimes'),
  mentor: (a) => has(a, 'experience', 'none', 'little'),
};

describe('the advice of the built-in content', () => {
  it('states, for every suggestion, the answers that must never trigger it', () => {
    assert.deepEqual(Object.keys(never).sort(), config.suggestions.map((s) => s.id).sort());
  });

  it('never shows a suggestion to answers that rule it out', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreAnswers(config, answers);
        for (const s of r.suggestions) assert.ok(!never[s.id]!(answers, r), `${s.id} for ${JSON.stringify(answers)}`);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('gives everyone at least three suggestions, each triggered by their answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreAnswers(config, answers);
        assert.ok(r.suggestions.length >= 3, `${r.suggestions.length} for ${JSON.stringify(answers)}`);
        const byAnswer = r.suggestions.filter((s) =>
          config.suggestions.find((x) => x.id === s.id)!.when.some((c) => c.question !== undefined),
        );
        assert.ok(byAnswer.length >= 2);
      }),
      { numRuns: 1000, seed: 6 },
    );
  });

  it('has no untriggered fallback, and every suggestion has a reason and a 2–3 sentence body', () => {
    for (const s of config.suggestions) {
      assert.ok(s.when.length > 0, `${s.id} has no trigger`);
      assert.ok(
        s.when.some((c) => c.question !== undefined),
        `${s.id} is not about an answer`,
      );
      for (const lang of ['nl', 'en'] as const) {
        assert.match(s.reason?.[lang] ?? '', lang === 'nl' ? /^Omdat / : /^Because /, `${s.id} reason (${lang})`);
        const sentences = s.body[lang].split(/(?<=[.!?])\s+/).length;
        assert.ok(sentences >= 2 && sentences <= 3, `${s.id} body (${lang}) has ${sentences} sentences`);
      }
      if (s.url !== undefined) assert.ok(isHttpsUrl(s.url), s.url);
    }
  });

  it('the LinkedIn tip only goes to people who rarely or never use LinkedIn', () => {
    for (const linkedin of ['never', 'sometimes', 'weekly', 'daily']) {
      const shown = scoreAnswers(config, { linkedin }).suggestions.some((s) => s.id === 'linkedin-start');
      assert.equal(shown, linkedin === 'never' || linkedin === 'sometimes', linkedin);
    }
  });

  it('carries the reason into the result in the language asked for', () => {
    const r = scoreAnswers(config, { linkedin: 'never' }, { lang: 'en' });
    assert.equal(
      r.suggestions.find((s) => s.id === 'linkedin-start')?.reason,
      'Because you said you rarely or never use LinkedIn.',
    );
  });
});
