/**
 * Which next steps to show, and in what order: a pure function of the config, the answers, the
 * dimension results and the segment.
 */
import { answerOf, type Answers } from './answers.ts';
import type { Condition, Config } from './schema.ts';

export type Suggestion = Config['suggestions'][number];

/** What a condition may look at for one dimension. */
export interface DimensionScore {
  id: string;
  score: number;
  percentile: number;
}

/** At most this many suggestions are shown … */
export const MAX_SUGGESTIONS = 5;
/** … and at least this many, topped up from the unconditional ones (`when: []`). */
export const MIN_SUGGESTIONS = 3;

type Dimensions = ReadonlyMap<string | undefined, DimensionScore>;

/**
 * Every form a condition carries must hold: a dimension bound, a segment list, a question's
 * options. The config check allows exactly one form per condition; one with no form never holds.
 * Answers and dimensions are read by own keys and Map only (ids such as `constructor` are valid).
 */
function holds(condition: Condition, answers: Answers, dimensions: Dimensions, segment: string): boolean {
  const { dimension, scoreBelow = Infinity, percentileBelow = Infinity, question, anyOf = [] } = condition;
  const d = dimensions.get(dimension);
  return (
    (dimension ?? condition.segment ?? question) !== undefined &&
    (dimension === undefined || (!!d && d.score < scoreBelow && d.percentile < percentileBelow)) &&
    (condition.segment?.includes(segment) ?? true) &&
    (question === undefined || anyOf.some((id) => [answerOf(answers, question)].flat().includes(id)))
  );
}

/**
 * All suggestions whose conditions hold, weakest spot first, then higher priority, then config
 * order; at most five. Unconditional suggestions are the fallback: they only fill the list up to
 * three when fewer conditional ones match. Ids are distinct (the first of a duplicate wins).
 */
export function selectSuggestions(
  config: Config,
  answers: Answers,
  dimensions: readonly DimensionScore[],
  segment: string,
): Suggestion[] {
  const byId: Dimensions = new Map(dimensions.map((d) => [d.id, d]));
  /*
   * The weakest spot a suggestion addresses: the lowest percentile among the dimensions its
   * conditions name. A suggestion that names none is about no particular weakness and sorts as 100.
   */
  const urgency = (s: Suggestion) => Math.min(100, ...s.when.map((c) => byId.get(c.dimension)?.percentile ?? 100));
  const seen = new Set<string>();
  // Sorting is stable, so equal suggestions keep config order.
  const ranked = config.suggestions
    .filter((s) => !seen.has(s.id) && seen.add(s.id))
    .sort((a, b) => urgency(a) - urgency(b) || (b.priority ?? 0) - (a.priority ?? 0));
  const matched = ranked
    .filter((s) => s.when.length && s.when.every((c) => holds(c, answers, byId, segment)))
    .slice(0, MAX_SUGGESTIONS);
  const fallback = ranked.filter((s) => !s.when.length);
  return [...matched, ...fallback].slice(0, Math.max(matched.length, MIN_SUGGESTIONS));
}
