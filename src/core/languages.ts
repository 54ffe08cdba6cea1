/**
 * A config that declares its languages (`languages: ["nl"]`) needs texts only in those. Before
 * validation, each text object (`{ "nl": "…" }`: only language keys, string values) gets the
 * languages it does not declare filled in from the first declared one it has, so the rest of the
 * widget can keep reading `text[lang]`; an element asked for an undeclared language shows the
 * first declared one anyway (`pickLanguage`). A declared language that is missing still fails.
 */

import { langs, type Lang } from './lang.ts';

/** The languages a config can carry texts in: the widget's own (here, not in schema.ts: that one imports zod). */
export const configLanguages = langs;
export type ConfigLanguage = Lang;

const isLanguage = (value: unknown): value is ConfigLanguage => configLanguages.includes(value as ConfigLanguage);

/** Fills undeclared languages in place (the value is parseConfig's own fresh copy) and returns it. */
export function fillLanguages(value: unknown): unknown {
  const declared = (value as { languages?: unknown } | null)?.languages;
  if (!Array.isArray(declared) || !declared.length || !declared.every(isLanguage)) return value;
  const missing = configLanguages.filter((l) => !declared.includes(l));
  if (!missing.length) return value;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const entries = Object.entries(node);
    const isText = entries.length > 0 && entries.every(([k, v]) => isLanguage(k) && typeof v === 'string');
    if (!isText) return entries.forEach(([, v]) => visit(v));
    const text = node as Record<string, string>;
    const from = declared.find((l) => typeof text[l] === 'string');
    if (from) for (const l of missing) text[l] ??= text[from]!;
  };
  visit(value);
  return value;
}

/** The language to show: the one asked for when the config has it, else the config's first. */
export function pickLanguage(asked: ConfigLanguage, languages: readonly ConfigLanguage[] | undefined): ConfigLanguage {
  return !languages?.length || languages.includes(asked) ? asked : languages[0]!;
}
