/**
 * Opt-in delivery of a consented result to the host's endpoint, as a Lit reactive controller.
 *
 * Nothing is lost on the way: with `persist` local the payload is written to an outbox in
 * localStorage (one per endpoint) before the first attempt and removed once delivered or refused.
 * Within the visit it is retried on a network error, 408, 429 and 5xx (1, 2, 4, 8 s apart); what
 * is still waiting is sent when a page with a widget for the same endpoint opens again. Every
 * attempt runs under a cross-tab lock and first checks the outbox still holds the payload, so two
 * tabs never both send it. Retries carry the same `id`; the receiver deduplicates on it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LeadPayload } from '../core/payload.ts';
import {
  RETRY_DELAYS_MS,
  isDelivered,
  isRetryable,
  outboxKey,
  parseOutbox,
  withEntry,
  withoutId,
} from '../core/outbox.ts';
import { safeStorage } from './storage.ts';
import { withLock } from './lock.ts';

import type { DeliveryStatus } from '../ui/delivery-form.ts';

export type { DeliveryStatus };

export interface DeliverySettings {
  /** The endpoint in use ('' = delivery off); checked by the element. */
  endpoint(): string;
  /** Whether payloads may wait in localStorage (the element's `persist` is `local`). */
  persist(): boolean;
  /**
   * Fires the cancelable `sm-lead`; false when the host called `preventDefault()`. Events come
   * from the element (this controller travels in its own chunk, and a host may check `instanceof`).
   */
  lead(payload: LeadPayload): boolean;
  /** Fires `sm-error` with code `delivery` and the endpoint's status (0: no answer). */
  fail(message: string, status: number): void;
}

/** One request gives up after this long (a hanging server must not hold the lock). */
export const ATTEMPT_TIMEOUT_MS = 15_000;

type Host = ReactiveControllerHost & HTMLElement;

export class DeliveryController implements ReactiveController {
  /** The visitor's delivery, for the form's status line. */
  status: DeliveryStatus = 'idle';
  private connected = false;
  /** Wakes the waits between attempts when the element leaves the page. */
  private stop = new AbortController();
  /** Endpoints whose outbox this element already picked up. */
  private readonly resumed = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly settings: DeliverySettings,
  ) {
    (host as Partial<ReactiveControllerHost>).addController?.(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.stop = new AbortController();
    this.resume();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop.abort();
  }

  /**
   * Sends what earlier visits left in this endpoint's outbox, once per element and endpoint.
   * No `sm-lead`: the visitor consented then, and the host was asked then.
   */
  resume(): void {
    const endpoint = this.settings.endpoint();
    if (!this.connected || !endpoint || !this.settings.persist() || this.resumed.has(endpoint)) return;
    this.resumed.add(endpoint);
    const waiting = parseOutbox(safeStorage.read(outboxKey(endpoint)), Date.now());
    void (async () => {
      for (const { payload } of waiting) await this.deliver(endpoint, payload, true);
    })();
  }

  /**
   * The visitor consented and pressed send: `sm-lead` first (a host may take over), then the
   * outbox, then the attempts. Resolves with the status the visitor is left with.
   */
  async send(payload: LeadPayload): Promise<DeliveryStatus> {
    if (!this.settings.lead(payload)) return this.set('host');
    const endpoint = this.settings.endpoint();
    if (!endpoint) return this.set('failed');
    const key = outboxKey(endpoint);
    const stored =
      this.settings.persist() &&
      safeStorage.write(
        key,
        JSON.stringify(withEntry(parseOutbox(safeStorage.read(key), Date.now()), { payload, savedAt: Date.now() })),
      );
    this.set('sending');
    return this.set(await this.deliver(endpoint, payload, stored, (s) => this.set(s)));
  }

  private set(status: DeliveryStatus): DeliveryStatus {
    this.status = status;
    this.host.requestUpdate();
    return status;
  }

  /**
   * Up to five attempts. `stored`: the payload is in the outbox, so an attempt first checks it is
   * still there (another tab may have delivered it) and a payload still waiting after the last
   * attempt stays for the next visit ('later'); otherwise that is a failure.
   */
  private async deliver(
    endpoint: string,
    payload: LeadPayload,
    stored: boolean,
    progress?: (status: DeliveryStatus) => void,
  ): Promise<DeliveryStatus> {
    const key = outboxKey(endpoint);
    let status = 0;
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (attempt > 0 && !(await this.wait(RETRY_DELAYS_MS[attempt - 1]!))) return stored ? 'later' : 'failed';
      const outcome = await withLock(key, async () => {
        const waiting = parseOutbox(safeStorage.read(key), Date.now());
        if (stored && !waiting.some((e) => e.payload.id === payload.id)) return 'gone' as const;
        status = await post(endpoint, payload);
        if (stored && !isRetryable(status)) safeStorage.write(key, JSON.stringify(withoutId(waiting, payload.id)));
        return status;
      });
      if (outcome === 'gone' || isDelivered(status)) return 'sent';
      if (!isRetryable(status)) break;
      if (stored) progress?.('later');
    }
    if (stored && isRetryable(status)) return 'later';
    this.settings.fail(
      status ? `The endpoint refused the result (HTTP ${status}).` : 'The endpoint could not be reached.',
      status,
    );
    return 'failed';
  }

  /** Resolves true after `ms`, or false at once when the element has left the page. */
  private wait(ms: number): Promise<boolean> {
    const signal = this.stop.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((done) => {
      const timer = setTimeout(() => done(true), ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), done(false)), { once: true });
    });
  }
}

/** One POST; the HTTP status, or 0 when there was no answer (offline, refused, CORS, timeout). */
async function post(endpoint: string, payload: LeadPayload): Promise<number> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      // No cookies or HTTP auth go to the receiver, and none come back.
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'strict-origin',
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    return response.status;
  } catch {
    return 0;
  }
}
