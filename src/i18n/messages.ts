/** Every text the widget itself shows (the config brings the content); one table per language. */
export { langs, type Lang } from '../core/lang.ts';

export interface Messages {
  meta: (questions: number, minutes: number) => string;
  compare: (title: string, publisher: string, year: number) => string;
  start: string;
  resume: (step: number, total: number) => string;
  startOver: string;
  progress: (step: number, total: number) => string;
  multiple: string;
  back: string;
  next: string;
  finish: string;
  needAnswer: string;
  resultHeading: string;
  segment: (label: string) => string;
  percentile: (p: number) => string;
  segmentShare: (share: string) => string;
  dimensions: string;
  dimensionLine: (score: number, p: number) => string;
  chartCaption: (label: string) => string;
  you: string;
  gaps: string;
  gapLine: (share: string) => string;
  suggestions: string;
  readMore: string;
  sourceHeading: string;
  method: string;
  retake: string;
  loading: string;
  configError: string;
  retry: string;
  sharedHeading: string;
  takeYourself: string;
  badLink: string;
  /** A share link made with another version of the same config. */
  otherVersionLink: string;
  share: string;
  copy: string;
  copied: string;
  copyFailed: string;
  shareNative: string;
  email: string;
  download: string;
  shareText: (segment: string, p: number) => string;
  since: (delta: string, date: string) => string;
  previous: string;
  /** The verdict in one sentence, with what it is compared with. */
  /** Completes the verdict sentence `segment(label)`: what it is compared with. */
  compared: (year: number) => string;
  totalScore: (score: number) => string;
  /** The percentile explained once, in plain words. */
  percentileHelp: (p: number) => string;
  person: string;
  organisation: string;
  sideLine: (p: number) => string;
  sidesCaption: string;
  overview: string;
  leaders: string;
  overviewText: (label: string, you: number, leaders: number | undefined) => string;
  why: string;
  /** Like with like after a retake: the previous shown score, dated. */
  change: (when: string, before: number, now: number, signed: string) => string;
  dimensionBefore: (before: number, signed: string) => string;
  distributions: string;
  distributionsHelp: string;
  // The consultancy's side: the privacy sentence, the shared view, config errors for visitors.
  /** The intro's privacy sentence without an endpoint. */
  privacyLocal: string;
  /** The privacy sentence with an endpoint; `to` is the brand or the endpoint's host name. */
  privacySend: (to: string) => string;
  /** The shared view's line: whose result this is. */
  sharedProfile: (segment: string) => string;
  /** A config that cannot be used: the visitor's short message (the developer's is on the console). */
  unavailable: string;
  /** A config that could not be fetched: it may work on a retry. */
  unreachable: string;
}
