/**
 * Reads a response body as text with a cap that holds while it downloads: bytes are counted as
 * they arrive (after the browser has decompressed them), so an endless chunked body or a gzip
 * bomb stops at the cap instead of filling memory first, as `response.text()` would.
 */

/** The body (or its declared size) is over the cap; the loader reports it as `config-too-large`. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/**
 * The body of `response` as UTF-8 text (like `response.text()`: a BOM is dropped, bad bytes read
 * as U+FFFD), or a TooLargeError once it is longer than `maxChars` characters or `4 × maxChars`
 * bytes (no text of `maxChars` characters needs more). On any failure the stream is cancelled,
 * which ends the download.
 */
export async function readCapped(response: Response, maxChars: number): Promise<string> {
  const tooLarge = () => new TooLargeError(`larger than ${maxChars} characters`);
  // A declared size far over the cap is refused before reading (UTF-8: ≤ 4 bytes a character).
  if (Number(response.headers.get('content-length')) > 4 * maxChars) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  let chars = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > 4 * maxChars) throw tooLarge();
      const text = decoder.decode(value, { stream: true });
      chars += text.length;
      if (chars > maxChars) throw tooLarge();
      parts.push(text);
    }
  } catch (error) {
    // Cancelling tells the network stack to stop; a second error from it says nothing new.
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  if (text.length > maxChars) throw tooLarge();
  return text;
}
