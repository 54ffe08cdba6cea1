/**
 * The built-in questions, benchmark and advice in their own chunk: pure data, about a third of the
 * widget, and none of it is code. Hosts with their own config never load it; everyone else loads
 * it while the first screen is being set up. Loaded and retried as chunk.ts says.
 */
import type * as Content from '../content/report-2011.ts';
import { chunkLoader } from './chunk.ts';

/** In the sources it is the module itself; the library build puts the built chunk's URL here (scripts/build.mjs). */
const url = () => new URL(/* @vite-ignore */ '../content/report-2011.ts', import.meta.url).href;

export const loadContent = chunkLoader<typeof Content>(url);
