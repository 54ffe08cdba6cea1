/**
 * A shared result in the page address (`#sm=<code>`): read once per config, against the config in
 * use (never while a host's config is still loading: the link belongs to that config).
 */
import type { Config } from '../../core/schema.ts';
import type { Answers } from '../../core/answers.ts';
import { decodeShareCode } from '../../core/share-code.ts';

export type ShareLink = { kind: 'none' } | { kind: 'result'; answers: Answers } | { kind: 'invalid' };

export class ShareLinkController {
  private readFor?: Config;

  /** The link for `config`, the first time it is asked for that config; `none` afterwards. */
  read(config: Config): ShareLink {
    if (this.readFor === config) return { kind: 'none' };
    this.readFor = config;
    const code = /^#sm=(.*)$/.exec(globalThis.location?.hash ?? '')?.[1];
    if (code === undefined) return { kind: 'none' };
    // The decoder refuses an over-long code before decoding it.
    const answers = decodeShareCode(config, code);
    return answers ? { kind: 'result', answers } : { kind: 'invalid' };
  }
}

/** The link the visitor shares: the host's `share-base` (or this page) with `#sm=<code>`. */
export function shareUrl(base: string, code: string): string {
  return `${(base || globalThis.location?.href || '').split('#')[0]}#sm=${code}`;
}
