/**
 * Which next steps to show, and in what order: a pure function of the config, the answers, the
 * dimension results and the segment.
 */
import type { Answers } from './answers.ts';
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

/**
 * Every form a condition carries must hold: a dimension bound, a segment list, a question's
 * options. The config check allows exactly one form per condition; one with no form never holds.
 */
function holds(condition: Condition, answers: Answers, dimensions: ReadonlyMap<string, DimensionScore>, segment: string): boolean {
  const { dimension, scoreBelow, percentileBelow, question, anyOf } = condition;
  if (dimension === undefined && condition.segment === undefined && question === undefined) return false;
  if (dimension !== undefined) {
    const d = dimensions.get(dimension);
    if (!d || (scoreBelow !== undefined && !(d.score < scoreBelow))) return false;
    if (percentileBelow !== undefined && !(d.percentile < percentileBelow)) return false;
  }
  if (condition.segment !== undefined && !condition.segment.includes(segment)) return false;
  if (question !== undefined) {
    const answer = Object.prototype.hasOwnProperty.call(answers, question) ? answers[question] : undefined;
    const chosen = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
    if (!(anyOf ?? []).some((id) => chosen.includes(id))) return false;
  }
  return true;
}

/**
 * The weakest spot a suggestion addresses: the lowest percentile among the dimensions its
 * conditions name. A suggestion that names none is about no particular weakness and sorts as 100.
 */
function urgency(suggestion: Suggestion, dimensions: ReadonlyMap<string, DimensionScore>): number {
  let lowest = 100;
  for (const c of suggestion.when) {
    if (c.dimension !== undefined) lowest = Math.min(lowest, dimensions.get(c.dimension)?.percentile ?? 100);
  }
  return lowest;
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
  const byId = new Map(dimensions.map((d) => [d.id, d] as const));
  const seen = new Set<string>();
  const distinct = config.suggestions.filter((s) => !seen.has(s.id) && seen.add(s.id));
  const ranked = distinct.map((s, order) => ({ s, order, urgency: urgency(s, byId), priority: s.priority ?? 0 }));
  const compare = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    a.urgency - b.urgency || b.priority - a.priority || a.order - b.order;

  const matched = ranked
    .filter(({ s }) => s.when.length > 0 && s.when.every((c) => holds(c, answers, byId, segment)))
    .sort(compare)
    .slice(0, MAX_SUGGESTIONS);
  if (matched.length < MIN_SUGGESTIONS) {
    const fallback = ranked.filter(({ s }) => s.when.length === 0).sort(compare);
    matched.push(...fallback.slice(0, MIN_SUGGESTIONS - matched.length));
  }
  return matched.map(({ s }) => s);
}
