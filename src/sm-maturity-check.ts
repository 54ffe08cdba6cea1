/**
 * The public entry: importing it defines `<sm-maturity-check>` once. Loading it twice (or two
 * versions) is harmless: the first definition stays, and a differing version is reported.
 */
import { SmMaturityCheck as Base } from './element/element.ts';
import { VERSION } from './version.ts';

export * from './element/events.ts';
export { VERSION };

export const TAG = 'sm-maturity-check';

/** @summary Social-media maturity check with an indicative benchmark. */
export class SmMaturityCheck extends Base {
  static readonly version = VERSION;

  /** Registers the element under another tag name (e.g. to avoid a clash). */
  static define(tag: string = TAG): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing.version !== VERSION) {
        console.warn(`<${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} is not used.`);
      }
      return;
    }
    customElements.define(tag, tag === TAG ? this : class extends this {});
  }
}

SmMaturityCheck.define();

declare global {
  interface HTMLElementTagNameMap {
    'sm-maturity-check': SmMaturityCheck;
  }
}
