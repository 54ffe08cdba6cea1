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
 * of it) or mistyped is refused rather than read as different answers.
 */
import { sanitizeAnswers, setOwn, type Answers } from './answers.ts';
import { LIMITS } from './limits.ts';
import type { Config, Question } from './schema.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Bumped when the layout changes; old links then fail cleanly instead of decoding wrongly. */
export const SHARE_CODE_VERSION = '1';
const CHECKSUM_CHARS = 5;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

const bitsFor = (q: Question) => (q.type === 'multiple' ? q.options.length : Math.ceil(Math.log2(q.options.length + 1)));

/** 32-bit FNV-1a over UTF-16 code units (all ids and versions are ASCII by the schema). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function checksum(config: Config, payload: string): string {
  // The separators keep ('ab', 'c') and ('a', 'bc') apart.
  let hash = fnv1a(`${config.id}\n${config.version}\n${payload}`) >>> 2;
  let out = '';
  for (let i = 0; i < CHECKSUM_CHARS; i++) {
    out = ALPHABET[hash & 63]! + out;
    hash >>>= 6;
  }
  return out;
}

/** Encodes the valid part of `answers` (they are sanitised first). */
export function encodeShareCode(config: Config, answers: Answers): string {
  const clean = sanitizeAnswers(config, answers);
  const bits: number[] = [];
  const push = (value: number, width: number) => {
    for (let b = width - 1; b >= 0; b--) bits.push((value >>> b) & 1);
  };
  for (const q of config.questions) {
    const answer = clean[q.id];
    if (q.type === 'multiple') {
      for (const o of q.options) bits.push(Array.isArray(answer) && answer.includes(o.id) ? 1 : 0);
    } else push(q.options.findIndex((o) => o.id === answer) + 1, bitsFor(q));
  }
  while (bits.length % 6 !== 0) bits.push(0);
  let payload = '';
  for (let i = 0; i < bits.length; i += 6) payload += ALPHABET[bits.slice(i, i + 6).reduce((v, bit) => v * 2 + bit, 0)];
  return SHARE_CODE_VERSION + payload + checksum(config, payload);
}

/**
 * The answers in `code`, or null when it is not exactly a code for this config and version:
 * too long (checked before anything else), wrong version character or length, characters outside
 * base64url, a checksum mismatch, non-zero padding, an option index out of range, or an
 * exclusive option ticked together with others. Never throws.
 */
export function decodeShareCode(config: Config, code: unknown): Answers | null {
  try {
    if (typeof code !== 'string' || code.length > LIMITS.shareCodeChars) return null;
    const totalBits = config.questions.reduce((n, q) => n + bitsFor(q), 0);
    const payloadChars = Math.ceil(totalBits / 6);
    if (code.length !== 1 + payloadChars + CHECKSUM_CHARS || code[0] !== SHARE_CODE_VERSION || !BASE64URL.test(code)) {
      return null;
    }
    const payload = code.slice(1, 1 + payloadChars);
    if (checksum(config, payload) !== code.slice(1 + payloadChars)) return null;

    const bits: number[] = [];
    for (const char of payload) {
      const value = ALPHABET.indexOf(char);
      for (let b = 5; b >= 0; b--) bits.push((value >>> b) & 1);
    }
    // Only one spelling per answer set: padding must be zero.
    if (bits.slice(totalBits).some((bit) => bit !== 0)) return null;

    let at = 0;
    const read = (width: number) => {
      let value = 0;
      for (let b = 0; b < width; b++) value = value * 2 + (bits[at++] ?? 0);
      return value;
    };
    const answers: Answers = {};
    for (const q of config.questions) {
      if (q.type === 'multiple') {
        const ticked = q.options.filter(() => read(1) === 1);
        if (ticked.length > 1 && ticked.some((o) => o.exclusive)) return null;
        if (ticked.length > 0) setOwn(answers, q.id, ticked.map((o) => o.id));
      } else {
        const index = read(bitsFor(q));
        if (index > q.options.length) return null;
        const option = q.options[index - 1];
        if (option) setOwn(answers, q.id, option.id);
      }
    }
    return answers;
  } catch {
    return null;
  }
}
