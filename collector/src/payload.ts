/**
 * The edge for a delivered result: parse the widget's payload once, strictly, into a record to
 * store. Unknown top-level keys are ignored (newer widgets still deliver); the client's `result`
 * is never trusted: the server scores the answers itself with the config.
 */
import {
  CONTACT_MAX,
  contactFields,
  sanitizeAnswer,
  scoreAnswers,
  type Answers,
  type Config,
  type Contact,
} from 'sm-maturity-check/core';

export interface Problem {
  path: string;
  message: string;
}

export interface StoredResult {
  overall: { score: number; percentile: number };
  dimensions: { id: string; score: number; percentile: number }[];
  segment: string;
}

export interface ResponseRecord {
  id: string;
  configId: string;
  version: string;
  lang: 'nl' | 'en';
  answers: Answers;
  result: StoredResult;
  contact: Contact;
  consent: { text: string; at: string };
  page: string | null;
}

export type Parsed = { ok: true; record: ResponseRecord } | { ok: false; status: 400 | 404; problems: Problem[] };

/**
 * Lengths generous for real input and small enough that junk costs nothing; the contact fields'
 * are the widget's own (`CONTACT_MAX`), so what the widget sends always fits.
 */
const MAX = { ...CONTACT_MAX, consent: 2000, page: 2000, id: 64 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Deliberately loose: one @, something on each side, no spaces. Deliverability is not ours to judge.
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string) => (Object.hasOwn(o, key) ? o[key] : undefined);

/** The configs served, by `id@version`. */
export type ConfigMap = ReadonlyMap<string, Config>;
export const configKey = (id: string, version: string) => `${id}@${version}`;

export function parsePayload(body: unknown, configs: ConfigMap): Parsed {
  const problems: Problem[] = [];
  const bad = (path: string, message: string) => void problems.push({ path, message });
  if (!isObject(body)) return { ok: false, status: 400, problems: [{ path: '', message: 'must be a JSON object' }] };
  const str = (key: string, max: number) => {
    const v = own(body, key);
    if (typeof v !== 'string' || !v || v.length > max) bad(key, `must be a string of 1 to ${max} characters`);
    return typeof v === 'string' ? v : '';
  };
  const id = str('id', MAX.id);
  if (id && !UUID.test(id)) bad('id', 'must be a UUID');
  const configId = str('configId', MAX.id);
  const version = str('version', 32);
  const lang = own(body, 'lang');
  if (lang !== 'nl' && lang !== 'en') bad('lang', 'must be "nl" or "en"');

  const contact = parseContact(own(body, 'contact'), bad);
  const consent = parseConsent(own(body, 'consent'), bad);
  const page = parsePage(own(body, 'page'), bad);
  if (problems.length) return { ok: false, status: 400, problems };

  const config = configs.get(configKey(configId, version));
  if (!config) {
    return {
      ok: false,
      status: 404,
      problems: [{ path: 'configId', message: `unknown config ${configId}@${version}` }],
    };
  }
  const answers = parseAnswers(config, own(body, 'answers'), bad);
  if (problems.length) return { ok: false, status: 400, problems };

  const scored = scoreAnswers(config, answers, { lang: lang as 'nl' | 'en' });
  const result: StoredResult = {
    overall: { score: scored.overall.score, percentile: scored.overall.percentile },
    dimensions: scored.dimensions.map((d) => ({ id: d.id, score: d.score, percentile: d.percentile })),
    segment: scored.segment.id,
  };
  return {
    ok: true,
    record: {
      id: id.toLowerCase(),
      configId,
      version,
      lang: lang as 'nl' | 'en',
      answers,
      result,
      contact,
      consent,
      page,
    },
  };
}

type Bad = (path: string, message: string) => void;

/** Every question answered, each answer exactly a valid one (no repair of a tampered tick list). */
function parseAnswers(config: Config, raw: unknown, bad: Bad): Answers {
  const answers: Answers = {};
  if (!isObject(raw)) {
    bad('answers', 'must be an object of question id → option id(s)');
    return answers;
  }
  const known = new Set(config.questions.map((q) => q.id));
  for (const key of Object.keys(raw)) if (!known.has(key)) bad(`answers.${key}`, 'unknown question');
  for (const q of config.questions) {
    const given = own(raw, q.id);
    if (given === undefined) {
      bad(`answers.${q.id}`, 'missing: every question needs an answer');
      continue;
    }
    const clean = sanitizeAnswer(q, given);
    const exact =
      clean !== undefined &&
      (typeof clean === 'string'
        ? clean === given
        : Array.isArray(given) && given.length === clean.length && new Set(given).size === given.length);
    if (!exact) {
      bad(
        `answers.${q.id}`,
        q.type === 'multiple'
          ? `must be a non-empty list of distinct option ids of ${q.id} (an exclusive option alone)`
          : `must be one option id of ${q.id}`,
      );
    } else answers[q.id] = clean;
  }
  return answers;
}

function parseContact(raw: unknown, bad: Bad): ResponseRecord['contact'] {
  const contact: ResponseRecord['contact'] = {};
  if (raw === undefined) return contact;
  if (!isObject(raw)) {
    bad('contact', 'must be an object');
    return contact;
  }
  for (const field of contactFields) {
    const v = own(raw, field);
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string' || v.length > MAX[field])
      bad(`contact.${field}`, `must be a string of at most ${MAX[field]} characters`);
    else if (field === 'email' && !EMAIL.test(v)) bad('contact.email', 'must be an e-mail address');
    else contact[field] = v.trim();
  }
  return contact;
}

function parseConsent(raw: unknown, bad: Bad): ResponseRecord['consent'] {
  const text = isObject(raw) ? own(raw, 'text') : undefined;
  const at = isObject(raw) ? own(raw, 'at') : undefined;
  if (!isObject(raw)) bad('consent', 'is required: { text, at }');
  else if (typeof text !== 'string' || !text.trim() || text.length > MAX.consent)
    bad('consent.text', `must be the consent text shown (1 to ${MAX.consent} characters)`);
  else if (typeof at !== 'string' || !ISO_TIME.test(at) || Number.isNaN(Date.parse(at)))
    bad('consent.at', 'must be an ISO date-time');
  return { text: typeof text === 'string' ? text : '', at: typeof at === 'string' ? at : '' };
}

/** The page, reduced to origin and path: a query or fragment may carry personal data. */
function parsePage(raw: unknown, bad: Bad): string | null {
  if (raw === undefined) return null;
  let url: URL | undefined;
  try {
    url = typeof raw === 'string' && raw.length <= MAX.page ? new URL(raw) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    bad('page', 'must be an http(s) URL');
    return null;
  }
  return `${url.origin}${url.pathname}`;
}
