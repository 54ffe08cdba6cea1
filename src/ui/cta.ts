import { html, nothing } from 'lit/html.js';
import { isHttpsUrl } from '../core/limits.ts';
import type { Cta } from '../core/schema.ts';
import type { View } from './view.ts';

/**
 * A segment's next step after the suggestions: a heading, a sentence or two and a plain link
 * (`::part(cta)`). A host's element with `slot="cta"` replaces all of it (a booking widget, a
 * phone number); without either, the slot shows nothing.
 */
export function renderCta(view: View, cta: Cta | undefined) {
  const own =
    cta && isHttpsUrl(cta.url)
      ? html`<h3 part="subheading">${view.t(cta.title)}</h3>
          <p>${view.t(cta.body)}</p>
          <p><a class="button primary" part="cta" href=${cta.url} data-action="cta">${view.t(cta.label)}</a></p>`
      : nothing;
  return html`<div class="cta"><slot name="cta">${own}</slot></div>`;
}
