/** The languages the widget speaks: the one `Lang` type of the whole code base (core, i18n, ui, element). */
export const langs = ['nl', 'en'] as const;
export type Lang = (typeof langs)[number];

/** `en-GB` → `en`; anything unsupported (or empty) → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = value?.trim().toLowerCase().split('-')[0];
  return langs.find((l) => l === base);
}
