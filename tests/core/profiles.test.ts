/**
 * The content review's seven visitor profiles (and the extremes) as a table: the segment each must
 * get, the suggestions each must and must not get, and the person/organisation split — checked in
 * both languages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig as config } from '../../src/content/report-2011.ts';
import { scoreAnswers } from '../../src/core/scoring.ts';
import { profiles, top } from './profiles-data.ts';

describe('visitor profiles', () => {
  for (const p of profiles) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${p.name} (${lang})`, () => {
        const r = scoreAnswers(config, p.answers, { lang });
        const ids = r.suggestions.map((s) => s.id);
        assert.equal(r.segment.id, p.segment);
        assert.equal(r.segment.label, config.segments.find((s) => s.id === p.segment)!.label[lang]);
        for (const id of p.must) assert.ok(ids.includes(id), `${id} missing from ${ids.join(', ')}`);
        for (const id of p.mustNot) assert.ok(!ids.includes(id), `${id} should not be in ${ids.join(', ')}`);
        assert.ok(ids.length >= 3);
        for (const s of r.suggestions) {
          const source = config.suggestions.find((x) => x.id === s.id)!;
          assert.equal(s.title, source.title[lang]);
          assert.equal(s.reason, source.reason?.[lang]);
        }
        assert.ok(r.person && r.organisation);
        if (p.ahead === 'person') assert.ok(r.person.percentile > r.organisation.percentile + 20);
        if (p.ahead === 'organisation') assert.ok(r.organisation.percentile > r.person.percentile + 20);
      });
    }
  }
  it('a power user reaches 100 overall and in every area (no closed network holds them back)', () => {
    const r = scoreAnswers(config, top);
    assert.equal(r.overall.score, 100);
    for (const d of r.dimensions) assert.equal(d.score, 100, d.id);
  });
});
