// A share link that cannot be shown says why, in the visitor's language: made with another version
// of this check, or not working at all (the checksum is no signature: never 'tampered').
import { fixture, html, expect } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import type { SmErrorEvent } from '../../src/element/events.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { encodeShareCode } from '../../src/core/share-code.ts';
import type { Answers } from '../../src/core/answers.ts';
import { messages } from '../../src/i18n/index.ts';
import { $, settle, step } from './helpers.ts';

/** Every question's first option: a complete answer set. */
const answers: Answers = Object.fromEntries(
  defaultConfig.questions.map((q) => [q.id, q.type === 'multiple' ? [q.options[0]!.id] : q.options[0]!.id]),
);

async function open(code: string, lang: 'nl' | 'en') {
  history.replaceState(null, '', `#sm=${code}`);
  const errors: string[] = [];
  const root = await fixture<HTMLElement>(
    html`<div lang=${lang} @sm-error=${(e: SmErrorEvent) => errors.push(`${e.detail.code}: ${e.detail.message}`)}>
      <sm-maturity-check persist="none"></sm-maturity-check>
    </div>`,
  );
  const el = root.querySelector('sm-maturity-check') as SmMaturityCheck;
  await settle(el);
  return { el, errors };
}

describe('share link notices', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  for (const lang of ['nl', 'en'] as const) {
    it(`says a link was made with another version of this check (${lang})`, async () => {
      const older = { ...defaultConfig, version: `${defaultConfig.version}-older` };
      const { el, errors } = await open(encodeShareCode(older, answers), lang);
      expect(step(el)).to.equal('intro');
      expect($(el, '.notice').textContent?.trim()).to.equal(messages[lang].otherVersionLink);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^share-link: .*another version/);
    });

    it(`says a mistyped link does not work, without calling it tampered (${lang})`, async () => {
      const code = encodeShareCode(defaultConfig, answers);
      const { el, errors } = await open(`${code.slice(0, -2)}${code.endsWith('AA') ? 'BB' : 'AA'}`, lang);
      expect(step(el)).to.equal('intro');
      expect($(el, '.notice').textContent?.trim()).to.equal(messages[lang].badLink);
      expect(errors[0])
        .to.match(/^share-link: /)
        .and.not.match(/tamper/i);
    });
  }
});
