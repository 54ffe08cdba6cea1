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
   * counts them: about 10 ms in Node, so that the worst accepted config stays within one frame's
   * budget at 4× CPU throttling. The built-in config needs about 5,000.
   */
  modelCost: 2_000_000,
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
 * Only plain `https://host…` links: rejects `javascript:`, `data:`, protocol-relative `//x`,
 * mixed-case schemes and leading or embedded whitespace or control characters.
 */
export function isHttpsUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!value.startsWith('https://') || /[\s\u0000-\u001f\u007f\\]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
