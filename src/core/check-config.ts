/**
 * The checks a schema cannot express: references between parts of a config, sums, order.
 * DOM-free and zod-free, so the build and the tests can run it on the built-in config too.
 */
import type { Config, Question, Basis } from './schema.ts';
import { LIMITS } from './limits.ts';

export interface ConfigIssue {
  /** Where, as a hand-editor reads it: `questions[3].options`. */
  path: string;
  message: string;
}

const TOLERANCE = 0.01;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;

/** Highest point total a question can give (before its weight). */
export function maxPoints(question: Question): number {
  const values = question.options.map((o) => o.value);
  if (question.type !== 'multiple') return Math.max(...values);
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value);
  return Math.max(sum(question.options.filter((o) => !o.exclusive).map((o) => o.value)), ...exclusive);
}

export function checkConfig(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const unique = (items: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) add(`${path}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };

  const dimensions = unique(config.dimensions, 'dimensions');
  unique(config.questions, 'questions');
  const segments = unique(config.segments, 'segments');
  const routes = unique(config.routes, 'routes');
  const classes = unique(config.benchmark.classes, 'benchmark.classes');
  unique(config.suggestions, 'suggestions');

  const weights = config.benchmark.classes.map((c) => c.weight);
  if (!near(sum(weights), 1)) add('benchmark.classes', `weights must sum to 1 (±${TOLERANCE}), got ${round(sum(weights))}`);
  const leaders = config.benchmark.leaders;
  if (leaders !== undefined && !classes.has(leaders)) add('benchmark.leaders', `unknown class "${leaders}"`);

  config.questions.forEach((q, qi) => checkQuestion(config, q, `questions[${qi}]`, dimensions, classes, add));
  config.benchmark.classes.forEach((c, ci) => checkBasis(config, c.basis, `benchmark.classes[${ci}].basis`, undefined, add));

  for (const [di, d] of config.dimensions.entries()) {
    const scoring = config.questions.some((q) => q.dimension === d.id && (q.weight ?? 1) > 0 && maxPoints(q) > minPoints(q));
    if (!scoring) add(`dimensions[${di}]`, `needs at least one scoring question (weight > 0, options of different value)`);
  }

  config.segments.forEach((s, si) => {
    const prev = config.segments[si - 1];
    if (si === 0 && s.min !== 0) add(`segments[0].min`, 'must be 0 (the lowest segment starts at 0)');
    if (prev && !(s.min > prev.min)) add(`segments[${si}].min`, `must be greater than the previous threshold (${prev.min})`);
  });

  config.suggestions.forEach((s, si) => {
    const path = `suggestions[${si}]`;
    if (!routes.has(s.route)) add(`${path}.route`, `unknown route "${s.route}"`);
    s.when.forEach((c, ci) => {
      const at = `${path}.when[${ci}]`;
      const forms = [c.dimension !== undefined, c.segment !== undefined, c.question !== undefined];
      const dimensionOnly = c.scoreBelow === undefined && c.percentileBelow === undefined;
      const questionOnly = c.anyOf === undefined;
      if (forms.filter(Boolean).length !== 1 || (forms[0] && dimensionOnly) || (!forms[0] && !dimensionOnly) || forms[2] === questionOnly) {
        return add(at, 'must be one of {dimension, scoreBelow and/or percentileBelow}, {segment} or {question, anyOf}');
      }
      if (c.dimension !== undefined && !dimensions.has(c.dimension)) add(`${at}.dimension`, `unknown dimension "${c.dimension}"`);
      c.segment?.filter((id) => !segments.has(id)).forEach((id) => add(`${at}.segment`, `unknown segment "${id}"`));
      if (c.question !== undefined) {
        const q = config.questions.find((x) => x.id === c.question);
        if (!q) add(`${at}.question`, `unknown question "${c.question}"`);
        else c.anyOf?.filter((id) => !q.options.some((o) => o.id === id)).forEach((id) => add(`${at}.anyOf`, `unknown option "${id}"`));
      }
    });
  });

  const measured = config.benchmark.measured;
  if (measured?.overall) checkDistribution(measured.overall, 'benchmark.measured.overall', add);
  unique(measured?.dimensions ?? [], 'benchmark.measured.dimensions');
  measured?.dimensions?.forEach((dist, i) => {
    if (!dimensions.has(dist.id)) add(`benchmark.measured.dimensions[${i}].id`, `unknown dimension "${dist.id}"`);
    checkDistribution(dist, `benchmark.measured.dimensions[${i}]`, add);
  });
  return issues;
}

function minPoints(q: Question): number {
  return q.type === 'multiple' ? 0 : Math.min(...q.options.map((o) => o.value));
}

type Add = (path: string, message: string) => void;

function checkQuestion(config: Config, q: Question, path: string, dimensions: Set<string>, classes: Set<string>, add: Add) {
  if (!dimensions.has(q.dimension)) add(`${path}.dimension`, `unknown dimension "${q.dimension}"`);
  const optionIds = new Set<string>();
  q.options.forEach((o, oi) => {
    if (optionIds.has(o.id)) add(`${path}.options[${oi}].id`, `duplicate id "${o.id}"`);
    optionIds.add(o.id);
    if (o.exclusive && q.type !== 'multiple') add(`${path}.options[${oi}].exclusive`, 'only multiple-choice options can be exclusive');
    if (o.exclusive && o.value !== 0) add(`${path}.options[${oi}].value`, 'an exclusive option must have value 0');
  });
  const exclusive = q.options.findIndex((o) => o.exclusive);
  if (q.type === 'multiple' && exclusive === -1) {
    add(`${path}.options`, "needs an exclusive option (such as 'none yet') so that every visitor can answer");
  }
  if (maxPoints(q) > LIMITS.pointTotal) add(`${path}.options`, `point total must be at most ${LIMITS.pointTotal}`);

  const { shares, totals, basis } = q.benchmark;
  const bpath = `${path}.benchmark`;
  if (!shares === !totals) add(bpath, 'needs either shares or totals (not both)');
  if (totals && q.type !== 'multiple') add(`${bpath}.totals`, 'totals are only for multiple-choice questions');
  for (const [key, table] of [['shares', shares], ['totals', totals]] as const) {
    if (!table) continue;
    const keys = Object.keys(table);
    for (const id of classes) if (!keys.includes(id)) add(`${bpath}.${key}`, `missing class "${id}"`);
    for (const id of keys) {
      const list = table[id] ?? [];
      const at = `${bpath}.${key}.${id}`;
      if (!classes.has(id)) add(at, `unknown class "${id}"`);
      else if (key === 'totals') {
        if (list.length !== maxPoints(q) + 1) add(at, `needs ${maxPoints(q) + 1} shares (point totals 0…${maxPoints(q)}), got ${list.length}`);
        else if (!near(sum(list), 1)) add(at, `must sum to 1 (±${TOLERANCE}), got ${round(sum(list))}`);
      } else if (list.length !== q.options.length) add(at, `needs ${q.options.length} shares (one per option), got ${list.length}`);
      else if (q.type !== 'multiple' && !near(sum(list), 1)) add(at, `must sum to 1 (±${TOLERANCE}), got ${round(sum(list))}`);
      else if (q.type === 'multiple' && exclusive !== -1) {
        // Ticks are independent within a class, so 'none' follows from the others: Π(1 − p).
        const none = list.reduce((p, share, i) => (i === exclusive ? p : p * (1 - share)), 1);
        if (!near(list[exclusive] ?? 0, none)) add(`${at}[${exclusive}]`, `the exclusive option's share must be ${round(none)} (the chance of ticking none of the others)`);
      }
    }
  }
  checkBasis(config, basis, `${bpath}.basis`, q, add);
}

