/**
 * Sharing: a shared result in the page address (`#sm=<code>`), read once per config, and the
 * visitor's share actions from the results (`sm-share`, cancelable, then copy, native share,
 * card download). A share that ends after the element left the page reports nothing.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Config } from '../../core/schema.ts';
import type { Answers } from '../../core/answers.ts';
import type { Result } from '../../core/scoring.ts';
import { decodeShareCode } from '../../core/share-code.ts';
import { runShare } from '../../ui/share.ts';
import type { View } from '../../ui/view.ts';
import { SmShareEvent, type ErrorCode, type ShareChannel } from '../events.ts';

export type ShareLink = { kind: 'none' } | { kind: 'result'; answers: Answers } | { kind: 'invalid' };

export interface ShareContext {
  result: () => Result | null;
  view: () => View;
  fail: (code: ErrorCode, message: string) => void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

export class ShareController {
  /** The status line under the share buttons ('Link copied'). */
  status = '';
  private readFor?: Config;

  constructor(
    private readonly host: Host,
    private readonly context: ShareContext,
  ) {}

  /**
   * The link in the page address for `config`, the first time it is asked for that config (never
   * while a host's config is still loading: the link belongs to that config); `none` afterwards.
   */
  read(config: Config): ShareLink {
    if (this.readFor === config) return { kind: 'none' };
    this.readFor = config;
    const code = /^#sm=(.*)$/.exec(globalThis.location?.hash ?? '')?.[1];
    if (code === undefined) return { kind: 'none' };
    // The decoder refuses an over-long code before decoding it.
    const answers = decodeShareCode(config, code);
    return answers ? { kind: 'result', answers } : { kind: 'invalid' };
  }

  private set(status: string): void {
    this.status = status;
    this.host.requestUpdate();
  }

  readonly share = (channel: ShareChannel, event: Event) => {
    const result = this.context.result();
    if (!result?.shareUrl) return;
    const share = new SmShareEvent(channel, result.shareUrl);
    this.host.dispatchEvent(share);
    if (share.defaultPrevented) event.preventDefault();
    // A cancelled action is the host's to carry out; a plain link navigates by itself.
    if (share.defaultPrevented || event.currentTarget instanceof HTMLAnchorElement) return;
    const view = this.context.view();
    runShare(this.host.renderRoot, view, result, channel).then(
      (status) => this.set(status),
      (error: Error) => {
        // A share the visitor cancelled, or one that ended after the element left the page: nothing to say.
        if (error?.name === 'AbortError' || !this.host.isConnected) return;
        if (channel === 'copy') {
          this.set(view.msg.copyFailed);
          this.host.renderRoot.querySelector('input')?.select();
        }
        this.context.fail(
          channel === 'copy' || channel === 'native' ? 'share' : 'card',
          `Sharing by ${channel} failed: ${error?.message ?? error}`,
        );
      },
    );
  };
}

/**
 * The link the visitor shares: `#sm=<code>` on the host's `share-base`, else on this page's origin
 * and path only. The page's query string stays out: it may hold what the visitor never meant to
 * share (`?email=…&token=…`).
 */
export function shareUrl(base: string, code: string): string {
  const page = (globalThis.location?.href ?? '').split(/[?#]/)[0];
  return `${base ? base.split('#')[0] : page}#sm=${code}`;
}
