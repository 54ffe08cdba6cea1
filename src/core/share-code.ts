/**
 * Share codes: a visitor's answers in a short, URL-safe string, so a result can be reopened from
 * a link without any server.
 *
 * Layout: one version character, the payload, a 5-character checksum; all base64url characters.
 * Payload bits, questions in config order, most significant bit first:
 * - single/scale with n options: option index + 1 in ceil(log2(n + 1)) bits, 0 = unanswered;
 * - multiple with n options: an n-bit mask, bit i = option i ticked (none ticked = unanswered).
 * The bits are padded with zeros to whole characters. The checksum is 30 bits of FNV-1a over the
 * config id, its version and the payload, so a code made for another config (or another version
 * of it) or mistyped is refused rather than read as different answers. Each answer set has exactly
 * one code, which is how decoding checks a code: it must be the one its answers encode to.
 */
import { sanitizeAnswers, type Answers } from './answers.ts';
import { LIMITS } from './limits.ts';
import type { Config, Question } from './schema.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Bumped when the layout changes; old links then fail cleanly instead of decoding wrongly. */
export const SHARE_CODE_VERSION = '1';

/** Bits per question: an n-bit mask, or enough bits to write n (0 = unanswered, i + 1 = option i). */
const bitsFor = ({ type, options: { length } }: Question) => (type === 'multiple' ? length : length.toString(2).length);
/** `value` in `width` binary digits, most significant first. */
const toBits = (value: number, width: number) => value.toString(2).padStart(width, '0');
/** Bits as base64url characters, six at a time; the last six padded with zeros. */
const toChars = (bits: string) => bits.replace(/.{1,6}/g, (six) => ALPHABET[parseInt(six.padEnd(6, '0'), 2)]!);

/** 32-bit FNV-1a (ids, versions and payloads are ASCII by the schema, so characters are bytes). */
const fnv1a = (text: string) =>
  // Math.imul keeps 32 bits (signed); the caller's `>>>` reads them unsigned.
  [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 0x01000193), 0x811c9dc5);

/** Encodes the valid part of `answers` (they are sanitised first). */
export function encodeShareCode(config: Config, answers: Answers): string {
  const clean = sanitizeAnswers(config, answers);
  let bits = '';
  for (const q of config.questions) {
    const answer = clean[q.id];
    bits +=
      q.type === 'multiple'
        ? q.options.map((o) => (Array.isArray(answer) && answer.includes(o.id) ? 1 : 0)).join('')
        : toBits(q.options.findIndex((o) => o.id === answer) + 1, bitsFor(q));
  }
  const payload = toChars(bits);
  // The separators keep ('ab', 'c') and ('a', 'bc') apart.
  return SHARE_CODE_VERSION + payload + toChars(toBits(fnv1a(`${config.id}\n${config.version}\n${payload}`) >>> 2, 30));
}

/**
 * The answers in `code`, or null when it is not exactly a code for this config and version:
 * too long (checked before anything else), wrong version character or length, characters outside
 * base64url, a checksum mismatch, non-zero padding, an option index out of range, or an
 * exclusive option ticked together with others. Never throws.
 */
export function decodeShareCode(config: Config, code: unknown): Answers | null {
  if (typeof code !== 'string' || code.length > LIMITS.shareCodeChars) return null;
  // Read leniently (a character outside the alphabet only spoils the bits), then insist that the
  // answers read encode to exactly this code: that one comparison makes every check above.
  let bits = '';
  for (const char of code.slice(1)) bits += toBits(ALPHABET.indexOf(char), 6);
  const raw: Record<string, unknown> = {};
  let at = 0;
  for (const q of config.questions) {
    const field = bits.slice(at, (at += bitsFor(q)));
    raw[q.id] =
      q.type === 'multiple'
        ? q.options.filter((_, i) => field[i] === '1').map((o) => o.id)
        : q.options[parseInt(field, 2) - 1]?.id;
  }
  const answers = sanitizeAnswers(config, raw);
  return encodeShareCode(config, answers) === code ? answers : null;
}
