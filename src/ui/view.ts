import type { Config } from '../core/schema.ts';
import type { Lang, Messages } from '../i18n/index.ts';

/** What every render piece needs: the content, the language and its message table. */
export interface View {
  config: Config;
  lang: Lang;
  msg: Messages;
  t: (text: { nl: string; en: string }) => string;
  percent: (share: number) => string;
}