/** A sourced marginal must be met by the mixture: Σ_class weight × share of choosing any listed option. */
function checkBasis(config: Config, basis: Basis, path: string, q: Question | undefined, add: Add) {
  if (basis.kind === 'sourced' ? !basis.source || basis.quote : !basis.quote || basis.source || basis.check) {
    return add(path, basis.kind === 'sourced' ? "'sourced' needs a source (and no quote)" : "'assumed' needs the report's quote (and no source or check)");
  }
  if (!basis.check) return;
  if (!q || q.type === 'multiple' || !q.benchmark.shares) {
    add(`${path}.check`, 'a check applies to single or scale questions with shares');
    return;
  }
  const indices = basis.check.options.map((id) => q.options.findIndex((o) => o.id === id));
  if (indices.includes(-1)) return add(`${path}.check.options`, 'unknown option');
  const mixture = sum(config.benchmark.classes.map((c) => c.weight * sum(indices.map((i) => q.benchmark.shares?.[c.id]?.[i] ?? 0))));
  if (!near(mixture, basis.check.share)) {
    add(`${path}.check`, `the benchmark gives ${round(mixture)}, the source ${basis.check.share} (must agree within ±${TOLERANCE})`);
  }
}

function checkDistribution(dist: { scores: number[]; shares: number[] }, path: string, add: Add) {
  if (dist.scores.length !== dist.shares.length) add(path, 'scores and shares must have the same length');
  if (dist.scores.some((s, i) => i > 0 && s <= (dist.scores[i - 1] ?? 0))) add(`${path}.scores`, 'must be ascending');
  if (!near(sum(dist.shares), 1)) add(`${path}.shares`, `must sum to 1 (±${TOLERANCE}), got ${round(sum(dist.shares))}`);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
