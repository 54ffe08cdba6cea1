/**
 * PGlite has no cross-process lock, and two processes on one data directory corrupt it. A lock
 * file next to the directory holds the owner's pid; a lock whose process is gone (after a crash
 * or SIGKILL) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const lockPath = (dir: string) => `${resolve(dir)}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live process holding `dir`, if any. */
export function lockHolder(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockPath(dir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock or throws with the holder's pid; returns the release function. */
export function acquireLock(dir: string, what: string): () => void {
  const path = lockPath(dir);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(dir);
      if (holder) {
        throw new Error(
          `${what}: the data directory ${dir} is in use by process ${holder} (${path}); ` +
            'PGlite cannot be opened by two processes at once. Stop that process first.',
          { cause: error },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`${what}: could not lock ${path}`);
}
