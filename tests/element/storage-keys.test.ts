// What the element keeps and forgets: keys that cannot collide, keys of other versions of a config
// removed, persist="none" and reset() clearing the keys of the config in use (also a host's), and
// share links without the page's query string.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import '../../src/sm-maturity-check.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { completeByMouse, settle, step } from './helpers.ts';

const GOOD = '/tests/element/fixtures/two-questions.json';
const BASE = `sm-maturity-check:${defaultConfig.id}@${defaultConfig.version}`;
const ours = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('sm-maturity-check:'))
    .sort();

async function loaded(el: SmMaturityCheck) {
  await waitUntil(() => step(el) !== 'loading', 'the config to load', { timeout: 5000 });
  await settle(el);
}

describe('storage keys and share links', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('an id cannot spell another instance\'s key: id="x:history" is not the history of id="x"', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sm-maturity-check id="x"></sm-maturity-check><sm-maturity-check id="x:history"></sm-maturity-check>
      </div>`,
    );
    const [x, other] = [...wrapper.querySelectorAll('sm-maturity-check')] as SmMaturityCheck[];
    await completeByMouse(x!);
    const keysOfX = ours();
    expect(keysOfX).to.deep.equal([`${BASE}#x`, `${BASE}#x:history`]);
    const history = localStorage.getItem(`${BASE}#x:history`);
    await completeByMouse(other!);
    expect(localStorage.getItem(`${BASE}#x:history`), 'the history of id="x" is untouched').to.equal(history);
    expect(ours()).to.include(`${BASE}#x%3Ahistory`);
  });

  it('on load, progress and history of other versions of the config are removed', async () => {
    const old = `sm-maturity-check:${defaultConfig.id}@0`;
    localStorage.setItem(old, '{"v":1,"step":"question","index":1,"answers":{}}');
    localStorage.setItem(`${old}:history`, '{}');
    localStorage.setItem(`${old}#other`, '{}');
    localStorage.setItem('sm-maturity-check:another-config@0', '{}');
    await fixture<SmMaturityCheck>(html`<sm-maturity-check></sm-maturity-check>`);
    expect(ours()).to.deep.equal(['sm-maturity-check:another-config@0', `${old}#other`]);
  });

  it('persist="none" removes the keys of a config given by src, not only the built-in one', async () => {
    localStorage.setItem('sm-maturity-check:custom-two@1', '{"v":1,"step":"question","index":1,"answers":{}}');
    localStorage.setItem('sm-maturity-check:custom-two@1:history', '{}');
    localStorage.setItem('sm-maturity-check:custom-two@0', '{}');
    const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check persist="none" src=${GOOD}></sm-maturity-check>`);
    await loaded(el);
    expect(el.result).to.equal(null);
    expect(ours()).to.deep.equal([]);
  });

  it('reset() removes the keys of the config in use and of its older versions', async () => {
    const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check src=${GOOD}></sm-maturity-check>`);
    await loaded(el);
    await completeByMouse(el);
    expect(ours()).to.deep.equal(['sm-maturity-check:custom-two@1', 'sm-maturity-check:custom-two@1:history']);
    localStorage.setItem('sm-maturity-check:custom-two@0', '{}');
    el.reset();
    expect(ours()).to.deep.equal([]);
  });

  it("share links carry origin, path and #sm= only: not the page's query string", async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?email=a%40example.org&reset_token=secret`);
    try {
      const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check persist="none"></sm-maturity-check>`);
      await completeByMouse(el);
      expect(el.result?.shareUrl).to.match(new RegExp(`^${location.origin}${location.pathname}#sm=[\\w-]+$`));
      el.shareBase = 'https://example.org/check?campaign=1#top';
      await settle(el);
      expect(el.result?.shareUrl, 'share-base is used as given').to.match(
        /^https:\/\/example\.org\/check\?campaign=1#sm=[\w-]+$/,
      );
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
