/**
 * The config validator (JSON Schema + cross-checks) in its own chunk: only hosts with their own
 * config need it. Loaded and retried as chunk.ts says.
 */
import type * as Validator from '../core/parse-config.ts';
import { chunkLoader } from './chunk.ts';

/**
 * Where the chunk is. In the sources (tests, dev server) it is the module itself; the library build
 * puts the built chunk's URL here (scripts/build.mjs), and the classic file replaces this module by
 * one that holds the validator.
 */
const url = () => new URL(/* @vite-ignore */ '../core/parse-config.ts', import.meta.url).href;

export const loadValidator = chunkLoader<typeof Validator>(url);
