/**
 * The checks a JSON Schema cannot express: references between parts of a config, sums, order,
 * and which fields a form needs. DOM-free, so the tests run it on the built-in config too.
 */
import type { Config, Question, Basis } from './schema.ts';
import type { SchemaIssue as ConfigIssue } from './json-schema.ts';
import { questionRange } from './distribution.ts';
import { LIMITS, isHttpsUrl } from './limits.ts';
import { modelCost } from './cost.ts';
import { own } from './own.ts';

export type { ConfigIssue };

const TOLERANCE = 0.01;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const off = (got: number, want: number) => Math.abs(got - want) > TOLERANCE;
const round = (x: number) => Math.round(x * 1000) / 1000;
const sumsTo1 = `must sum to 1 (±${TOLERANCE}), got`;

/** The highest raw point total of a question before its weight: the length of a `totals` list − 1. */
export const maxPoints = (q: Question) => questionRange({ ...q, weight: 1 }).max;

export function checkConfig(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => void issues.push({ path, message });
  const ids = (items: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach(({ id }, i) => (seen.has(id) ? add(`${path}[${i}].id`, `duplicate id "${id}"`) : seen.add(id)));
    return seen;
  };
  const known = (set: Set<string>, id: string | undefined, path: string, what: string) =>
    id === undefined || set.has(id) || add(path, `unknown ${what} "${id}"`);

  const { benchmark, questions, segments, suggestions } = config;
  const dimensions = ids(config.dimensions, 'dimensions');
  const segmentIds = ids(segments, 'segments');
  const routes = ids(config.routes, 'routes');
  const classes = ids(benchmark.classes, 'benchmark.classes');
  ids(questions, 'questions');
  ids(suggestions, 'suggestions');

  const weights = sum(benchmark.classes.map((c) => c.weight));
  if (off(weights, 1)) add('benchmark.classes', `weights ${sumsTo1} ${round(weights)}`);
  known(classes, benchmark.leaders, 'benchmark.leaders', 'class');
  benchmark.classes.forEach((c, i) => checkBasis(config, c.basis, `benchmark.classes[${i}].basis`, undefined, add));
  questions.forEach((q, i) => {
    known(dimensions, q.dimension, `questions[${i}].dimension`, 'dimension');
    checkQuestion(config, q, `questions[${i}]`, classes, add);
  });
  config.dimensions.forEach((d, i) => {
    const scoring = questions.some(
      (q) => q.dimension === d.id && (q.weight ?? 1) > 0 && questionRange(q).max > questionRange(q).min,
    );
    if (!scoring)
      add(`dimensions[${i}]`, 'needs at least one scoring question (weight > 0, options of different value)');
  });

  // The schema's pattern already asks for https://; this also parses the URL and refuses control
  // characters, which a pattern cannot express cleanly.
  const links: [string, string | undefined][] = [['source.url', config.source.url]];
  links.push(['brand.url', config.brand?.url]);
  segments.forEach((s, i) => links.push([`segments[${i}].cta.url`, s.cta?.url]));
  const fields = new Set<string>();
  config.delivery?.fields?.forEach(({ id }, i) =>
    fields.has(id) ? add(`delivery.fields[${i}].id`, `duplicate field "${id}"`) : fields.add(id),
  );
  if (new Set(config.languages).size !== (config.languages?.length ?? 0)) add('languages', 'lists a language twice');
  suggestions.forEach((s, i) => links.push([`suggestions[${i}].url`, s.url]));
  questions.forEach((q, i) => links.push([`questions[${i}].benchmark.basis.url`, q.benchmark.basis.url]));
  benchmark.classes.forEach((c, i) => links.push([`benchmark.classes[${i}].basis.url`, c.basis.url]));
  for (const [path, url] of links)
    if (url !== undefined && !isHttpsUrl(url)) add(path, 'must be an https: link (https://…)');

  segments.forEach((s, i) => {
    const prev = segments[i - 1];
    if (!prev ? s.min !== 0 : s.min <= prev.min)
      add(`segments[${i}].min`, prev ? `must be above the previous threshold (${prev.min})` : 'must be 0');
  });

  suggestions.forEach((s, si) => {
    known(routes, s.route, `suggestions[${si}].route`, 'route');
    s.when.forEach((c, ci) => {
      const at = `suggestions[${si}].when[${ci}]`;
      const forms = [c.dimension, c.segment, c.question].filter((f) => f !== undefined).length;
      const bound = c.scoreBelow !== undefined || c.percentileBelow !== undefined;
      if (
        forms !== 1 ||
        bound !== (c.dimension !== undefined) ||
        (c.anyOf !== undefined) !== (c.question !== undefined)
      ) {
        return add(at, 'must be {dimension, scoreBelow and/or percentileBelow}, {segment} or {question, anyOf}');
      }
      known(dimensions, c.dimension, `${at}.dimension`, 'dimension');
      c.segment?.forEach((id) => known(segmentIds, id, `${at}.segment`, 'segment'));
      const q = questions.find((x) => x.id === c.question);
      if (c.question !== undefined && !q) add(`${at}.question`, `unknown question "${c.question}"`);
      c.anyOf?.forEach((id) => q && known(new Set(q.options.map((o) => o.id)), id, `${at}.anyOf`, 'option'));
    });
  });

  // Checked where configs come in, so that no accepted config can freeze the page while scoring.
  const cost = modelCost(config);
  if (cost > LIMITS.modelCost)
    add(
      'questions',
      `the benchmark takes ${cost} steps to compute, at most ${LIMITS.modelCost} (LIMITS.modelCost): ` +
        'use fewer questions, classes, options or points (weight × value) per question',
    );

  const measured = benchmark.measured;
  const distributions: [string, { scores: number[]; shares: number[] }][] = [];
  if (measured?.overall) distributions.push(['benchmark.measured.overall', measured.overall]);
  measured?.dimensions?.forEach((d, i) => {
    known(dimensions, d.id, `benchmark.measured.dimensions[${i}].id`, 'dimension');
    distributions.push([`benchmark.measured.dimensions[${i}]`, d]);
  });
  if (measured?.dimensions) ids(measured.dimensions, 'benchmark.measured.dimensions');
  for (const [path, { scores, shares }] of distributions) {
    if (scores.length !== shares.length) add(path, 'scores and shares must have the same length');
    if (scores.some((s, i) => i > 0 && s <= (scores[i - 1] ?? 0))) add(`${path}.scores`, 'must be ascending');
    if (off(sum(shares), 1)) add(`${path}.shares`, `${sumsTo1} ${round(sum(shares))}`);
  }
  return issues;
}

