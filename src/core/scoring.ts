/**
 * Scores a visitor against the benchmark. Pure: same config and answers, same result.
 *
 * The costly part that depends on the config alone (the benchmark distributions and their
 * percentile tables) is built once per config object and kept in a WeakMap, so scoring itself is
 * a few sums and look-ups. Configs are treated as immutable, and as checked by the config check.
 */
import { pointsOf, sanitizeAnswers, type Answer, type Answers } from './answers.ts';
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
} from './distribution.ts';
import type { Config, Distribution } from './schema.ts';
import { selectSuggestions } from './suggestions.ts';

import type { Lang } from './lang.ts';

export type { Lang };
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

/** Places a visitor's answers (own keys only) on one benchmark. */
type Locate = (answers: ReadonlyMap<string, Answer>) => OverallResult;

const cache = new WeakMap<Config, Locate[]>();

/** The overall benchmark first, then one per dimension, each over its own questions. */
function benchmarks({ questions, dimensions, benchmark: { classes, measured } }: Config): Locate[] {
  return [undefined, ...dimensions].map((d) => {
    const own = questions.filter((q) => !d || q.dimension === d.id);
    const given = d ? measured?.dimensions?.find((x) => x.id === d.id) : measured?.overall;
    const range = own
      .map(questionRange)
      .reduce((a, r) => ({ min: a.min + r.min, max: a.max + r.max }), { min: 0, max: 0 });
    // Within a class questions are independent, so its total is their convolution; the benchmark
    // population is the classes' weighted mixture. A measured distribution replaces all that.
    const { scores, shares } = given
      ? normalizeDistribution(given)
      : toScale(
          mixture(
            classes.map((c) => ({
              weight: c.weight,
              dist: own.reduce((dist, q) => convolve(dist, questionPoints(q, c.id)), pointMass(0)),
            })),
          ),
          range,
        );
    // Unrounded mid-rank for each whole score 0–100.
    const ranks = midRankTable({ scores, shares });
    return (answers) => {
      const score = scaleScore(
        own.reduce((raw, q) => raw + pointsOf(q, answers.get(q.id)), 0),
        range,
      );
      // Copies: the cached benchmark must not change when a caller edits a result.
      return {
        score,
        percentile: displayPercentile(ranks[score]!),
        distribution: { scores: [...scores], shares: [...shares] },
      };
    };
  });
}

/**
 * What the leaders' class does and the visitor does not: on a single/scale question its modal
 * option (the first of a tie) if at least half chose it and it is worth more than the visitor's
 * answer; on a multiple question with per-option shares, every scoring option at least half of
 * them tick and the visitor did not. Totals say nothing about single options: no gaps.
 */
function gapsOf({ questions, benchmark: { leaders } }: Config, given: ReadonlyMap<string, Answer>, lang: Lang): Gap[] {
  const gaps: Gap[] = [];
  for (const question of questions) {
    const { id, type, weight = 1, options } = question;
    const list = leaders === undefined || !weight ? undefined : question.benchmark.shares?.[leaders];
    const answer = given.get(id);
    const mode = list?.indexOf(Math.max(...list));
    options.forEach((option, i) => {
      const share = list?.[i] ?? 0;
      const missing =
        type === 'multiple'
          ? option.value > 0 && !answer?.includes(option.id)
          : i === mode && option.value * weight > pointsOf(question, answer);
      if (share >= GAP_SHARE && missing) {
        gaps.push({
          questionId: id,
          optionId: option.id,
          dimension: question.dimension,
          label: option.label[lang],
          question: question.text[lang],
          share,
        });
      }
    });
  }
  // Stable sort: equal shares keep config order.
  return gaps.sort((a, b) => b.share - a.share).slice(0, MAX_GAPS);
}

/** Scores `answers` (sanitised first) against `config`'s benchmark; labels in `lang` (default nl). */
export function scoreAnswers(config: Config, answers: Answers, options: ScoreOptions = {}): Result {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const clean = sanitizeAnswers(config, answers);
  // Own keys only: a question id such as `constructor` must not read an inherited value.
  const given = new Map(Object.entries(clean));
  const { segments } = config;
  let model = cache.get(config);
  if (!model) cache.set(config, (model = benchmarks(config)));

  const positions = model.map((locate) => locate(given));
  const overall = positions[0]!;
  const dimensions = config.dimensions.map((d, i) => ({ id: d.id, label: d.label[lang], ...positions[i + 1]! }));

  // Each segment's share of the benchmark: its overall scores from its threshold to the next.
  const shares = segments.map((s, i) => ({
    id: s.id,
    label: s.label[lang],
    min: s.min,
    share: shareInRange(overall.distribution, s.min, segments[i + 1]?.min ?? Infinity),
  }));
  // The last segment whose threshold the score reaches (thresholds ascend from 0).
  const index = segments.filter((s) => s.min <= overall.score).length - 1;

  const suggestions = selectSuggestions(config, clean, dimensions, segments[index]!.id).map(
    ({ id, title, body, route, url }) => ({
      id,
      title: title[lang],
      body: body[lang],
      route,
      routeLabel: config.routes.find((r) => r.id === route)!.label[lang],
      ...(url === undefined ? {} : { url }),
    }),
  );

  return {
    configId: config.id,
    configVersion: config.version,
    lang,
    answers: clean,
    overall,
    segment: { ...shares[index]!, description: segments[index]!.description[lang] },
    segments: shares,
    dimensions,
    suggestions,
    gaps: gapsOf(config, given, lang),
  };
}
