// The element's language follows the platform: its own supported `lang`, else the nearest
// ancestor's (crossing shadow roots), else <html lang>, else the config's first language (the
// built-in config has none yet: nl, en), else nl; and it follows changes while connected.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import '../../src/sm-maturity-check.ts';
import { $, settle } from './helpers.ts';

const startText = (el: SmMaturityCheck) => $(el, 'button[data-action="start"]')?.textContent?.trim();
const panelLang = (el: SmMaturityCheck) => $(el, '[part~="panel"]').getAttribute('lang');
const EN = 'Start the check';
const NL = 'Start de check';

async function until(el: SmMaturityCheck, lang: 'nl' | 'en') {
  await waitUntil(() => panelLang(el) === lang, `language ${lang} (is ${panelLang(el)})`, { timeout: 3000 });
  await settle(el);
}

describe('language resolution', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('uses its own lang attribute; en-GB counts as en', async () => {
    const el = await fixture<SmMaturityCheck>(
      html`<sm-maturity-check lang="en-GB" persist="none"></sm-maturity-check>`,
    );
    await settle(el);
    expect(startText(el)).to.equal(EN);
    expect(panelLang(el)).to.equal('en');
  });

  it('el.lang = "en" writes the attribute as on any element, so :lang(en) matches the host', async () => {
    const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check persist="none"></sm-maturity-check>`);
    await settle(el);
    expect(startText(el)).to.equal(NL);
    el.lang = 'en';
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.matches(':lang(en)')).to.equal(true);
    await settle(el);
    expect(startText(el)).to.equal(EN);
    el.removeAttribute('lang');
    expect(el.lang).to.equal('');
    await settle(el);
    expect(startText(el)).to.equal(NL);
  });

  it('skips an unsupported own lang and uses the nearest ancestor with a supported one', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <div lang="fr"><sm-maturity-check lang="de" persist="none"></sm-maturity-check></div>
      </div>`,
    );
    const el = wrapper.querySelector('sm-maturity-check')!;
    await settle(el);
    expect(startText(el)).to.equal(EN);
  });

  it('crosses shadow roots: inside another component on a page with <html lang="en">', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const el = document.createElement('sm-maturity-check');
    el.persist = 'none';
    inner.append(el);
    root.append(inner);
    await settle(el);
    expect(startText(el)).to.equal(EN, 'from <html lang="en">, through the shadow root');
    host.setAttribute('lang', 'nl');
    await until(el, 'nl');
    expect(startText(el)).to.equal(NL, 'the shadow host is the nearer ancestor');
    inner.setAttribute('lang', 'en');
    await until(el, 'en');
    expect(startText(el)).to.equal(EN, 'an ancestor inside the shadow root is nearer still');
  });

  it('follows <html lang> while connected, and falls back to nl without any lang', async () => {
    const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check persist="none"></sm-maturity-check>`);
    await settle(el);
    expect(startText(el)).to.equal(NL, 'no lang anywhere: the built-in config lists nl first');
    document.documentElement.setAttribute('lang', 'en-US');
    await until(el, 'en');
    expect(startText(el)).to.equal(EN);
    document.documentElement.setAttribute('lang', 'fr');
    await until(el, 'nl');
  });

  it('follows an ancestor lang change, and stops observing once disconnected', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="nl">
        <div><sm-maturity-check persist="none"></sm-maturity-check></div>
      </section>`,
    );
    const el = wrapper.querySelector('sm-maturity-check')!;
    await settle(el);
    expect(startText(el)).to.equal(NL);
    wrapper.setAttribute('lang', 'en');
    await until(el, 'en');
    el.remove();
    let renders = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof original>) => {
      renders++;
      return original(...args);
    };
    wrapper.setAttribute('lang', 'nl');
    // A fixed wait only to show that nothing happens: the observer is gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).to.equal(0);
  });
});
