// The consultancy's additions to the config format: declared languages, a brand, a call to
// action per segment and the delivery form's settings, as parseConfig sees them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/parse-config.ts';
import { pickLanguage } from '../../src/core/languages.ts';
import { fixture } from './fixtures.ts';

type Json = Record<string, unknown>;
const copy = (): Json => JSON.parse(JSON.stringify(fixture)) as Json;

/** Removes one language from every text object ({nl, en} with string values). */
function dropLanguage(node: unknown, lang: 'nl' | 'en'): void {
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  if (typeof o['nl'] === 'string' && typeof o['en'] === 'string' && Object.keys(o).length === 2) delete o[lang];
  else Object.values(o).forEach((v) => dropLanguage(v, lang));
}

const cta = { title: { nl: 'Praat met ons', en: 'Talk to us' }, body: { nl: 'Bel.', en: 'Call.' } };
const errorOf = (config: Json) => {
  const parsed = parseConfig(config);
  return parsed.success ? '' : parsed.error;
};

describe('languages', () => {
  it('a config that declares only nl needs no English texts; they read as the Dutch ones', () => {
    const config = copy();
    config['languages'] = ['nl'];
    dropLanguage(config, 'en');
    const parsed = parseConfig(config);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error);
    assert.equal(parsed.data.title.en, parsed.data.title.nl);
    assert.equal(parsed.data.questions[0]!.options[0]!.label.en, fixture.questions[0]!.options[0]!.label.nl);
  });

  it('an English-only config works the same way', () => {
    const config = copy();
    config['languages'] = ['en'];
    dropLanguage(config, 'nl');
    assert.equal(errorOf(config), '');
  });

  it('a declared language is still required, and without `languages` both are', () => {
    const config = copy();
    dropLanguage(config, 'en');
    assert.match(errorOf(config), /^title\.en: is required/);
    config['languages'] = ['en'];
    assert.match(errorOf(config), /^title\.en: is required/);
  });

  it('refuses unknown and repeated languages', () => {
    assert.match(errorOf({ ...copy(), languages: ['de'] }), /^languages\[0\]/);
    assert.match(errorOf({ ...copy(), languages: ['nl', 'nl'] }), /languages: lists a language twice/);
  });

  const cases: [asked: 'nl' | 'en', declared: ('nl' | 'en')[] | undefined, shown: 'nl' | 'en'][] = [
    ['en', undefined, 'en'],
    ['en', ['nl'], 'nl'],
    ['nl', ['en'], 'en'],
    ['nl', ['en', 'nl'], 'nl'],
  ];
  for (const [asked, declared, shown] of cases)
    it(`asked ${asked}, config in ${declared?.join('+') ?? 'both'}: shows ${shown}`, () =>
      assert.equal(pickLanguage(asked, declared), shown));
});

describe('brand, call to action and delivery settings', () => {
  it('accepts a brand, a CTA per segment and delivery fields', () => {
    const config = copy();
    config['brand'] = { name: 'Faxion', url: 'https://www.faxion.nl/' };
    config['delivery'] = { fields: [{ id: 'email', required: true }, { id: 'organisation' }] };
    (config['segments'] as Json[])[0]!['cta'] = { ...cta, label: { nl: 'Plan', en: 'Book' }, url: 'https://x.nl/a' };
    assert.equal(errorOf(config), '');
  });

  const broken: [what: string, edit: (c: Json) => void, message: RegExp][] = [
    [
      'a javascript: CTA link',
      (c) => ((c['segments'] as Json[])[0]!['cta'] = { ...cta, label: cta.title, url: 'javascript:alert(1)' }),
      /^segments\[0\]\.cta\.url/,
    ],
    ['a CTA without a label', (c) => ((c['segments'] as Json[])[0]!['cta'] = { ...cta, url: 'https://x.nl' }), /cta/],
    ['an http brand link', (c) => (c['brand'] = { name: 'X', url: 'http://x.nl' }), /^brand\.url/],
    ['an unknown contact field', (c) => (c['delivery'] = { fields: [{ id: 'salary' }] }), /^delivery\.fields\[0\]\.id/],
    [
      'a contact field twice',
      (c) => (c['delivery'] = { fields: [{ id: 'email' }, { id: 'email', required: true }] }),
      /delivery\.fields\[1\]\.id: duplicate field "email"/,
    ],
    ['an unknown delivery key', (c) => (c['delivery'] = { endpoint: 'https://x.nl' }), /^delivery/],
  ];
  for (const [what, edit, message] of broken)
    it(`refuses ${what}`, () => {
      const config = copy();
      edit(config);
      assert.match(errorOf(config), message);
    });
});
