/**
 * localStorage that never throws: missing, forbidden (getter throws), full (setItem throws) or
 * corrupted storage all degrade to 'nothing saved'; the quiz carries on from memory.
 */
export interface SafeStorage {
  read(key: string): string | null;
  /** false when the write failed (quota, forbidden). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key in the store (none when it cannot be reached). */
  keys(): string[];
}

function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const safeStorage: SafeStorage = {
  read(key) {
    try {
      return backend()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      const store = backend();
      store?.setItem(key, value);
      return store !== null;
    } catch {
      return false;
    }
  },
  remove(key) {
    try {
      backend()?.removeItem(key);
    } catch {
      /* nothing to remove from a store we cannot reach */
    }
  },
  keys() {
    try {
      const store = backend();
      return store ? Array.from({ length: store.length }, (_, i) => store.key(i) ?? '') : [];
    } catch {
      return [];
    }
  },
};
