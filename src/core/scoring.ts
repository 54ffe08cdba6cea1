/**
 * Scores a visitor against the benchmark. Pure: same config and answers, same result.
 *
 * Everything that depends on the config alone (the benchmark distributions, their percentile
 * tables, segment shares, what leaders do) is built once per config object and kept in a WeakMap,
 * so scoring itself is a few sums and look-ups. Configs are treated as immutable.
 */
import { pointsOf, sanitizeAnswers, type Answers } from './answers.ts';
import {
  convolve,
  displayPercentile,
  midRankTable,
  mixture,
  normalizeDistribution,
  pointMass,
  questionPoints,
  questionRange,
  scaleScore,
  shareInRange,
  toScale,
  type Lattice,
  type Range,
} from './distribution.ts';
import type { Config, Distribution, Question } from './schema.ts';
import { selectSuggestions } from './suggestions.ts';

export type Lang = 'nl' | 'en';
export interface ScoreOptions {
  lang?: Lang;
}
export interface OverallResult {
  /** 0–100, whole. */
  score: number;
  /** Mid-rank position in the benchmark, whole, 1–99. */
  percentile: number;
  /** The benchmark on the 0–100 scale: ascending whole scores and their shares. */
  distribution: Distribution;
}
export interface SegmentResult {
  id: string;
  label: string;
  description: string;
  min: number;
  /** Benchmark share whose overall score falls in this segment, 0–1. */
  share: number;
}
export interface SegmentShare {
  id: string;
  label: string;
  min: number;
  share: number;
}
export interface DimensionResult {
  id: string;
  label: string;
  score: number;
  percentile: number;
  distribution: Distribution;
}
export interface SuggestionResult {
  id: string;
  title: string;
  body: string;
  route: string;
  routeLabel: string;
  url?: string;
}
/** Something the leaders' class mostly does that the visitor does not (yet). */
export interface Gap {
  questionId: string;
  optionId: string;
  dimension: string;
  /** The option's label. */
  label: string;
  /** The question's text, for context. */
  question: string;
  /** Share of the leaders' class that chose or ticked the option, 0–1. */
  share: number;
}
export interface Result {
  configId: string;
  configVersion: string;
  lang: Lang;
  answers: Answers;
  overall: OverallResult;
  segment: SegmentResult;
  segments: SegmentShare[];
  dimensions: DimensionResult[];
  suggestions: SuggestionResult[];
  gaps: Gap[];
  /** Added by the element. */
  shareUrl?: string;
}

/** At most this many gaps are listed. */
export const MAX_GAPS = 5;
/** A leaders' habit counts when at least this share of the class has it. */
export const GAP_SHARE = 0.5;

interface Benchmark {
  range: Range;
  distribution: Distribution;
  /** Unrounded mid-rank for each whole score 0–100. */
  ranks: readonly number[];
}
interface GapCandidate {
  question: Question;
  optionId: string;
  value: number;
  share: number;
  order: number;
}
interface Model {
  overall: Benchmark;
  dimensions: Map<string, Benchmark>;
  segmentShares: number[];
  gaps: GapCandidate[];
}

const cache = new WeakMap<Config, Model>();
const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

function model(config: Config): Model {
  let built = cache.get(config);
  if (!built) {
    built = buildModel(config);
    cache.set(config, built);
  }
  return built;
}

function buildModel(config: Config): Model {
  const { classes, measured } = config.benchmark;
  // One lattice per (class, question), reused by the overall and the dimension convolutions.
  const points = classes.map((c) => config.questions.map((q) => questionPoints(q, c.id)));

  const benchmark = (questions: readonly number[], given: Distribution | undefined): Benchmark => {
    const range = questions.reduce<Range>((r, qi) => {
      const q = questionRange(config.questions[qi]!);
      return { min: r.min + q.min, max: r.max + q.max };
    }, { min: 0, max: 0 });
    let distribution: Distribution;
    if (given) distribution = normalizeDistribution(given);
    else {
      // Within a class questions are independent, so its total is their convolution; the
      // benchmark population is the classes' weighted mixture.
      const perClass = classes.map((c, ci) => ({
        weight: c.weight,
        dist: questions.reduce<Lattice>((d, qi) => convolve(d, points[ci]![qi]!), pointMass(0)),
      }));
      distribution = toScale(mixture(perClass), range);
    }
    return { range, distribution, ranks: midRankTable(distribution) };
  };

  const all = config.questions.map((_, qi) => qi);
  const overall = benchmark(all, measured?.overall);
  const dimensions = new Map<string, Benchmark>();
  for (const d of config.dimensions) {
    const own = all.filter((qi) => config.questions[qi]!.dimension === d.id);
    const given = measured?.dimensions?.find((x) => x.id === d.id);
    dimensions.set(d.id, benchmark(own, given));
  }
  const segmentShares = config.segments.map((s, si) =>
    shareInRange(overall.distribution, si === 0 ? -Infinity : s.min, config.segments[si + 1]?.min ?? Infinity),
  );
  return { overall, dimensions, segmentShares, gaps: gapCandidates(config) };
}

