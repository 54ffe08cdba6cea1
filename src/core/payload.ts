/**
 * What the widget sends to a consultancy's endpoint once the visitor consented: one JSON object,
 * built here from the result and the form. Pure: the id and the time come from the caller, so
 * a retry (and a resend on a later visit) carries exactly the same object.
 */
import type { Answers } from './answers.ts';
import type { Lang, Result } from './scoring.ts';

/** The contact fields a config may ask for, in the order the form shows them. */
export const contactFields = ['name', 'email', 'organisation', 'phone'] as const;
export type ContactField = (typeof contactFields)[number];
export type Contact = Partial<Record<ContactField, string>>;

/** The longest value kept per contact field (what a receiver such as the collector accepts); longer is cut. */
export const CONTACT_MAX: Record<ContactField, number> = { name: 200, email: 254, organisation: 200, phone: 40 };

export interface LeadPayload {
  /** A random UUID, the same on every retry: the receiver deduplicates on it. */
  id: string;
  configId: string;
  /** The config's version the result was made with. */
  version: string;
  lang: Lang;
  answers: Answers;
  result: {
    overall: { score: number; percentile: number };
    dimensions: { id: string; score: number; percentile: number }[];
    /** The segment's id. */
    segment: string;
  };
  /** Only the fields the visitor filled in. */
  contact: Contact;
  /** The exact consent text the visitor saw and ticked, and when (ISO 8601). */
  consent: { text: string; at: string };
  /** The page the widget was on, without query string and fragment (they may carry personal data). */
  page: string;
}

export interface PayloadInput {
  id: string;
  result: Result;
  contact: Readonly<Record<string, unknown>>;
  consentText: string;
  at: Date;
  /** The page address (location.href); its query and fragment are dropped. */
  page: string;
}

/** `https://a.example/b?c#d` → `https://a.example/b`; anything unparsable → ''. */
export function pageAddress(href: string): string {
  try {
    const url = new URL(href);
    return `${url.origin === 'null' ? `${url.protocol}//` : url.origin}${url.pathname}`;
  } catch {
    return '';
  }
}

/** Known fields only, trimmed, capped; empty ones left out. */
export function cleanContact(given: Readonly<Record<string, unknown>>): Contact {
  const contact: Contact = {};
  for (const field of contactFields) {
    const value = Object.hasOwn(given, field) ? given[field] : undefined;
    const text = typeof value === 'string' ? value.trim().slice(0, CONTACT_MAX[field]) : '';
    if (text) contact[field] = text;
  }
  return contact;
}

export function buildPayload({ id, result, contact, consentText, at, page }: PayloadInput): LeadPayload {
  return {
    id,
    configId: result.configId,
    version: result.configVersion,
    lang: result.lang,
    // A copy: the payload is stored and retried, and must not change with the caller's objects.
    answers: JSON.parse(JSON.stringify(result.answers)) as Answers,
    result: {
      overall: { score: result.overall.score, percentile: result.overall.percentile },
      dimensions: result.dimensions.map(({ id: dimension, score, percentile }) => ({
        id: dimension,
        score,
        percentile,
      })),
      segment: result.segment.id,
    },
    contact: cleanContact(contact),
    consent: { text: consentText, at: at.toISOString() },
    page: pageAddress(page),
  };
}

/** Whether a stored value looks like a payload this code made (storage may hold anything). */
export function isLeadPayload(value: unknown): value is LeadPayload {
  const p = value as Partial<LeadPayload> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    typeof p.configId === 'string' &&
    typeof p.version === 'string' &&
    typeof p.result === 'object' &&
    p.result !== null &&
    typeof p.consent?.text === 'string' &&
    typeof p.consent.at === 'string'
  );
}

type RandomSource = { getRandomValues(array: Uint8Array): Uint8Array; randomUUID?: () => string };

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts; a page served
 * over plain http still has `getRandomValues`, from which the same format is built.
 */
export function uuid(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
