import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isComplete, sanitizeAnswers, type Answers } from '../../src/core/answers.ts';
import { LIMITS } from '../../src/core/limits.ts';
import type { Config } from '../../src/core/schema.ts';
import { decodeShareCode, encodeShareCode, shareCodeLength } from '../../src/core/share-code.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { answersArb, configAndAnswersArb, fixture } from './fixtures.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const fnv = (text: string) => {
  let hash = 0x811c9dc5;
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
};
const chars = (bits: string) => {
  const padded = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < padded.length; i += 6) out += ALPHABET[parseInt(padded.slice(i, i + 6), 2)];
  return out;
};
const checksum = (config: Config, body: string) =>
  chars((fnv(`${config.id}\n${config.version}\n${body}`) >>> 2).toString(2).padStart(30, '0'));

/**
 * An independent writer of the documented layout: '2', a tag of 12 bits of FNV-1a over the id and
 * 12 over `id\nversion`, the bits in base64url (zero-padded), and 30 bits of FNV-1a over
 * `id\nversion\ntag+payload` as five characters. Lets tests forge codes with a valid checksum
 * but bad content.
 */
function forge(config: Config, bits: string): string {
  const tag = chars(
    (fnv(config.id) >>> 20).toString(2).padStart(12, '0') +
      (fnv(`${config.id}\n${config.version}`) >>> 20).toString(2).padStart(12, '0'),
  );
  const body = tag + chars(bits);
  return `2${body}${checksum(config, body)}`;
}

/** The 0.1.0 layout (still read): '1', the payload, the checksum over `id\nversion\npayload`. */
function forgeV1(config: Config, bits: string): string {
  return `1${chars(bits)}${checksum(config, chars(bits))}`;
}

const polluted = () => ({}) as Record<string, unknown>;

describe('encodeShareCode', () => {
  // fixture bits: freq 2 bits (index + 1), channels 4-bit mask, learn 2 bits = 8 bits → 2 chars.
  const table: { name: string; answers: Answers; bits: string }[] = [
    { name: 'nothing answered', answers: {}, bits: '00' + '0000' + '00' },
    // monthly = index 1 → 2 = 10; linkedin = 1000; mid → 10. 10100010 + 0000 → 'o' (40), 'g' (32)
    { name: 'middle', answers: { freq: 'monthly', channels: ['linkedin'], learn: 'mid' }, bits: '10' + '1000' + '10' },
    {
      name: 'highest',
      answers: { freq: 'weekly', channels: ['linkedin', 'twitter', 'blog'], learn: 'high' },
      bits: '11' + '1110' + '11',
    },
    { name: 'exclusive', answers: { channels: ['none'] }, bits: '00' + '0001' + '00' },
  ];
  for (const c of table) {
    // Only a complete answer set decodes (an incomplete one is encoded, but no result makes it).
    const complete = Object.keys(c.answers).length === fixture.questions.length;
    it(`${c.name}: the documented layout; ${complete ? 'decodes' : 'incomplete: does not decode'}`, () => {
      const code = encodeShareCode(fixture, c.answers);
      assert.equal(code, forge(fixture, c.bits));
      assert.equal(code.length, 1 + 4 + 2 + 5);
      assert.deepEqual(decodeShareCode(fixture, code), complete ? c.answers : null);
      // The same answers in the 0.1.0 layout still decode.
      assert.deepEqual(decodeShareCode(fixture, forgeV1(fixture, c.bits)), complete ? c.answers : null);
    });
  }
  it('middle spells 2…og…', () =>
    assert.equal(
      encodeShareCode(fixture, { freq: 'monthly', channels: ['linkedin'], learn: 'mid' }).slice(0, 1) +
        encodeShareCode(fixture, { freq: 'monthly', channels: ['linkedin'], learn: 'mid' }).slice(5, 7),
      '2og',
    ));

  it('codes for the default config are at most 40 characters', () => {
    // Every code for one config has the same length: the layout is fixed by the questions.
    const all: Answers = {};
    for (const q of defaultConfig.questions)
      all[q.id] = q.type === 'multiple' ? q.options.filter((o) => !o.exclusive).map((o) => o.id) : q.options.at(-1)!.id;
    const code = encodeShareCode(defaultConfig, all);
    assert.ok(code.length <= 40, code);
    assert.equal(encodeShareCode(defaultConfig, {}).length, code.length);
    assert.equal(shareCodeLength(defaultConfig), code.length);
    assert.deepEqual(decodeShareCode(defaultConfig, code), all);
  });

  it('encodes only the valid part of raw answers', () => {
    const raw = { freq: 'weekly', learn: 'low', channels: ['blog', 'linkedin', 'blog', 'zzz'], extra: 'x' } as Answers;
    assert.deepEqual(decodeShareCode(fixture, encodeShareCode(fixture, raw)), {
      freq: 'weekly',
      channels: ['linkedin', 'blog'],
      learn: 'low',
    });
  });
});

