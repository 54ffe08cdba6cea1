/**
 * Share codes: a visitor's answers in a short, URL-safe string, so a result can be reopened from
 * a link without any server.
 *
 * Layout (version '2'): the version character, a 4-character tag, the payload, a 5-character
 * checksum; all base64url characters.
 * - Payload bits, questions in config order, most significant bit first:
 *   single/scale with n options: option index + 1 in ceil(log2(n + 1)) bits (0 = unanswered);
 *   multiple with n options: an n-bit mask, bit i = option i ticked (none ticked = unanswered).
 *   The bits are padded with zeros to whole characters.
 * - Tag: 12 bits of FNV-1a over the config id, then 12 over the id and version. It only tells a
 *   code made for another version of this config apart from a broken one; it is no check.
 * - Checksum: 30 bits of FNV-1a over the config id, its version, the tag and the payload, so a
 *   code made for another config (or another version of it) or mistyped is refused rather than
 *   read as different answers. Not a signature: anyone can make a valid code for any answers.
 * Every complete answer set has exactly one code, which is how decoding checks a code: it must be
 * the one its answers encode to. Version '1' (0.1.0: no tag) is still read, never written.
 */
import { isComplete, sanitizeAnswers, type Answers } from './answers.ts';
import { LIMITS } from './limits.ts';
import type { Config, Question } from './schema.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Bumped when the layout changes; a code's first character says which layout it has. */
export const SHARE_CODE_VERSION = '2';
const TAG_CHARS = 4;
const CHECKSUM_CHARS = 5;

/** Bits per question: an n-bit mask, or enough bits to write n (0 = unanswered, i + 1 = option i). */
const bitsFor = ({ type, options: { length } }: Question) => (type === 'multiple' ? length : length.toString(2).length);
/** `value` in `width` binary digits, most significant first. */
const toBits = (value: number, width: number) => value.toString(2).padStart(width, '0');
/** Bits as base64url characters, six at a time; the last six padded with zeros. */
const toChars = (bits: string) => bits.replace(/.{1,6}/g, (six) => ALPHABET[parseInt(six.padEnd(6, '0'), 2)]!);

/** 32-bit FNV-1a, unsigned (ids, versions and payloads are ASCII by the schema, so characters are bytes). */
const fnv1a = (text: string) =>
  // Math.imul keeps 32 bits (signed); `>>> 0` reads them unsigned.
  [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 0x01000193), 0x811c9dc5) >>> 0;

const payloadChars = (config: Config) => Math.ceil(config.questions.reduce((n, q) => n + bitsFor(q), 0) / 6);

/**
 * The length of every code for `config` (each answer set gives a code of the same length). The
 * decoder refuses a code of any other length before reading it; for an accepted config it is at
 * most LIMITS.shareCodeChars.
 */
export const shareCodeLength = (config: Config) => 1 + TAG_CHARS + payloadChars(config) + CHECKSUM_CHARS;

/** The tag of a config: which config (12 bits), which version of it (12 bits). */
const tagOf = ({ id, version }: Config) =>
  toChars(toBits(fnv1a(id) >>> 20, 12) + toBits(fnv1a(`${id}\n${version}`) >>> 20, 12));

// The separators keep ('ab', 'c') and ('a', 'bc') apart.
const checksum = ({ id, version }: Config, body: string) =>
  toChars(toBits(fnv1a(`${id}\n${version}\n${body}`) >>> 2, 30));

function payloadOf(config: Config, answers: Answers): string {
  const clean = sanitizeAnswers(config, answers);
  let bits = '';
  for (const q of config.questions) {
    const answer = Object.hasOwn(clean, q.id) ? clean[q.id] : undefined;
    bits +=
      q.type === 'multiple'
        ? q.options.map((o) => (Array.isArray(answer) && answer.includes(o.id) ? 1 : 0)).join('')
        : toBits(q.options.findIndex((o) => o.id === answer) + 1, bitsFor(q));
  }
  return toChars(bits);
}

/** Encodes the valid part of `answers` (they are sanitised first); only a complete set decodes. */
export function encodeShareCode(config: Config, answers: Answers): string {
  const body = tagOf(config) + payloadOf(config, answers);
  return SHARE_CODE_VERSION + body + checksum(config, body);
}

/** The 0.1.0 layout, without a tag: read so that links handed out then keep working. */
function encodeV1(config: Config, answers: Answers): string {
  const payload = payloadOf(config, answers);
  return '1' + payload + checksum(config, payload);
}

/** Reads answers from payload characters leniently; the caller checks that they re-encode to the code. */
function readPayload(config: Config, chars: string): Answers {
  let bits = '';
  for (const char of chars) bits += toBits(ALPHABET.indexOf(char), 6);
  // A Map, not an object: no question id can reach an inherited member while reading.
  const raw = new Map<string, unknown>();
  let at = 0;
  for (const q of config.questions) {
    const field = bits.slice(at, (at += bitsFor(q)));
    raw.set(
      q.id,
      q.type === 'multiple'
        ? q.options.filter((_, i) => field[i] === '1').map((o) => o.id)
        : q.options[parseInt(field, 2) - 1]?.id,
    );
  }
  return sanitizeAnswers(config, Object.fromEntries(raw));
}

export type ShareCodeReading =
  | { ok: true; answers: Answers }
  /** `other-version`: made for another version of this config; `invalid`: anything else. */
  | { ok: false; reason: 'other-version' | 'invalid' };

const invalid: ShareCodeReading = { ok: false, reason: 'invalid' };

/**
 * Reads `code` for `config`: the complete answers it holds, or why not. A code of the wrong
 * length is refused before it is read; a code whose tag names this config but another version
 * is `other-version`; everything else that is not exactly a code for a complete answer set of this
 * config and version is `invalid`. Never throws.
 */
export function readShareCode(config: Config, code: unknown): ShareCodeReading {
  if (typeof code !== 'string' || code.length > LIMITS.shareCodeChars) return invalid;
  const v1 = code[0] === '1';
  const payloadStart = v1 ? 1 : 1 + TAG_CHARS;
  if (!v1 && code[0] === SHARE_CODE_VERSION && /^[\w-]+$/.test(code)) {
    const tag = tagOf(config);
    const theirs = code.slice(1, payloadStart);
    // Same config (the tag's first half), other version: a friendly notice rather than 'invalid'.
    if (theirs.slice(0, 2) === tag.slice(0, 2) && theirs !== tag) return { ok: false, reason: 'other-version' };
  }
  if (!(v1 || code[0] === SHARE_CODE_VERSION) || code.length !== payloadStart + payloadChars(config) + CHECKSUM_CHARS)
    return invalid;
  const answers = readPayload(config, code.slice(payloadStart, -CHECKSUM_CHARS));
  // Re-encoding checks everything at once: checksum, alphabet, padding, ranges, exclusive options.
  const canonical = v1 ? encodeV1(config, answers) : encodeShareCode(config, answers);
  return canonical === code && isComplete(config, answers) ? { ok: true, answers } : invalid;
}

/**
 * The complete answers in `code`, or null when it is not exactly a code for a complete answer set
 * of this config and version (see readShareCode). Never throws.
 */
export function decodeShareCode(config: Config, code: unknown): Answers | null {
  const reading = readShareCode(config, code);
  return reading.ok ? reading.answers : null;
}
