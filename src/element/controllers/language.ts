/**
 * The element's language, as the platform would resolve it: its own `lang` attribute when it names
 * a supported language (`en-GB` counts as `en`), else the nearest ancestor's supported `lang`,
 * crossing shadow roots, else `<html lang>`, else the config's first language, else `nl`.
 * While connected it follows changes of those attributes through one MutationObserver. `lang` is
 * not a reactive property of the element: the native `HTMLElement.lang` stays, so `el.lang = 'en'`
 * writes the attribute as on any element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang, type Lang } from '../../core/lang.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** The element, then its ancestors up to `<html>`, stepping from a shadow root to its host. */
function* chain(from: Node): Generator<Element> {
  for (let node: Node | null = from; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) yield node;
  }
}

export class LanguageController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    /** The languages of the config in use, first one preferred; configs without any mean nl, en. */
    private readonly configured: () => readonly string[] | undefined,
  ) {
    host.addController(this);
  }

  get value(): Lang {
    for (const element of chain(this.host)) {
      const lang = toLang(element.getAttribute('lang'));
      if (lang) return lang;
    }
    // A detached element has no ancestors; the page's language still counts.
    return toLang(document.documentElement.lang) ?? toLang(this.configured()?.[0]) ?? 'nl';
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    for (const element of chain(this.host)) this.observer.observe(element, options);
    this.observer.observe(document.documentElement, options);
  }

  /**
   * Mutation records arrive in a microtask; `updateComplete` asked for in the same task as a change
   * (`el.lang = 'en'; await el.updateComplete`) takes them in first, so it includes that render.
   */
  flush(): void {
    if (this.observer?.takeRecords().length) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
