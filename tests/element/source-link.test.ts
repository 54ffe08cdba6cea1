// A config-given link shows where it goes: the source's address, its own link text, is shown
// exactly as the browser reads the href (the issue: a config could show one address and link to
// another through characters the browser rewrites).
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import '../../src/sm-maturity-check.ts';
import { $$, completeByMouse, settle, step } from './helpers.ts';

describe('the source link', () => {
  it("shows the browser's reading of its address, which is where it goes", async () => {
    const config = (await (await fetch('/tests/element/fixtures/two-questions.json')).json()) as {
      source: { url?: string };
    };
    config.source.url = 'https://Example.ORG/päd?q=ü';
    const el = await fixture<SmMaturityCheck>(
      html`<sm-maturity-check persist="none" .config=${config}></sm-maturity-check>`,
    );
    await waitUntil(() => step(el) === 'intro', 'the config to load', { timeout: 5000 });
    await completeByMouse(el);
    await waitUntil(() => step(el) === 'results', 'the results', { timeout: 5000 });
    await settle(el);
    const links = $$<HTMLAnchorElement>(el, 'details a[href]');
    expect(links.length).to.equal(1);
    const link = links[0]!;
    expect(link.href).to.equal('https://example.org/p%C3%A4d?q=%C3%BC');
    expect(link.textContent).to.equal(link.href);
  });
});
