/**
 * Admin access: the bearer token, compared in constant time, or a session cookie that the login
 * form sets. The cookie holds an expiry signed with the token (HMAC), so every instance that knows
 * the token accepts it and the collector keeps no session state outside the database.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = '__Host-sm-admin';
export const SESSION_SECONDS = 8 * 3600;

/** Equal-length digests, so neither the content nor the length of the token leaks through timing. */
export function sameSecret(given: string, token: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

export function bearerOk(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return !!match && sameSecret(match[1]!, token);
}

const sign = (token: string, expires: number) =>
  createHmac('sha256', token).update(`sm-admin-session:${expires}`).digest('base64url');

export function newSession(token: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + SESSION_SECONDS;
  return `${expires}.${sign(token, expires)}`;
}

export function sessionOk(cookie: string | undefined, token: string, now = Date.now()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(cookie ?? '');
  if (!match) return false;
  const expires = Number(match[1]);
  return expires * 1000 > now && sameSecret(match[2]!, sign(token, expires));
}
