/**
 * The consultancy's side of the element, as one reactive controller: the settings check
 * (`endpoint`, `privacyUrl`), who receives results, the privacy sentence, and what follows the
 * suggestions (the segment's call to action, then the opt-in form). The form and its delivery
 * live in a chunk that only a host with a usable endpoint loads.
 */
import { html, nothing } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHttpsUrl } from '../core/limits.ts';
import { isEndpointUrl } from '../core/outbox.ts';
import type { LeadPayload } from '../core/payload.ts';
import type { Result } from '../core/scoring.ts';
import { renderCta } from '../ui/cta.ts';
import type { View } from '../ui/view.ts';
import type { DeliveryController } from './delivery.ts';
import { SmLeadEvent, errorEvent } from './events.ts';
import { loadDelivery } from './delivery-loader.ts';

export interface NextStepSettings {
  endpoint(): string;
  privacyUrl(): string;
  persist(): boolean;
}

type Host = ReactiveControllerHost & HTMLElement;
type Chunk = typeof import('./delivery-chunk.ts');

export class NextStepController implements ReactiveController {
  private chunk?: Chunk;
  private loading?: Promise<unknown>;
  /** @internal Created with the chunk; undefined while delivery is off or the chunk is on its way. */
  delivery?: DeliveryController;
  /** The settings last checked, so a problem is reported once per change, not per render. */
  private checked = '';
  private usable = false;

  constructor(
    private readonly host: Host,
    private readonly settings: NextStepSettings,
  ) {
    (host as Partial<ReactiveControllerHost>).addController?.(this);
  }

  hostConnected(): void {
    this.check();
  }

  /**
   * Whether delivery is on: an endpoint the widget may post to and an https privacy statement.
   * An endpoint without them fires `sm-error` (once per change) and shows no form. When on, the
   * delivery chunk is loaded, and a changed endpoint's waiting payloads are sent.
   */
  check(): boolean {
    const changed = this.evaluate();
    if (this.usable && this.host.isConnected) {
      if (!this.loading) this.load();
      else if (changed) this.delivery?.resume();
    }
    return this.usable;
  }

  /** Re-checks the settings when they changed; true when they did. */
  private evaluate(): boolean {
    const endpoint = this.settings.endpoint();
    const privacy = this.settings.privacyUrl();
    const key = `${endpoint}\n${privacy}`;
    if (key === this.checked) return false;
    this.checked = key;
    const problem = !endpoint
      ? ''
      : !isEndpointUrl(endpoint)
        ? `endpoint "${endpoint}" is not https (http only on localhost or 127.0.0.1): results are not sent.`
        : !isHttpsUrl(privacy)
          ? 'An endpoint needs privacy-url, an https link to the privacy statement: results are not sent.'
          : '';
    this.usable = !!endpoint && !problem;
    if (problem) this.host.dispatchEvent(errorEvent('delivery', problem));
    return true;
  }

  /** Loads the delivery chunk once; its controller then sends what earlier visits left waiting. */
  private load(): void {
    this.loading = loadDelivery().then(
      (chunk) => {
        this.chunk = chunk;
        this.delivery = new chunk.DeliveryController(this.host, {
          endpoint: () => (this.evaluate(), this.usable ? this.settings.endpoint() : ''),
          persist: this.settings.persist,
          lead: (payload: LeadPayload) => this.host.dispatchEvent(new SmLeadEvent(payload)),
          fail: (message, status) => this.host.dispatchEvent(errorEvent('delivery', message, status)),
        });
        // A host without addController (before the element is connected) gets the call here.
        if (!this.hasControllers() && this.host.isConnected) this.delivery.hostConnected();
        this.host.requestUpdate();
      },
      (error: Error) => {
        this.loading = undefined;
        this.host.dispatchEvent(errorEvent('network', `Could not load the delivery form: ${error.message}`));
      },
    );
  }

  /** Who receives results: the config's brand name, else the endpoint's host name. */
  receiver(view: View): string {
    return view.config.brand?.name ?? new URL(this.settings.endpoint()).hostname;
  }

  /** The privacy sentence of the intro and the form: what happens to the answers, as configured. */
  privacy(view: View): string {
    const cm = view.msg;
    return this.check() ? cm.privacySend(this.receiver(view)) : cm.privacyLocal;
  }

  /** The call to action of the visitor's segment, then the form; in the shared view only the former. */
  render(view: View, result: Result, shared: boolean) {
    const segment = view.config.segments.find((s) => s.id === result.segment.id);
    const cta = renderCta(view, segment?.cta);
    const { chunk, delivery } = this;
    if (shared || !this.check() || !chunk || !delivery) return cta;
    const cm = chunk.deliveryMessages[view.lang];
    const to = this.receiver(view);
    const text = chunk.consentText(view, cm, to);
    return html`${cta}${chunk.renderDeliveryForm({ html, nothing }, view, {
      cm,
      to,
      privacy: this.privacy(view),
      privacyUrl: this.settings.privacyUrl(),
      status: delivery.status,
      consentText: text,
      onSubmit: (contact) => {
        // Once per consent: a second press while it is on its way, or after it arrived, sends nothing.
        if (delivery.status !== 'idle' && delivery.status !== 'failed') return;
        const { id, at, page } = { id: chunk.uuid(), at: new Date(), page: location.href };
        void delivery.send(chunk.buildPayload({ id, result, contact, consentText: text, at, page }));
      },
    })}`;
  }

  hostDisconnected(): void {
    if (!this.hasControllers()) this.delivery?.hostDisconnected();
  }

  private hasControllers(): boolean {
    return typeof (this.host as Partial<ReactiveControllerHost>).addController === 'function';
  }
}
