import { nl } from './nl.ts';
import { en } from './en.ts';
import { langs, type Lang, type Messages } from './messages.ts';

export { langs, type Lang, type Messages };
export { toLang } from '../core/lang.ts';
export const messages: Record<Lang, Messages> = { nl, en };

// One formatter per language: constructing Intl.NumberFormat costs about a millisecond each.
const formats = new Map<Lang, Intl.NumberFormat>();
export function percent(lang: Lang, share: number): string {
  const format = formats.get(lang) ?? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  formats.set(lang, format);
  return format.format(share);
}