type Add = (path: string, message: string) => void;

function checkQuestion(config: Config, q: Question, path: string, classes: Set<string>, add: Add) {
  const multiple = q.type === 'multiple';
  const seen = new Set<string>();
  q.options.forEach((o, i) => {
    if (seen.has(o.id)) add(`${path}.options[${i}].id`, `duplicate id "${o.id}"`);
    seen.add(o.id);
    if (o.exclusive && (!multiple || o.value !== 0))
      add(`${path}.options[${i}]`, 'only a multiple-choice option of value 0 can be exclusive');
  });
  const exclusive = q.options.findIndex((o) => o.exclusive);
  if (multiple && exclusive < 0)
    add(`${path}.options`, "needs an exclusive option (such as 'none yet') so that every visitor can answer");
  const max = maxPoints(q);
  if (max > LIMITS.pointTotal) add(`${path}.options`, `point total must be at most ${LIMITS.pointTotal}`);

  const { shares, totals, basis } = q.benchmark;
  const at = `${path}.benchmark`;
  if (!shares === !totals) add(at, 'needs either shares or totals');
  if (totals && !multiple) add(`${at}.totals`, 'are only for multiple-choice questions');
  for (const [key, table] of [
    ['shares', shares],
    ['totals', totals],
  ] as const) {
    if (!table) continue;
    for (const id of classes) if (!Object.hasOwn(table, id)) add(`${at}.${key}`, `missing class "${id}"`);
    for (const [id, list] of Object.entries(table)) {
      const here = `${at}.${key}.${id}`;
      const length = key === 'totals' ? max + 1 : q.options.length;
      if (!classes.has(id)) add(here, `unknown class "${id}"`);
      else if (list.length !== length)
        add(
          here,
          `needs ${length} shares (${key === 'totals' ? `point totals 0…${max}` : 'one per option'}), got ${list.length}`,
        );
      else if (key === 'totals' || !multiple) {
        if (off(sum(list), 1)) add(here, `${sumsTo1} ${round(sum(list))}`);
      } else if (exclusive >= 0) {
        // Ticks are independent within a class, so 'none' follows from the others: Π(1 − p).
        const none = list.reduce((p, share, i) => (i === exclusive ? p : p * (1 - share)), 1);
        if (off(list[exclusive] ?? 0, none))
          add(`${here}[${exclusive}]`, `must be ${round(none)}: the chance of ticking none of the others`);
      }
    }
  }
  checkBasis(config, basis, `${at}.basis`, q, add);
}

/** Each kind's fields; a sourced marginal must be met by the mixture: Σ_class weight × Σ shares. */
function checkBasis(config: Config, basis: Basis, path: string, q: Question | undefined, add: Add) {
  if (basis.kind === 'sourced' ? !basis.source || basis.quote : !basis.quote || basis.source || basis.check) {
    return add(
      path,
      basis.kind === 'sourced'
        ? "'sourced' needs a source, not a quote"
        : "'assumed' needs the report's quote, not a source or check",
    );
  }
  const check = basis.check;
  if (!check) return;
  const indices = check.options.map((id) => q?.options.findIndex((o) => o.id === id) ?? -1);
  if (!q || q.type === 'multiple' || !q.benchmark.shares || indices.includes(-1)) {
    return add(`${path}.check`, 'applies to options of a single or scale question with shares');
  }
  const mixture = sum(
    config.benchmark.classes.map((c) => c.weight * sum(indices.map((i) => own(q.benchmark.shares, c.id)?.[i] ?? 0))),
  );
  if (off(mixture, check.share))
    add(`${path}.check`, `the benchmark gives ${round(mixture)}, the source ${check.share} (±${TOLERANCE})`);
}
