import type { Messages } from './messages.ts';

const rules = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinal = (n: number) => {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' } as const;
  return `${n}${suffix[rules.select(n)]}`;
};

export const en: Messages = {
  meta: (q, m) => `${q} questions · about ${m} minutes`,
  compare: (t, p, y) =>
    `You compare your organisation with a benchmark based on the survey '${t}' (${p}, ${y}). The comparison is indicative.`,
  privacy: 'Your answers stay in your browser; nothing is sent.',
  start: 'Start the check',
  resume: (s, t) => `Continue at question ${s} of ${t}`,
  startOver: 'Start over',
  progress: (s, t) => `Question ${s} of ${t}`,
  multiple: 'Choose all that apply.',
  back: 'Back',
  next: 'Next',
  finish: 'See your result',
  needAnswer: 'Choose an answer first.',
  resultHeading: 'Your result',
  segment: (l) => `Your organisation is ${/^[aeiou]/i.test(l) ? 'an' : 'a'} ${l.toLowerCase()}`,
  percentile: (p) => `You are at the ${ordinal(p)} percentile of the benchmark.`,
  segmentShare: (s) => `In the benchmark, ${s} fall in this group (indicative).`,
  dimensions: 'By area',
  dimensionLine: (s, p) => `Score ${s} out of 100 · ${ordinal(p)} percentile`,
  chartCaption: (l) => `Benchmark distribution for ${l.toLowerCase()}`,
  you: 'you',
  gaps: 'What leaders often already do',
  gapLine: (s) => `${s} of the leaders in the benchmark`,
  suggestions: 'Learning suggestions for you',
  readMore: 'Read more',
  sourceHeading: 'What the comparison rests on',
  method: 'How the benchmark was built',
  retake: 'Take the check again',
  loading: 'Loading the check…',
  configError: 'This check could not be loaded.',
  retry: 'Try again',
  sharedHeading: 'A result shared with you',
  takeYourself: 'Take the check yourself',
  badLink: 'This share link does not work (invalid, or made for another version); you start a new check.',
  otherVersionLink: 'This share link was made with another version of this check; you start a new check.',
  share: 'Share your result',
  copy: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Copying failed; select the link above.',
  shareNative: 'Share…',
  email: 'Email',
  download: 'Download image',
  shareText: (s, p) =>
    `My organisation is ${/^[aeiou]/i.test(s) ? 'an' : 'a'} ${s.toLowerCase()} in social media (${ordinal(p)} percentile). Take the check too:`,
  since: (d, date) => `${d} since ${date}`,
  previous: 'last time',
};
