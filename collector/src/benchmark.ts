/**
 * `benchmark`: a new config whose benchmark is fitted to the stored responses of an old one. Same
 * questions, classes and segments; new class weights and per-class shares by latent class
 * analysis; segment thresholds re-derived from the fitted model like the built-in model's.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deriveThresholds, parseConfig, type Answers, type Config } from 'sm-maturity-check/core';
import { openDb } from './db.ts';
import { loadConfigs } from './configs.ts';
import { codeAnswers, fitClasses, roundToOne, type Fit } from './lca.ts';
import { acquireLock } from './lock.ts';
import { configKey } from './payload.ts';
import { answersOf } from './store.ts';

export interface BuildInput {
  config: Config;
  answers: readonly Answers[];
  first: Date;
  last: Date;
  version?: string | undefined;
  /** For the default version name; today when absent. */
  today?: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Builds the new config (not yet validated) and the fit it came from. */
export function buildBenchmark({ config, answers, first, last, version, today = new Date() }: BuildInput) {
  const fit: Fit = fitClasses(
    config,
    answers.map((a) => codeAnswers(config, a)),
  );
  const n = answers.length;
  const what = `responses to this check (${config.id} version ${config.version}), n = ${n}, from ${day(first)} to ${day(last)}`;
  const method = `latent class analysis (EM), started from the classes of version ${config.version}`;
  const basis = { kind: 'sourced' as const, source: `Fitted to ${what}; ${method}.` };
  const weights = roundToOne(fit.weights);
  const next: Config = structuredClone(config);
  next.version = version ?? `${config.version}-responses-${day(today).replaceAll('-', '')}`;
  next.benchmark.classes = config.benchmark.classes.map((c, i) => ({ ...c, weight: weights[i]!, basis }));
  delete next.benchmark.measured;
  next.questions = config.questions.map((q, qi) => {
    const table: Record<string, number[]> = {};
    config.benchmark.classes.forEach((c, ci) => {
      const shares = fit.shares[ci]![qi]!;
      const ticks = q.type === 'multiple' && !q.benchmark.totals;
      table[c.id] = ticks
        ? ticksRounded(
            shares,
            q.options.findIndex((o) => o.exclusive),
          )
        : roundToOne(shares);
    });
    const benchmark = q.benchmark.totals ? { basis, totals: table } : { basis, shares: table };
    return { ...q, benchmark };
  });
  const derived = deriveThresholds(next);
  const ascending = derived?.every((min, i) => i === 0 || min > derived[i - 1]!);
  if (derived && ascending) next.segments = next.segments.map((s, i) => ({ ...s, min: derived[i]! }));
  const segments = ascending
    ? { nl: 'segmentgrenzen afgeleid uit het model', en: 'segment thresholds derived from the model' }
    : {
        // Either a class stands for no segment, or a segment has no class of its own (say two
        // classes for three segments): then the model gives no rising threshold per segment.
        nl: 'segmentgrenzen overgenomen (de klassen staan niet elk voor een eigen segment)',
        en: 'segment thresholds kept (the classes do not each stand for a segment of their own)',
      };
  next.source = {
    ...config.source,
    // Plain-text fields, in Dutch like the built-in source; the old publisher no longer applies.
    title: `Antwoorden op deze check (${config.title.nl})`.slice(0, 600),
    publisher: 'Bezoekers van deze check',
    year: last.getUTCFullYear(),
    n,
    note: {
      nl: `Vergeleken met eerdere bezoekers van deze check (n = ${n}, ${day(first)} tot ${day(last)}).`,
      en: `Compared with earlier visitors of this check (n = ${n}, ${day(first)} to ${day(last)}).`,
    },
    method: {
      nl: `Gebouwd uit ${n} antwoorden op deze check (${day(first)} tot ${day(last)}) met latente-klassenanalyse (EM), gestart vanuit de klassen van versie ${config.version}; ${segments.nl}.`,
      en: `Built from ${n} responses to this check (${day(first)} to ${day(last)}) by latent class analysis (EM), started from the classes of version ${config.version}; ${segments.en}.`,
    },
  };
  delete next.source.url;
  delete next.source.author;
  return { config: next, fit, thresholdsDerived: !!ascending };
}

/** Tick shares rounded; the exclusive option recomputed from the rounded others, as the model says. */
function ticksRounded(shares: readonly number[], exclusive: number): number[] {
  const out = shares.map((x) => Math.round(x * 1000) / 1000);
  if (exclusive >= 0)
    out[exclusive] = Math.round(out.reduce((a, x, i) => (i === exclusive ? a : a * (1 - x)), 1) * 1000) / 1000;
  return out;
}

export async function buildBenchmarkCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string' },
      out: { type: 'string' },
      'min-n': { type: 'string', default: '100' },
      version: { type: 'string' },
      data: { type: 'string', default: './collector-data' },
      'config-file': { type: 'string', multiple: true, default: [] },
    },
  });
  const [id, version] = (values.config ?? '').split('@');
  if (!id || !version || !values.out) throw new Error('benchmark: give --config ID@VERSION and --out FILE');
  const minN = Number(values['min-n']);
  if (!Number.isInteger(minN) || minN < 1) throw new Error('benchmark: --min-n must be a whole number ≥ 1');
  const config = loadConfigs(values['config-file']).get(configKey(id, version));
  if (!config) throw new Error(`benchmark: unknown config ${id}@${version} (add its file with --config-file FILE)`);

  const url = process.env.DATABASE_URL || undefined;
  // On PGlite this refuses while a `serve` holds the directory, and keeps one from starting meanwhile.
  const release = url ? () => undefined : acquireLock(values.data, 'benchmark');
  try {
    const db = await openDb(url ? { url } : { dir: values.data });
    const rows = await answersOf(db, id, version).finally(() => db.close());
    if (rows.length < minN) {
      throw new Error(
        `benchmark: only ${rows.length} stored responses to ${id}@${version}; at least ${minN} are needed ` +
          '(--min-n) for a benchmark worth comparing with. Collect more first.',
      );
    }
    const dates = rows.map((r) => new Date(r.received_at as string));
    const built = buildBenchmark({
      config,
      answers: rows.map((r) => r.answers),
      first: dates[0]!,
      last: dates.at(-1)!,
      version: values.version,
    });
    const parsed = parseConfig(built.config);
    if (!parsed.success) throw new Error(`benchmark: the built config does not validate: ${parsed.error}`);
    writeFileSync(values.out, `${JSON.stringify(built.config, null, 2)}\n`);
    const classes = config.benchmark.classes.map((c, i) => `${c.id} ${built.config.benchmark.classes[i]!.weight}`);
    console.log(`wrote ${values.out}: ${built.config.id}@${built.config.version}, n = ${rows.length}`);
    console.log(`classes: ${classes.join(', ')} (${built.fit.iterations} EM iterations)`);
    console.log(
      built.thresholdsDerived
        ? `segments: ${built.config.segments.map((s) => `${s.id} from ${s.min}`).join(', ')} (derived from the model)`
        : 'segments: thresholds kept from the old config: its classes do not each stand for a segment of their own',
    );
  } finally {
    release();
  }
}
