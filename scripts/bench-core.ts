/**
 * Not a test: how long `scoreAnswers` takes per call, for the test fixture and the built-in
 * config, against a baseline measured in the same run (`JSON.stringify(answers)`), because this
 * machine is shared and noisy. Also the gzip -9 size of dist/core.js when it has been built.
 *
 *   npx tsx scripts/bench-core.ts [calls]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../src/content/report-2011.ts';
import type { Answers } from '../src/core/answers.ts';
import type { Config } from '../src/core/schema.ts';
import { scoreAnswers } from '../src/core/scoring.ts';
import { fixture } from '../tests/core/fixtures.ts';

const CALLS = Math.max(2_000, Number(process.argv[2]) || 5_000);
const WARM_UP = 1_000;

/** Seeded, so every run scores the same answers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function completeAnswers(config: Config, rnd: () => number): Answers {
  const answers: Answers = {};
  for (const q of config.questions) {
    const pick = q.options[Math.floor(rnd() * q.options.length)]!;
    if (q.type !== 'multiple') answers[q.id] = pick.id;
    else if (pick.exclusive) answers[q.id] = [pick.id];
    else
      answers[q.id] = [pick.id, ...q.options.filter((o) => !o.exclusive && o !== pick && rnd() < 0.5).map((o) => o.id)];
  }
  return answers;
}

/** Per-call times in µs: each call timed on its own, so the median and p95 are per call. */
function time(calls: number, inputs: readonly Answers[], f: (answers: Answers) => unknown): number[] {
  const out: number[] = [];
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    const answers = inputs[i % inputs.length]!;
    const t0 = performance.now();
    const r = f(answers);
    out.push((performance.now() - t0) * 1000);
    if (r) sink++;
  }
  if (sink < 0) console.log(sink);
  return out.sort((a, b) => a - b);
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const us = (x: number) => `${x.toFixed(1)} µs`;

function bench(name: string, config: Config) {
  const rnd = random(2011);
  const inputs = Array.from({ length: 500 }, () => completeAnswers(config, rnd));
  // The first call builds and caches the benchmark; time it on a fresh copy of the config.
  const fresh = structuredClone(config);
  const t0 = performance.now();
  scoreAnswers(fresh, inputs[0]!);
  const first = (performance.now() - t0) * 1000;

  time(WARM_UP, inputs, (a) => scoreAnswers(config, a));
  time(WARM_UP, inputs, (a) => JSON.stringify(a));
  const score = time(CALLS, inputs, (a) => scoreAnswers(config, a));
  const base = time(CALLS, inputs, (a) => JSON.stringify(a));
  const [m, p95, bm, bp95] = [quantile(score, 0.5), quantile(score, 0.95), quantile(base, 0.5), quantile(base, 0.95)];
  console.log(
    `${name.padEnd(16)} ${String(config.questions.length).padStart(2)} questions  scoreAnswers median ${us(m)}, p95 ${us(p95)}  |` +
      `  baseline JSON.stringify(answers) median ${us(bm)}, p95 ${us(bp95)}  |  ratio ${(m / bm).toFixed(1)}× (p95 ${(p95 / bp95).toFixed(1)}×)` +
      `  |  first call (builds the benchmark) ${us(first)}`,
  );
}

console.log(`node ${process.version}, ${CALLS} timed calls per config after ${WARM_UP} warm-up calls`);
bench('fixture', fixture);
bench('defaultConfig', defaultConfig);

const core = new URL('../dist/core.js', import.meta.url);
if (existsSync(core)) {
  const bytes = readFileSync(core);
  console.log(`dist/core.js: ${bytes.length} bytes, gzip -9 ${gzipSync(bytes, { level: 9 }).length} bytes`);
} else console.log('dist/core.js: not built');
