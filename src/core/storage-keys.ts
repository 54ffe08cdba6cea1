/**
 * Where an instance keeps its progress and history: one key per config id, version and element
 * id. The element id is URI-encoded, so no id can spell another instance's key (`id="x:history"`
 * used to share the history key of `id="x"`); plain ids (letters, digits, - and _) are unchanged, so
 * keys written by 0.1.0 for such ids still read.
 */
import type { Config } from './schema.ts';

const PREFIX = 'sm-maturity-check:';
/** A key this module writes: config id, version, optional encoded element id, optional `:history`. */
const KEY = /^sm-maturity-check:([A-Za-z0-9][\w-]*)@([0-9A-Za-z.+-]+)(?:#([^#:]*))?(:history)?$/;

/** URI-encoded; a lone surrogate (which encodeURIComponent would throw on) reads as U+FFFD. */
const encodeId = (elementId: string) => encodeURIComponent(elementId.replace(/\p{Cs}/gu, '\ufffd'));

export interface StorageKeys {
  /** The step, question index and answers so far. */
  progress: string;
  /** The last two results (scores only). */
  history: string;
}

/** The keys of `config` for an element with id `elementId` (none or '' for an element without one). */
export function storageKeys({ id, version }: Pick<Config, 'id' | 'version'>, elementId = ''): StorageKeys {
  const progress = `${PREFIX}${id}@${version}${elementId ? `#${encodeId(elementId)}` : ''}`;
  return { progress, history: `${progress}:history` };
}

/**
 * Whether storage key `key` belongs to this config id and element id: 'current' for its version,
 * 'other-version' for any other version of it (to be removed on load or reset), else undefined.
 */
export function keyOwner(
  key: string,
  { id, version }: Pick<Config, 'id' | 'version'>,
  elementId = '',
): 'current' | 'other-version' | undefined {
  const match = KEY.exec(key);
  if (!match || match[1] !== id || (match[3] ?? '') !== (elementId ? encodeId(elementId) : '')) return undefined;
  return match[2] === version ? 'current' : 'other-version';
}
