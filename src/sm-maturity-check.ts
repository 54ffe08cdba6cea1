import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('sm-maturity-check')
export class SmMaturityCheck extends LitElement {
  override render() {
    return html`<p>placeholder</p>`;
  }
}
