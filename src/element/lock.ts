/**
 * One holder at a time across this origin's tabs, so that a waiting payload is sent once even
 * when two tabs open at the same moment. The Web Locks API does this; it exists only in secure
 * contexts (https, localhost), so a page on plain http gets a lease in localStorage instead.
 *
 * The lease is written here rather than taken from a library: the few that exist pull in timers
 * and storage events of their own for what is a dozen lines on top of storage the widget already uses.
 */
import { safeStorage } from './storage.ts';
import { uuid } from '../core/payload.ts';

/** Longer than one delivery attempt (fetch gives up after 15 s), so a live holder never loses its lease. */
export const LEASE_MS = 20_000;
/** Time for a competing tab's write to land before a lease counts as taken (storage is not atomic across tabs). */
const SETTLE_MS = 100;
const POLL_MS = 150;
/**
 * How long a holder keeps the lock after its work: localStorage reaches other tabs (other
 * processes) a little later than a lock does, so the next holder must not read the outbox sooner.
 */
export const HOLD_MS = 250;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Lease {
  token: string;
  until: number;
}

function readLease(key: string): Lease | null {
  try {
    const lease = JSON.parse(safeStorage.read(key) ?? 'null') as Lease | null;
    return typeof lease?.token === 'string' && typeof lease.until === 'number' ? lease : null;
  } catch {
    return null;
  }
}

async function withLease<T>(name: string, run: () => Promise<T>): Promise<T> {
  const key = `${name}:lease`;
  const token = uuid();
  // Bounded: after two lease lengths a holder that never let go (a crashed tab) has expired.
  for (const deadline = Date.now() + 2 * LEASE_MS; Date.now() < deadline;) {
    const held = readLease(key);
    if (!held || held.until < Date.now()) {
      if (!safeStorage.write(key, JSON.stringify({ token, until: Date.now() + LEASE_MS }))) break;
      await pause(SETTLE_MS);
      if (readLease(key)?.token === token) {
        try {
          return await run();
        } finally {
          setTimeout(() => readLease(key)?.token === token && safeStorage.remove(key), HOLD_MS);
        }
      }
    }
    await pause(POLL_MS);
  }
  // No storage to coordinate through: this tab is on its own, so run unguarded.
  return run();
}

/**
 * Runs `run` while holding the lock `name` in every tab of this origin. Resolves with its outcome
 * at once; the lock itself is let go `HOLD_MS` later.
 */
export function withLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks as LockManager | undefined;
  if (!locks) return withLease(name, run);
  return new Promise<T>((resolve, reject) => {
    locks
      .request(name, async () => {
        await run().then(resolve, reject);
        await pause(HOLD_MS);
      })
      // Refused outright (an opaque origin, say): the lease still coordinates the tabs.
      .catch(() => withLease(name, run).then(resolve, reject));
  });
}