describe('decodeShareCode rejects', () => {
  const good = encodeShareCode(fixture, { freq: 'monthly', channels: ['linkedin'], learn: 'mid' });
  const cases: [name: string, code: unknown, config?: Config][] = [
    ['another config id', good, { ...fixture, id: 'fixture-b' }],
    ['another config version', good, { ...fixture, version: '2' }],
    ['a wrong version character', `3${good.slice(1)}`],
    ['a version-2 body behind the version-1 character', `1${good.slice(1)}`],
    ['a character outside base64url', `${good.slice(0, 2)}+${good.slice(3)}`],
    ['padding characters', `${good}=`],
    ['trailing garbage', `${good}A`],
    ['a missing character', good.slice(0, -1)],
    ['a changed payload', `${good.slice(0, 5)}oh${good.slice(7)}`],
    ['a changed checksum', `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`],
    ['an exclusive option with others', forge(fixture, '00' + '1001' + '00')],
    ['non-zero padding', forge(fixture, '00' + '0000' + '00' + '0001')],
    ['an empty string', ''],
    ['a code over the length cap', '1'.repeat(LIMITS.shareCodeChars + 1)],
    ['a huge string', 'A'.repeat(1_000_000)],
    ['not a string', 42],
    ['null', null],
    ['an object', { toString: () => good }],
  ];
  for (const [name, code, config] of cases)
    it(name, () => assert.equal(decodeShareCode(config ?? fixture, code), null));

  it('an option index out of range', () => {
    // Two options need 2 bits (0 = open, 1–2 = options); 3 is out of range.
    const two: Config = {
      ...fixture,
      questions: [
        {
          ...fixture.questions[0]!,
          options: fixture.questions[0]!.options.slice(0, 2),
          benchmark: { ...fixture.questions[0]!.benchmark, shares: { starter: [0.5, 0.5], voorloper: [0, 1] } },
        },
      ],
    };
    assert.deepEqual(decodeShareCode(two, forge(two, '10')), { freq: 'monthly' });
    assert.equal(decodeShareCode(two, forge(two, '11')), null);
  });
});

describe('share code properties', () => {
  it('round trip on the fixture: decode(encode(a)) = sanitised a when complete, else null', () => {
    fc.assert(
      fc.property(answersArb(fixture), (answers) => {
        const clean = sanitizeAnswers(fixture, answers);
        assert.deepEqual(
          decodeShareCode(fixture, encodeShareCode(fixture, answers)),
          isComplete(fixture, clean) ? clean : null,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('round trip on random configs, URL-safe', () => {
    fc.assert(
      fc.property(configAndAnswersArb, ({ config, answers }) => {
        const code = encodeShareCode(config, answers);
        assert.match(code, /^2[A-Za-z0-9_-]+$/);
        assert.equal(encodeURIComponent(code), code);
        const clean = sanitizeAnswers(config, answers);
        assert.deepEqual(decodeShareCode(config, code), isComplete(config, clean) ? clean : null);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary input, and never pollutes Object.prototype', () => {
    const inputs = fc.oneof(
      fc.anything({ key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'freq', 'polluted') }),
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^1[A-Za-z0-9_-]{7}$/),
      fc.stringMatching(/^[A-Za-z0-9_=+/-]{0,130}$/),
    );
    fc.assert(
      fc.property(inputs, (code) => {
        const decoded = decodeShareCode(fixture, code);
        assert.ok(decoded === null || typeof decoded === 'object');
        assert.equal(polluted().polluted, undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('a random well-formed code that decodes is canonical (re-encodes to itself)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{8}$/), (bits) => {
        const code = forge(fixture, parseInt(bits, 16).toString(2).padStart(32, '0').slice(0, 8));
        const decoded = decodeShareCode(fixture, code);
        if (decoded) assert.equal(encodeShareCode(fixture, decoded), code);
      }),
      { numRuns: 1000 },
    );
  });
});
