// The benchmark builder: responses drawn from a known model give back its class weights and
// per-class shares (±0.05), and a config that the widget's validator accepts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import {
  defaultConfig,
  deriveThresholds,
  parseConfig,
  scoreAnswers,
  type Answers,
  type Config,
} from 'sm-maturity-check/core';
import { buildBenchmark } from '../src/benchmark.ts';
import { openDb } from '../src/db.ts';
import { loadConfigs } from '../src/configs.ts';
import { parsePayload } from '../src/payload.ts';
import { insertResponse } from '../src/store.ts';
import { BIN, BUILT_IN, drawAnswers, payload, post, rng, startCollectorProcess, tempDir } from './helpers.ts';
import { shifted, threeClasses, twoClasses } from './model.ts';
import { postgres, type Backend } from './backends.ts';

const run = promisify(execFile);
const N = 5000;
const WORDS = ['one', 'two', 'three', 'four', 'five', 'six'];
const classCount = (config: Config) => WORDS[config.benchmark.classes.length - 1] ?? config.benchmark.classes.length;

/** N visitors: each class drawn by its weight, then its answers. */
function sample(truth: Config, seed: number): Answers[] {
  const random = rng(seed);
  const { classes } = truth.benchmark;
  return Array.from({ length: N }, () => {
    let r = random();
    const c = classes.find((k) => (r -= k.weight) < 0) ?? classes.at(-1)!;
    return drawAnswers(truth, c.id, random);
  });
}

/** Largest difference between two configs' class weights and per-class, per-question shares. */
function largestDifference(got: Config, want: Config) {
  let worst = { diff: 0, where: '' };
  const note = (a: number, b: number, where: string) => {
    if (Math.abs(a - b) > worst.diff) worst = { diff: Math.abs(a - b), where };
  };
  want.benchmark.classes.forEach((c, i) => note(got.benchmark.classes[i]!.weight, c.weight, `weight ${c.id}`));
  want.questions.forEach((q, qi) => {
    const table = q.benchmark.shares ?? q.benchmark.totals!;
    const other = got.questions[qi]!.benchmark;
    for (const [id, list] of Object.entries(table))
      list.forEach((x, i) => note((other.shares ?? other.totals)![id]![i]!, x, `${q.id}.${id}[${i}]`));
  });
  return worst;
}

