/**
 * `readShareCode`: a code decodes only to a complete answer set of its config and version, says
 * 'other-version' for a code made for another version of the same config, and every config the
 * validator accepts has codes its own decoder reads (the length cap follows from the config).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LIMITS } from '../../src/core/limits.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import type { Config } from '../../src/core/schema.ts';
import { encodeShareCode, readShareCode, shareCodeLength } from '../../src/core/share-code.ts';
import { costlyConfig } from './costly-config.ts';
import { completeArb } from './complete-answers.ts';
import { configArb, fixture } from './fixtures.ts';

const complete = { freq: 'monthly', channels: ['linkedin'], learn: 'mid' };
const good = encodeShareCode(fixture, complete);

describe('readShareCode', () => {
  const cases: [name: string, code: unknown, expected: ReturnType<typeof readShareCode>, config?: Config][] = [
    ['a code of this config and version', good, { ok: true, answers: complete }],
    [
      'a code of another version of this config',
      good,
      { ok: false, reason: 'other-version' },
      { ...fixture, version: '2' },
    ],
    [
      'a code of another version with other questions (another length)',
      encodeShareCode({ ...fixture, version: '2', questions: fixture.questions.slice(0, 2) }, {}),
      { ok: false, reason: 'other-version' },
    ],
    ['a code of another config', good, { ok: false, reason: 'invalid' }, { ...fixture, id: 'other' }],
    ['no answers (the empty set)', encodeShareCode(fixture, {}), { ok: false, reason: 'invalid' }],
    ['some answers', encodeShareCode(fixture, { freq: 'monthly', learn: 'mid' }), { ok: false, reason: 'invalid' }],
    ['a truncated code', good.slice(0, -1), { ok: false, reason: 'invalid' }],
    ['a changed checksum', `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`, { ok: false, reason: 'invalid' }],
    ['an empty string', '', { ok: false, reason: 'invalid' }],
    [
      'a code of the longest length plus one',
      `2${'A'.repeat(LIMITS.shareCodeChars)}`,
      { ok: false, reason: 'invalid' },
    ],
    ['not a string', ['2'], { ok: false, reason: 'invalid' }],
  ];
  for (const [name, code, expected, config] of cases)
    it(name, () => assert.deepEqual(readShareCode(config ?? fixture, code), expected));
});

describe('every accepted config can read its own codes', () => {
  it('random valid configs: a complete answer set round-trips, in shareCodeLength ≤ the cap characters', () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => completeArb(config).map((answers) => ({ config, answers }))),
        ({ config, answers }) => {
          const code = encodeShareCode(config, answers);
          assert.equal(code.length, shareCodeLength(config));
          assert.ok(code.length <= LIMITS.shareCodeChars);
          assert.deepEqual(readShareCode(config, code), { ok: true, answers });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the longest codes: 60 multiple-choice questions of 12 options (accepted) read back', () => {
    const shape = {
      name: 'widest',
      type: 'multiple' as const,
      options: 12,
      value: 1,
      weight: 1,
      classes: 1,
      dimensions: 1,
    };
    const wide = costlyConfig(shape, LIMITS.questions);
    // Profile questions (weight 0) but the first: as wide a code as can be, at a small model cost.
    wide.questions.slice(1).forEach((q) => (q.weight = 0));
    const parsed = parseConfig(wide);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error);
    const config = parsed.data;
    assert.equal(shareCodeLength(config), LIMITS.shareCodeChars);
    fc.assert(
      fc.property(completeArb(config), (answers) => {
        assert.deepEqual(readShareCode(config, encodeShareCode(config, answers)), { ok: true, answers });
      }),
      { numRuns: 100 },
    );
  });
});
