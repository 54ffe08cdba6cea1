/**
 * Caps on everything that comes in from outside (a config, a share link, saved state), so that
 * hostile or absurd input is refused before it costs time, and what is accepted stays small.
 */
export const LIMITS = {
  /** Characters of config JSON accepted before parsing. */
  configChars: 256_000,
  idLength: 64,
  textLength: 600,
  longTextLength: 2_000,
  urlLength: 2_000,
  dimensions: 12,
  questions: 60,
  options: 12,
  segments: 8,
  routes: 8,
  classes: 6,
  suggestions: 80,
  optionValue: 20,
  /** Highest point total one question may give (keeps convolution lattices small). */
  pointTotal: 60,
  /**
   * Steps (multiply-adds) that building a config's benchmark model may take, as `modelCost`
   * counts them: a few ms in Chromium from cold, so that the worst accepted config adds well under
   * one frame's budget (50 ms) at 4× CPU throttling. The built-in config needs about 5,000; 60
   * scale questions of 5 options in 12 dimensions with six classes about 290,000.
   */
  modelCost: 300_000,
  /**
   * Characters of a share code accepted before decoding: the longest code of an accepted config
   * (60 multiple-choice questions of 12 options: 1 + 4 + 720 / 6 + 5). Each config's own codes
   * have one exact length (`shareCodeLength`), checked first.
   */
  shareCodeChars: 130,
  /** Characters of saved state accepted before parsing. */
  stateChars: 20_000,
} as const;

/**
 * Characters no link may hold anywhere: whitespace, control and format characters (zero-width
 * spaces and joiners, bidi overrides and isolates, soft hyphens, the BOM), line and paragraph
 * separators, other invisible fillers and variation selectors, and the backslash (which browsers
 * read as `/`). Each alternative is one character: the test is a single linear scan.
 */
// Invisible combining marks (the grapheme joiner, Khmer inherent vowels, variation selectors) are listed apart:
// a character class would seem to combine them with their neighbours.
const UNSEEN = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\\]|\u034f|\u17b4|\u17b5|\p{VS}/u;
/** Printable ASCII other than `@` and `%`: what a host may be written with here. */
const HOST = /^[\x21-\x24\x26-\x3f\x41-\x7e]+$/;

/**
 * Only plain `https://host…` links that show where they go: rejects `javascript:`, `data:`,
 * protocol-relative `//x`, mixed-case schemes, whitespace, control, zero-width and bidi
 * characters anywhere, user info (`https://good.example@evil.example`), and hosts not written in
 * ASCII: an internationalised host must be given in its `xn--` form, which is what the visitor's
 * browser shows, so a host cannot pass for another in look-alike letters. Linear in the length:
 * one character-class scan, one `indexOf`-style search, one URL parse.
 */
export function isHttpsUrl(value: string): boolean {
  if (typeof value !== 'string' || !value.startsWith('https://') || UNSEEN.test(value)) return false;
  const rest = value.slice('https://'.length);
  const end = rest.search(/[/?#]/);
  if (!HOST.test(end < 0 ? rest : rest.slice(0, end))) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * The link to put in an `href` for a config's URL, and to show when the URL itself is the link
 * text: the browser's own reading of it (`new URL(url).href`), so the text shown is exactly where
 * the link goes. Undefined for anything isHttpsUrl refuses.
 */
export function linkHref(value: string | undefined): string | undefined {
  return value !== undefined && isHttpsUrl(value) ? new URL(value).href : undefined;
}