describe('the benchmark builder', () => {
  const dir = tempDir();
  // The built-in classes with their weights reversed and their shares moved: the fit must travel.
  const truth = shifted(defaultConfig, defaultConfig.benchmark.classes.map((c) => c.weight).reverse(), 3);
  const answers = sample(truth, 4);
  let backend: Backend;
  let env: Record<string, string>;
  after(() => {
    backend?.stop();
    dir.remove();
  });

  // On PostgreSQL (PGlite's path is tested in load.test.ts on its stored responses).
  before(async () => {
    backend = await postgres('benchmark');
    const url = (backend.target as { databaseUrl: string }).databaseUrl;
    env = { ...(process.env as Record<string, string>), DATABASE_URL: url };
    const db = await openDb({ url });
    const configs = loadConfigs([]);
    // One transaction: filling the store is not what is under test here.
    await db.transaction(async (query) => {
      for (const a of answers) {
        const parsed = parsePayload(payload(defaultConfig, a), configs);
        assert.ok(parsed.ok);
        await insertResponse({ query }, parsed.record);
      }
    });
    await db.close();
  });

  const known = `a known ${classCount(defaultConfig)}-class model (the built-in classes)`;
  test(`${N} responses from ${known}: weights and shares within ±0.05, a valid config`, async (t) => {
    const out = `${dir.path}/built.json`;
    const { stdout } = await run(process.execPath, [BIN, 'benchmark', '--config', BUILT_IN, '--out', out], { env });
    assert.match(stdout, /n = 5000/);
    const text = readFileSync(out, 'utf8');
    const parsed = parseConfig(text);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error);
    const built = parsed.data;
    assert.ok(built.version.startsWith(`${defaultConfig.version}-responses-`), built.version);
    assert.match(built.version, /-responses-\d{8}$/);
    assert.deepEqual(
      built.questions.map((q) => q.id),
      defaultConfig.questions.map((q) => q.id),
    );
    assert.equal(built.benchmark.leaders, defaultConfig.benchmark.leaders);
    assert.match(built.source.method.en, /latent class analysis/);
    assert.equal(built.source.n, N);
    assert.ok(largestDifference(defaultConfig, truth).diff > 0.1);
    const worst = largestDifference(built, truth);
    t.diagnostic(
      `${classCount(truth)} classes: largest difference ${worst.diff.toFixed(3)} (${worst.where}), by the CLI`,
    );
    assert.ok(worst.diff <= 0.05, `${worst.where} off by ${worst.diff.toFixed(3)}`);
    // The widget runs on it: a visitor is scored against the new benchmark.
    const result = scoreAnswers(built, answers[0]!);
    assert.ok(result.overall.percentile >= 1 && result.overall.percentile <= 99);
    const { stdout: valid } = await run(process.execPath, [BIN, 'validate', out]);
    assert.match(valid, /valid/);
  });

  test('refuses below --min-n with a clear message', async () => {
    const out = `${dir.path}/none.json`;
    const args = [BIN, 'benchmark', '--config', BUILT_IN, '--out', out, '--min-n', '5001'];
    const refused = await run(process.execPath, args, { env }).catch((e: { code: number; stderr: string }) => e);
    assert.equal((refused as { code: number }).code, 1);
    assert.match((refused as { stderr: string }).stderr, /only 5000 stored responses.*at least 5001/);
    assert.ok(!existsSync(out));
  });

  test('serve accepts responses to the built config (--config FILE)', async () => {
    const out = `${dir.path}/built.json`;
    const server = await startCollectorProcess({ databaseUrl: env.DATABASE_URL!, args: ['--config', out] });
    try {
      const built = JSON.parse(readFileSync(out, 'utf8')) as Config;
      const res = await post(server.url, payload(built, answers[1]!));
      assert.equal(res.status, 201);
      const { result } = (await res.json()) as { result: { segment: string } };
      assert.equal(result.segment, scoreAnswers(built, answers[1]!).segment.id);
    } finally {
      await server.stop();
    }
  });

  test('a three-class model: weights and shares within ±0.05; thresholds re-derived from the fit', (t) => {
    const start = threeClasses();
    const truth3 = shifted(start, [0.36, 0.36, 0.28], 5);
    // The fit must move: the start is far from the truth.
    assert.ok(largestDifference(start, truth3).diff > 0.1);
    const drawn = sample(truth3, 6);
    const built = buildBenchmark({ config: start, answers: drawn, first: new Date(), last: new Date(), version: '3c' });
    const worst = largestDifference(built.config, truth3);
    t.diagnostic(
      `three classes: largest difference ${worst.diff.toFixed(3)} (${worst.where}), ${built.fit.iterations} iterations`,
    );
    assert.ok(worst.diff <= 0.05, `${worst.where} off by ${worst.diff.toFixed(3)}`);
    assert.ok(built.thresholdsDerived);
    assert.deepEqual(
      built.config.segments.map((s) => s.min),
      deriveThresholds(built.config),
    );
    const parsed = parseConfig(built.config);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error);
  });

  test('a two-class model: weights and shares within ±0.05, a valid config', (t) => {
    const start = twoClasses();
    const truth2 = shifted(start, [0.55, 0.45], 7);
    assert.ok(largestDifference(start, truth2).diff > 0.1);
    const drawn = sample(truth2, 8);
    const built = buildBenchmark({ config: start, answers: drawn, first: new Date(), last: new Date(), version: '2c' });
    const worst = largestDifference(built.config, truth2);
    t.diagnostic(
      `two classes: largest difference ${worst.diff.toFixed(3)} (${worst.where}), ${built.fit.iterations} iterations`,
    );
    assert.ok(worst.diff <= 0.05, `${worst.where} off by ${worst.diff.toFixed(3)}`);
    assert.deepEqual(
      built.config.benchmark.classes.map((c) => c.id),
      start.benchmark.classes.map((c) => c.id),
    );
    // Fewer classes than segments (when the built-in has more than two): no threshold of their own.
    if (start.segments.length > 2) {
      assert.equal(built.thresholdsDerived, false);
      assert.deepEqual(built.config.segments, start.segments);
      assert.match(built.config.source.method.en, /segment thresholds kept/);
    }
    const parsed = parseConfig(built.config);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error);
  });
});
