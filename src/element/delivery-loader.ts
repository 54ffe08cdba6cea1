/**
 * The delivery chunk (the form, the controller and its outbox): only hosts with an `endpoint` load
 * it. Loaded and retried as chunk.ts says.
 */
import type * as Delivery from './delivery-chunk.ts';
import { chunkLoader } from './chunk.ts';

/** In the sources it is the module itself; the library build puts the built chunk's URL here (scripts/build.mjs). */
const url = () => new URL(/* @vite-ignore */ './delivery-chunk.ts', import.meta.url).href;

export const loadDelivery = chunkLoader<typeof Delivery>(url);
