/**
 * The rules of delivery that need no browser: which answers to retry, how long to wait, and what
 * a stored outbox may hold. The element's delivery controller applies them to fetch and storage.
 */
import { isLeadPayload, type LeadPayload } from './payload.ts';

/** Waits between attempts within one visit: five attempts in about fifteen seconds. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000] as const;
/** A payload still waiting after this long is dropped: the visitor's consent was for then, not for ever. */
export const OUTBOX_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many payloads wait per endpoint (each is a consented result; more is a loop, not a visitor). */
export const OUTBOX_MAX = 20;

export interface OutboxEntry {
  payload: LeadPayload;
  /** ms since the epoch when it was first stored. */
  savedAt: number;
}

/**
 * Whether an answer may change on a later try: a network error (status 0), 408, 429 and 5xx.
 * Any other non-2xx says the request itself is refused, so sending it again cannot help.
 */
export const isRetryable = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;
export const isDelivered = (status: number) => status >= 200 && status < 300;

/** The storage key of one endpoint's outbox. */
export const outboxKey = (endpoint: string) => `sm-maturity-check:outbox:${endpoint}`;

/** Reads a stored outbox: well-formed entries younger than the maximum age, one per id. */
export function parseOutbox(raw: string | null, now: number): OutboxEntry[] {
  let list: unknown;
  try {
    list = raw ? JSON.parse(raw) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  return list
    .filter((e: Partial<OutboxEntry> | null): e is OutboxEntry => {
      if (typeof e !== 'object' || e === null || !isLeadPayload(e.payload) || typeof e.savedAt !== 'number')
        return false;
      const fresh = now - e.savedAt < OUTBOX_MAX_AGE_MS && e.savedAt <= now + 60_000;
      if (!fresh || seen.has(e.payload.id)) return false;
      seen.add(e.payload.id);
      return true;
    })
    .slice(-OUTBOX_MAX);
}

export const withEntry = (list: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] =>
  [...list.filter((e) => e.payload.id !== entry.payload.id), entry].slice(-OUTBOX_MAX);

export const withoutId = (list: readonly OutboxEntry[], id: string): OutboxEntry[] =>
  list.filter((e) => e.payload.id !== id);

/**
 * Whether an endpoint is one the widget may post to: https, or http on this machine
 * (localhost, 127.0.0.1, [::1]) for development. No credentials in the URL.
 */
export function isEndpointUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password || /\s/.test(value)) return false;
    if (url.protocol === 'https:') return url.hostname.length > 0;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
