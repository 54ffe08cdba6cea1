/**
 * The config validator (JSON Schema + cross-checks) in its own chunk: only hosts with their own
 * config need it. Chromium remembers a failed dynamic import() of a URL and fails the same URL
 * again without a request, so a retry after a network blip imports the chunk under a new URL
 * (`?retry=N`). The chunk is self-contained (scripts/build.mjs builds it as its own entry): a chunk
 * it imported would stay failed under its old URL.
 */
import type * as Validator from '../core/parse-config.ts';

/**
 * Where the chunk is. In the sources (tests, dev server) it is the module itself; the library build
 * puts the built chunk's URL here (`__SM_VALIDATOR_URL__` in scripts/build.mjs), and the classic
 * file replaces this module by one that holds the validator.
 */
const url = () => new URL(/* @vite-ignore */ '../core/parse-config.ts', import.meta.url).href;

let failures = 0;

export async function loadValidator(): Promise<typeof Validator> {
  const attempt = failures;
  try {
    return (await import(/* @vite-ignore */ attempt ? `${url()}?retry=${attempt}` : url())) as typeof Validator;
  } catch (error) {
    // Counted once per failed URL, so concurrent loads that fail together retry under one new URL.
    if (failures === attempt) failures++;
    throw error;
  }
}