/**
 * What the leaders' class does: on a single/scale question its modal option (the first of a tie)
 * if at least half chose it; on a multiple question with per-option shares, every scoring option
 * at least half of them tick. Totals say nothing about single options, so they give no gaps.
 */
function gapCandidates(config: Config): GapCandidate[] {
  const leaders = config.benchmark.leaders;
  if (leaders === undefined) return [];
  const candidates: GapCandidate[] = [];
  for (const question of config.questions) {
    const shares = question.benchmark.shares;
    const list = shares && hasOwn(shares, leaders) ? shares[leaders] : undefined;
    if ((question.weight ?? 1) === 0 || !list) continue;
    const options = question.options.map((o, i) => ({ o, share: list[i] ?? 0 }));
    const picked =
      question.type === 'multiple'
        ? options.filter(({ o, share }) => !o.exclusive && o.value > 0 && share >= GAP_SHARE)
        : options.reduce((best, x) => (x.share > best.share ? x : best), { o: question.options[0]!, share: -1 });
    for (const { o, share } of Array.isArray(picked) ? picked : [picked]) {
      if (share >= GAP_SHARE) candidates.push({ question, optionId: o.id, value: o.value, share, order: candidates.length });
    }
  }
  return candidates;
}

function isGap(candidate: GapCandidate, answers: Answers): boolean {
  const { question, optionId, value } = candidate;
  const answer = hasOwn(answers, question.id) ? answers[question.id] : undefined;
  if (question.type === 'multiple') return !(Array.isArray(answer) && answer.includes(optionId));
  return value * (question.weight ?? 1) > pointsOf(question, answer);
}

const copy = (d: Distribution): Distribution => ({ scores: d.scores.slice(), shares: d.shares.slice() });

/** Scores `answers` (sanitised first) against `config`'s benchmark; labels in `lang` (default nl). */
export function scoreAnswers(config: Config, answers: Answers, options: ScoreOptions = {}): Result {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const clean = sanitizeAnswers(config, answers);
  const m = model(config);

  let overallRaw = 0;
  const rawByDimension = new Map<string, number>();
  for (const q of config.questions) {
    const points = pointsOf(q, hasOwn(clean, q.id) ? clean[q.id] : undefined);
    overallRaw += points;
    rawByDimension.set(q.dimension, (rawByDimension.get(q.dimension) ?? 0) + points);
  }
  const position = (b: Benchmark, raw: number) => {
    const score = scaleScore(raw, b.range);
    return { score, percentile: displayPercentile(b.ranks[score] ?? 50), distribution: copy(b.distribution) };
  };

  const overall = position(m.overall, overallRaw);
  // The last segment whose threshold the score reaches (the first one when none is reached).
  const segmentIndex = config.segments.reduce((found, s, si) => (s.min <= overall.score ? si : found), 0);
  const segment = config.segments[segmentIndex]!;
  const dimensions = config.dimensions.map((d) => ({
    id: d.id,
    label: d.label[lang],
    ...position(m.dimensions.get(d.id)!, rawByDimension.get(d.id) ?? 0),
  }));

  const routes = new Map(config.routes.map((r) => [r.id, r.label[lang]] as const));
  const suggestions = selectSuggestions(config, clean, dimensions, segment.id).map((s) => ({
    id: s.id,
    title: s.title[lang],
    body: s.body[lang],
    route: s.route,
    routeLabel: routes.get(s.route) ?? s.route,
    ...(s.url === undefined ? {} : { url: s.url }),
  }));

  // Stable sort: equal shares keep config order.
  const gaps = m.gaps
    .filter((c) => isGap(c, clean))
    .sort((a, b) => b.share - a.share || a.order - b.order)
    .slice(0, MAX_GAPS)
    .map(({ question, optionId, share }) => ({
      questionId: question.id,
      optionId,
      dimension: question.dimension,
      label: question.options.find((o) => o.id === optionId)!.label[lang],
      question: question.text[lang],
      share,
    }));

  return {
    configId: config.id,
    configVersion: config.version,
    lang,
    answers: clean,
    overall,
    segment: {
      id: segment.id,
      label: segment.label[lang],
      description: segment.description[lang],
      min: segment.min,
      share: m.segmentShares[segmentIndex] ?? 0,
    },
    segments: config.segments.map((s, si) => ({ id: s.id, label: s.label[lang], min: s.min, share: m.segmentShares[si] ?? 0 })),
    dimensions,
    suggestions,
    gaps,
  };
}
