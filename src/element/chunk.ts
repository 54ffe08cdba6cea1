/**
 * Loads a self-contained chunk by its URL. Chromium remembers a failed dynamic import() of a URL
 * and fails the same URL again without a request, so after a failure (a network blip) the next
 * attempt imports the chunk under a new URL (`?retry=N`). The chunk imports nothing itself
 * (scripts/build.mjs builds it as its own entry): a chunk it imported would stay failed under its
 * old URL.
 */
export function chunkLoader<T>(url: () => string): () => Promise<T> {
  let failures = 0;
  return async () => {
    const attempt = failures;
    try {
      return (await import(/* @vite-ignore */ attempt ? `${url()}?retry=${attempt}` : url())) as T;
    } catch (error) {
      // Counted once per failed URL, so concurrent loads that fail together retry under one new URL.
      if (failures === attempt) failures++;
      throw error;
    }
  };
}
