/**
 * The small reactive base the element stands on: what LitElement would do for this widget, in
 * about a fifth of its bytes (the whole widget, content included, has a 26 KB gzip budget and
 * LitElement's own machinery was the one part left to trade). Rendering is still lit-html.
 *
 * - `static properties` declares reactive properties; those with an attribute mirror it
 *   (attribute → property; removing the attribute sets '').
 * - Any change schedules one render in a microtask; `willUpdate`, `firstUpdated`, `updated` and
 *   `updateComplete` behave as in Lit.
 * - Properties a host set before the element upgraded are kept and applied after construction.
 * - Styles are one constructable stylesheet adopted by the shadow root: nothing inline, so a
 *   strict `style-src 'self'` CSP is enough.
 */
import { render, type TemplateResult } from 'lit/html.js';

export type PropertyDeclarations = Record<string, { attribute?: string | false }>;
export type Changes = ReadonlySet<string>;

export abstract class ReactiveElement extends HTMLElement {
  static properties: PropertyDeclarations = {};
  static styles = '';
  private static sheet?: CSSStyleSheet;
  private static attributes?: Map<string, string>;

  /** Attribute name → property name, and the property accessors, made once per class. */
  private static finalize(): Map<string, string> {
    if (Object.hasOwn(this, 'attributes')) return this.attributes!;
    const attributes = new Map<string, string>();
    for (const [name, { attribute }] of Object.entries(this.properties)) {
      if (attribute !== false) attributes.set(attribute ?? name.toLowerCase(), name);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this.values.get(name);
        },
        set(this: ReactiveElement, value: unknown) {
          if (Object.is(value, this.values.get(name))) return;
          this.values.set(name, value);
          this.changed.add(name);
          this.requestUpdate();
        },
        configurable: true,
      });
    }
    return (this.attributes = attributes);
  }

  static get observedAttributes(): string[] {
    return [...this.finalize().keys()];
  }

  /** @internal The shadow root the element renders into. */
  readonly renderRoot: ShadowRoot;
  /** @internal Whether the first render has happened. */
  hasUpdated = false;
  private readonly values = new Map<string, unknown>();
  private changed = new Set<string>();
  private scheduled?: Promise<void>;
  private early?: [string, unknown][];
  /** No render before the element is first connected (as in Lit). */
  private live = false;

  constructor() {
    super();
    const type = this.constructor as typeof ReactiveElement;
    type.finalize();
    // Set before the upgrade, a property is an own field hiding the accessor: keep its value.
    this.early = Object.keys(type.properties)
      .filter((name) => Object.hasOwn(this, name))
      .map((name) => [name, this[name as keyof this]]);
    for (const [name] of this.early) delete this[name as keyof this];
    if (!type.sheet) {
      type.sheet = new CSSStyleSheet();
      type.sheet.replaceSync(type.styles);
    }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = [type.sheet];
  }

  connectedCallback(): void {
    // Applied here, after the subclass's field initialisers, so the host's values win.
    for (const [name, value] of this.early ?? []) (this as unknown as Record<string, unknown>)[name] = value;
    this.early = undefined;
    this.live = true;
    this.requestUpdate();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = (this.constructor as typeof ReactiveElement).finalize().get(attribute);
    if (name) (this as unknown as Record<string, unknown>)[name] = value ?? '';
  }

  /** Schedules one render for all changes made in this task. */
  requestUpdate(): void {
    if (this.live) this.scheduled ??= Promise.resolve().then(() => this.performUpdate());
  }

  /** Resolves once no render is pending. */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  protected async getUpdateComplete(): Promise<boolean> {
    while (this.scheduled) await this.scheduled;
    return true;
  }

  private performUpdate(): void {
    const changed = this.changed;
    this.changed = new Set();
    try {
      this.willUpdate(changed);
      render(this.render(), this.renderRoot, { host: this });
    } finally {
      // Changes made while rendering are in this render already.
      this.changed.clear();
      this.scheduled = undefined;
    }
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated();
    }
    this.updated(changed);
  }

  protected willUpdate(_changed: Changes): void {}
  protected firstUpdated(): void {}
  protected updated(_changed: Changes): void {}
  protected abstract render(): TemplateResult;
}
