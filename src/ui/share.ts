import { html, nothing } from 'lit';
import type { ShareChannel } from '../element/events.ts';
import type { View } from './view.ts';

export interface ShareProps {
  url: string;
  text: string;
  status: string;
  canNativeShare: boolean;
  onShare: (channel: ShareChannel, event: Event) => void;
}

/** Plain links to the networks' own share pages: no third-party script runs on the host. */
function links(url: string, text: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  return [
    ['linkedin', 'LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['x', 'X', `https://x.com/intent/post?text=${t}&url=${u}`],
    ['whatsapp', 'WhatsApp', `https://wa.me/?text=${t}%20${u}`],
    ['email', '', `mailto:?subject=${t}&body=${t}%20${u}`],
  ] as const;
}

export function renderShare(view: View, p: ShareProps) {
  const { msg } = view;
  return html`<div class="share">
    <h3>${msg.share}</h3>
    <label for="share-url" class="sr-only">${msg.share}</label>
    <input id="share-url" type="url" readonly .value=${p.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    <div class="actions">
      <button part="button" data-action="copy" @click=${(e: Event) => p.onShare('copy', e)}>${msg.copy}</button>
      ${p.canNativeShare
        ? html`<button part="button" data-action="native" @click=${(e: Event) => p.onShare('native', e)}>${msg.shareNative}</button>`
        : nothing}
      <button part="button" data-action="download" @click=${(e: Event) => p.onShare('download', e)}>${msg.download}</button>
      ${links(p.url, p.text).map(
        ([channel, name, href]) =>
          html`<a class="button" part="button" data-channel=${channel} href=${href} target="_blank" rel="noopener noreferrer"
            @click=${(e: Event) => p.onShare(channel, e)}>${name || msg.email}</a>`,
      )}
    </div>
    <p role="status" class="muted">${p.status}</p>
  </div>`;
}
