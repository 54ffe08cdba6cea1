import { html, nothing } from 'lit/html.js';
import type { View } from './view.ts';
import { drawCard } from './card.ts';
import type { Result } from '../core/scoring.ts';

export const shareChannels = ['copy', 'native', 'linkedin', 'x', 'whatsapp', 'email', 'download'] as const;
export type ShareChannel = (typeof shareChannels)[number];

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
    <h3 part="subheading">${msg.share}</h3>
    <label for="share-url" class="sr-only">${msg.share}</label>
    <input
      id="share-url"
      part="share-input"
      type="url"
      readonly
      .value=${p.url}
      @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    />
    <div class="actions">
      <button part="button" data-action="copy" @click=${(e: Event) => p.onShare('copy', e)}>${msg.copy}</button>
      ${
        p.canNativeShare
          ? html`<button part="button" data-action="native" @click=${(e: Event) => p.onShare('native', e)}>
              ${msg.shareNative}
            </button>`
          : nothing
      }
      <button part="button" data-action="download" @click=${(e: Event) => p.onShare('download', e)}>
        ${msg.download}
      </button>
      ${links(p.url, p.text).map(
        ([channel, name, href]) =>
          html`<a
            class="button"
            part="button"
            data-channel=${channel}
            href=${href}
            target="_blank"
            rel="noopener noreferrer"
            @click=${(e: Event) => p.onShare(channel, e)}
            >${name || msg.email}</a
          >`,
      )}
    </div>
    <p role="status" class="muted">${p.status}</p>
  </div>`;
}

/**
 * Carries out a share action the host did not cancel: copy the link, the native share sheet
 * (with the card image where files can be shared) or a download of the card. Returns the status
 * line to show; throws what the browser threw.
 */
export async function runShare(root: ParentNode, view: View, result: Result, channel: ShareChannel): Promise<string> {
  const url = result.shareUrl ?? '';
  if (channel === 'copy') {
    await navigator.clipboard.writeText(url);
    return view.msg.copied;
  }
  const colour = (selector: string, key: 'color' | 'backgroundColor' | 'fontFamily') =>
    getComputedStyle(root.querySelector(selector)!)[key];
  const blob = await drawCard(view, result, {
    accent: colour('[part~="segment"]', 'color'),
    text: colour('section', 'color'),
    surface: colour('section', 'backgroundColor'),
    font: colour('section', 'fontFamily'),
  });
  const file = new File([blob], `${view.config.id}.png`, { type: 'image/png' });
  if (channel === 'native') {
    const files = navigator.canShare?.({ files: [file] }) ? [file] : undefined;
    await navigator.share({
      title: view.t(view.config.title),
      text: view.msg.shareText(result.segment.label, result.overall.percentile),
      url,
      files,
    });
    return '';
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return '';
}
