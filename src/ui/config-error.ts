import { html, nothing } from 'lit';
import type { View } from './view.ts';

/**
 * A host's config that cannot be used, as the visitor sees it: a short message in their language
 * and the host's fallback content (the default slot: a contact link); the validator's text is for
 * the developer (console and `sm-error`). Only a config that failed to load is worth a retry.
 */
export function renderConfigError(view: Pick<View, 'lang' | 'msg'>, fetchFailed: boolean, onRetry: () => void) {
  const cm = view.msg;
  return html`<h2 tabindex="-1" part="heading">${view.msg.configError}</h2>
    <p class="error" part="error">${fetchFailed ? cm.unreachable : cm.unavailable}</p>
    <div class="fallback"><slot></slot></div>
    ${
      fetchFailed
        ? html`<button class="primary" part="button" data-action="retry" @click=${onRetry}>${view.msg.retry}</button>`
        : nothing
    }`;
}
