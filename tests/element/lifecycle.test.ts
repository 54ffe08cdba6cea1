// Lit's lifecycle: an element removed mid-load or mid-quiz leaves nothing running (no error, no
// event, no storage write afterwards); an element that is moved keeps its state, and a config load
// that the move cut off starts again. Also reset(): both storage keys are gone afterwards.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import type { SmMaturityCheck } from '../../src/sm-maturity-check.ts';
import '../../src/sm-maturity-check.ts';
import { $, $$, completeByMouse, realClick, settle, step } from './helpers.ts';

const GOOD = '/tests/element/fixtures/two-questions.json';
const KEY = /^sm-maturity-check:/;

let events: string[];
let writes: string[];
let uncaught: string[];
const types = ['sm-start', 'sm-answer', 'sm-complete', 'sm-error', 'sm-share'];
const onEvent = (e: Event) => events.push(e.type);
const onUncaught = (e: ErrorEvent) => uncaught.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
const realSetItem = Storage.prototype.setItem;
const realFetch = window.fetch;

/** fetch held until `release()`: a config load that is still running when the test acts. */
function holdFetch() {
  const held: { release: () => void; signals: AbortSignal[] } = { release: () => {}, signals: [] };
  const gate = new Promise<void>((resolve) => (held.release = resolve));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) held.signals.push(init.signal);
    await gate;
    return realFetch(input, init);
  };
  return held;
}

/** Lets timers, idle callbacks and a held fetch run out; a fixed wait, to show nothing happens. */
const quiet = () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100), { timeout: 1000 }));

describe('lifecycle', () => {
  let htmlLang = '';
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
    localStorage.clear();
    events = [];
    writes = [];
    uncaught = [];
    for (const type of types) document.addEventListener(type, onEvent);
    window.addEventListener('error', onUncaught);
    window.addEventListener('unhandledrejection', onRejection);
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      return realSetItem.call(this, key, value);
    };
  });

  afterEach(() => {
    document.documentElement.setAttribute('lang', htmlLang);
    for (const type of types) document.removeEventListener(type, onEvent);
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onRejection);
    Storage.prototype.setItem = realSetItem;
    window.fetch = realFetch;
    localStorage.clear();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  it('removed mid-load: the fetch is aborted; no error, no event, no storage write afterwards', async () => {
    const held = holdFetch();
    // Not fixture(): it awaits updateComplete, which waits for the held load.
    const el = document.createElement('sm-maturity-check');
    el.src = GOOD;
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="panel"]'), 'the first render');
    expect(step(el)).to.equal('loading');
    await waitUntil(() => held.signals.length === 1, 'the config fetch to start');
    el.remove();
    expect(held.signals[0]?.aborted, 'the fetch is aborted').to.equal(true);
    held.release();
    await quiet();
    expect(events).to.deep.equal([]);
    expect(writes.filter((k) => KEY.test(k))).to.deep.equal([]);
  });

  it('removed mid-quiz: no event and no storage write afterwards', async () => {
    const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check></sm-maturity-check>`);
    await realClick($(el, 'button[data-action="start"]'));
    await settle(el);
    await realClick($$(el, 'label[part~="option"]')[0] as Element);
    await settle(el);
    expect(writes.filter((k) => KEY.test(k)).length).to.be.greaterThan(0);
    events = [];
    writes = [];
    el.remove();
    // A detached element's events no longer reach the document: listen on the element itself.
    for (const type of types) el.addEventListener(type, onEvent);
    // A click reaching the detached shadow tree (as a late handler would) changes nothing stored.
    $<HTMLButtonElement>(el, 'button[data-action="next"]').click();
    document.documentElement.lang = document.documentElement.lang === 'en' ? 'nl' : 'en';
    await quiet();
    expect(writes.filter((k) => KEY.test(k))).to.deep.equal([]);
    expect(events).to.deep.equal([]);
  });

  it('a moved element keeps its state and resumes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section><sm-maturity-check persist="none"></sm-maturity-check></section>
        <aside></aside>
      </div>`,
    );
    const el = wrapper.querySelector('sm-maturity-check')!;
    await settle(el); // the built-in content is a chunk of its own
    await realClick($(el, 'button[data-action="start"]'));
    await settle(el);
    await realClick($$(el, 'label[part~="option"]')[1] as Element);
    await settle(el);
    await realClick($(el, 'button[data-action="next"]'));
    await settle(el);
    const progress = $(el, '#progress').textContent;
    wrapper.querySelector('aside')!.append(el);
    await settle(el);
    expect(step(el)).to.equal('question');
    expect($(el, '#progress').textContent).to.equal(progress);
    await realClick($(el, 'button[data-action="back"]'));
    await settle(el);
    const checked = $$<HTMLInputElement>(el, 'input').findIndex((i) => i.checked);
    expect(checked, 'the first answer survived the move').to.equal(1);
  });

  it('a config load cut off by a move starts again and completes', async () => {
    const held = holdFetch();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sm-maturity-check persist="none" src=${GOOD}></sm-maturity-check>
        <aside></aside>
      </div>`,
    );
    const el = wrapper.querySelector('sm-maturity-check')!;
    await waitUntil(() => held.signals.length === 1, 'the config fetch to start');
    wrapper.querySelector('aside')!.append(el);
    expect(held.signals[0]?.aborted, 'the first fetch is cut off').to.equal(true);
    await waitUntil(() => held.signals.length === 2, 'the load to start again');
    held.release();
    await waitUntil(() => step(el) === 'intro', `the config to load (step ${step(el)})`, { timeout: 5000 });
    await settle(el);
    expect($(el, 'h2').textContent).to.equal('Korte testcheck');
    expect(events).to.deep.equal([]);
  });

  it('reset() removes both storage keys and does not write progress back', async () => {
    const el = await fixture<SmMaturityCheck>(html`<sm-maturity-check></sm-maturity-check>`);
    await completeByMouse(el);
    expect(step(el)).to.equal('results');
    const stored = () => Object.keys(localStorage).filter((k) => KEY.test(k));
    expect(stored().length).to.equal(2);
    el.reset();
    await settle(el);
    expect(step(el)).to.equal('intro');
    expect(stored()).to.deep.equal([]);
  });
});
