/**
 * The public entry: importing it defines `<sm-maturity-check>` (once, however often it loads).
 * `SmMaturityCheck.define('other-tag')` registers it under another name as well.
 */
import { SmMaturityCheck } from './element/element.ts';

export { SmMaturityCheck };
export * from './element/events.ts';
export { VERSION } from './version.ts';

SmMaturityCheck.define();

declare global {
  interface HTMLElementTagNameMap {
    'sm-maturity-check': SmMaturityCheck;
  }
}
