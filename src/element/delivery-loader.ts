/**
 * The delivery chunk (the form, the controller and its outbox): only hosts with an `endpoint` load
 * it. As with the validator (validator.ts says why), a retry imports it under a new URL, and the
 * chunk is self-contained: scripts/build.mjs builds it as its own entry.
 */
import type * as Delivery from './delivery-chunk.ts';

/** In the sources it is the module itself; the build puts the built chunk's URL here (`__SM_DELIVERY_URL__`). */
const url = () => new URL(/* @vite-ignore */ './delivery-chunk.ts', import.meta.url).href;

let failures = 0;

export async function loadDelivery(): Promise<typeof Delivery> {
  const attempt = failures;
  try {
    return (await import(/* @vite-ignore */ attempt ? `${url()}?retry=${attempt}` : url())) as typeof Delivery;
  } catch (error) {
    if (failures === attempt) failures++;
    throw error;
  }
}
