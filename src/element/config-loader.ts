/**
 * Brings a host's config in: fetch with a timeout and a size cap that holds while the body streams
 * in, then validation in an on-demand chunk, so visitors of the built-in config never download the
 * validator.
 */
import type { Config } from '../core/schema.ts';
import { LIMITS } from '../core/limits.ts';
import type { ConfigIssue } from '../core/parse-config.ts';
import { loadValidator } from './validator.ts';
import { loadContent } from './content.ts';
import { readCapped, TooLargeError } from './read-capped.ts';

export type LoadOutcome =
  | { ok: true; config: Config }
  | {
      ok: false;
      code: 'config-fetch' | 'config-too-large' | 'config-invalid' | 'network';
      message: string;
      issues?: ConfigIssue[];
    };

export const FETCH_TIMEOUT_MS = 10_000;

async function fetchText(src: string, signal?: AbortSignal): Promise<string> {
  const url = new URL(src, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`unsupported URL scheme ${url.protocol}`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  // The element cuts the fetch off when it is removed from the page (or the source changes).
  const cut = () => abort.abort(signal?.reason);
  signal?.addEventListener('abort', cut, { once: true });
  if (signal?.aborted) cut();
  try {
    const response = await fetch(url, {
      signal: abort.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await readCapped(response, LIMITS.configChars);
  } catch (error) {
    if (error instanceof TooLargeError) {
      // The reader is cancelled already; aborting also ends a request still being answered.
      abort.abort(error);
      throw error;
    }
    throw new Error(
      abort.signal.aborted && !signal?.aborted
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : String((error as Error)?.message ?? error),
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cut);
  }
}

/** A host's config at a URL, a host's config object, or the built-in one (its own chunk: content.ts). */
export type ConfigSource = { src: string } | { object: unknown } | { builtIn: true };
export const BUILT_IN: ConfigSource = { builtIn: true };

export async function loadConfig(input: ConfigSource, signal?: AbortSignal): Promise<LoadOutcome> {
  if ('builtIn' in input) {
    try {
      return { ok: true, config: (await loadContent()).defaultConfig };
    } catch (error) {
      return {
        ok: false,
        code: 'network',
        message: `Could not load the built-in questions: ${(error as Error).message}`,
      };
    }
  }
  let raw: unknown;
  try {
    raw = 'src' in input ? await fetchText(input.src, signal) : input.object;
  } catch (error) {
    return {
      ok: false,
      code: error instanceof TooLargeError ? 'config-too-large' : 'config-fetch',
      message: `Could not load the config from ${'src' in input ? input.src : ''}: ${(error as Error).message}`,
    };
  }
  try {
    const { parseConfig } = await loadValidator();
    const parsed = parseConfig(raw);
    return parsed.success
      ? { ok: true, config: parsed.data }
      : { ok: false, code: 'config-invalid', message: `Invalid config: ${parsed.error}`, issues: parsed.issues };
  } catch (error) {
    return {
      ok: false,
      code: 'config-fetch',
      message: `Could not load the config validator: ${(error as Error).message}`,
    };
  }
}

/** A config error for the developer's console: every issue with its path, else the message. */
export function describeIssues(tag: string, message: string, issues: ConfigIssue[] = []): string {
  const list = issues.map((i) => `\n  ${i.path || '(config)'}: ${i.message}`).join('');
  return `<${tag}>: ${issues.length ? `the config has ${issues.length} problem(s):${list}` : message}`;
}
