import { nl } from './nl.ts';
import { en } from './en.ts';
import { langs, type Lang, type Messages } from './messages.ts';

export { langs, type Lang, type Messages };
export const messages: Record<Lang, Messages> = { nl, en };

/** `en-GB` → `en`; anything unsupported → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = value?.trim().toLowerCase().split('-')[0];
  return langs.find((l) => l === base);
}

export const percent = (lang: Lang, share: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
