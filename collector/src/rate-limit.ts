/**
 * A fixed one-minute window per client key, in this instance's memory. Written here rather than
 * taken from a package: it is a dozen lines, and the limit is per instance by design (README).
 */
export function rateLimiter(perMinute: number, now: () => number = Date.now) {
  let window = 0;
  let counts = new Map<string, number>();
  /** Whether one more request from `key` is allowed now. */
  return (key: string): boolean => {
    if (perMinute <= 0) return true;
    const current = Math.floor(now() / 60_000);
    // A new window forgets the old one entirely, so memory stays bounded by one minute's clients.
    if (current !== window) [window, counts] = [current, new Map()];
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n <= perMinute;
  };
}
