// The static define(): other tag names, a second load, an older copy already on the page.
import { fixture, html, expect } from '@open-wc/testing';
import { SmMaturityCheck, VERSION } from '../../src/sm-maturity-check.ts';
import { completeByMouse, settle, step } from './helpers.ts';

describe('SmMaturityCheck.define', () => {
  let warnings: unknown[][];
  const realWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = realWarn;
  });

  it('registers a second tag name that works', async () => {
    SmMaturityCheck.define('my-check');
    const defined = customElements.get('my-check') as (CustomElementConstructor & { version?: string }) | undefined;
    expect(defined).to.not.equal(undefined);
    expect(defined?.version).to.equal(VERSION);
    const wrapper = await fixture<HTMLDivElement>(html`<div><my-check persist="none"></my-check></div>`);
    const el = wrapper.querySelector('my-check') as unknown as SmMaturityCheck;
    await settle(el);
    expect(el.shadowRoot).to.not.equal(null);
    await completeByMouse(el);
    expect(step(el)).to.equal('results');
    expect(el.result?.configId).to.equal('sociale-media-2011');
  });

  it('does nothing, silently, when the same tag is defined again by the same version', () => {
    SmMaturityCheck.define('my-check-twice');
    const first = customElements.get('my-check-twice');
    expect(() => SmMaturityCheck.define('my-check-twice')).to.not.throw();
    expect(() => SmMaturityCheck.define()).to.not.throw();
    expect(customElements.get('my-check-twice')).to.equal(first);
    expect(warnings).to.deep.equal([]);
  });

  it('warns, naming both versions, when an older version already holds the tag', () => {
    customElements.define(
      'old-check',
      class extends HTMLElement {
        static version = '0.0.1';
      },
    );
    expect(() => SmMaturityCheck.define('old-check')).to.not.throw();
    expect(warnings.length).to.equal(1);
    const text = warnings[0]!.map(String).join(' ');
    expect(text).to.include('0.0.1');
    expect(text).to.include(VERSION);
    expect((customElements.get('old-check') as unknown as { version: string }).version).to.equal('0.0.1');
  });

  it('does not throw when another library holds the tag (no version)', () => {
    customElements.define('foreign-check', class extends HTMLElement {});
    expect(() => SmMaturityCheck.define('foreign-check')).to.not.throw();
    expect(warnings.length).to.equal(1);
  });
});
