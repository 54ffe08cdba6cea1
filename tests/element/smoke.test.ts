import { fixture, html, expect } from '@open-wc/testing';
import '../../src/sm-maturity-check.ts';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<sm-maturity-check></sm-maturity-check>`);
    expect(el.shadowRoot?.textContent).to.contain('placeholder');
  });
});
