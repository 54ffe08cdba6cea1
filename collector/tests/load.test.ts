// Nothing lost under load and faults, on PGlite and on PostgreSQL, through the real command line:
// 2,000 posts from 50 concurrent clients with 10 % duplicates; then a SIGKILL in mid-burst.
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { defaultConfig, parseConfig } from 'sm-maturity-check/core';
import {
  BIN,
  admin,
  csvIds,
  BUILT_IN,
  drawAnswers,
  drawClass,
  payload,
  post,
  rng,
  startCollectorProcess,
  type CollectorProcess,
} from './helpers.ts';
import { pglite, postgres, type Backend } from './backends.ts';

const CLIENTS = 50;

/** Payloads in sending order: fresh ones, and every tenth on average a resend of an earlier one. */
function plan(total: number, seed: number) {
  const random = rng(seed);
  const bodies: ReturnType<typeof payload>[] = [];
  for (let i = 0; i < total; i++) {
    const resend = i > CLIENTS && random() < 0.1;
    bodies.push(
      resend
        ? bodies[Math.floor(random() * i)]!
        : payload(defaultConfig, drawAnswers(defaultConfig, drawClass(defaultConfig, random), random)),
    );
  }
  return bodies;
}

interface Burst {
  acked: Set<string>;
  statuses: Map<number, number>;
  latencies: number[];
  errors: number;
  seconds: number;
}

/** Sends `bodies` from `CLIENTS` concurrent clients; `stopAfter` acknowledgements, calls `onStop` once. */
async function burst(url: string, bodies: ReturnType<typeof payload>[], stopAfter = Infinity, onStop = () => {}) {
  const result: Burst = { acked: new Set(), statuses: new Map(), latencies: [], errors: 0, seconds: 0 };
  let next = 0;
  let stopped = false;
  const started = performance.now();
  const client = async () => {
    while (next < bodies.length && !(stopped && result.errors > 0)) {
      const body = bodies[next++]!;
      const t0 = performance.now();
      try {
        const res = await post(url, body);
        await res.arrayBuffer();
        result.latencies.push(performance.now() - t0);
        result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201 || res.status === 200) result.acked.add(body.id);
        if (result.acked.size >= stopAfter && !stopped) {
          stopped = true;
          onStop();
        }
      } catch {
        // Refused or cut off by the kill: not acknowledged, so the client would retry later.
        result.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1]!;

async function storedIds(url: string) {
  const res = await admin(url, '/v1/responses.csv');
  assert.equal(res.status, 200);
  return csvIds(await res.text());
}

const backends: [string, () => Promise<Backend>][] = [
  ['PGlite', pglite],
  ['PostgreSQL', () => postgres('load')],
];
for (const [name, open] of backends) {
  describe(`nothing lost on ${name}`, () => {
    let backend: Backend;
    let server: CollectorProcess | undefined;
    before(async () => void (backend = await open()));
    after(async () => {
      await server?.stop();
      backend?.stop();
    });

    test('2,000 posts from 50 concurrent clients with 10 % duplicates: every acknowledged id once', async (t: TestContext) => {
      server = await startCollectorProcess({ ...backend.target, args: ['--rate-limit', '0'] });
      const bodies = plan(2000, 1);
      const unique = new Set(bodies.map((b) => b.id));
      const run = await burst(server.url, bodies);
      const figures =
        `load ${name}: ${bodies.length} posts (${unique.size} distinct ids), ${CLIENTS} clients, ` +
        `p50 ${percentile(run.latencies, 50).toFixed(1)} ms, p95 ${percentile(run.latencies, 95).toFixed(1)} ms, ` +
        `${(bodies.length / run.seconds).toFixed(0)} posts/s`;
      t.diagnostic(figures);
      console.log(figures);
      assert.equal(run.errors, 0);
      assert.deepEqual(Object.fromEntries(run.statuses), { 201: unique.size, 200: bodies.length - unique.size });
      const ids = await storedIds(server.url);
      assert.equal(ids.length, new Set(ids).size, 'an id stored twice');
      assert.deepEqual(new Set(ids), run.acked);
      await server.stop();
      server = undefined;
    });

    test('SIGKILL in mid-burst, restart: every response acknowledged before the kill is there once', async () => {
      server = await startCollectorProcess({ ...backend.target, args: ['--rate-limit', '0'] });
      const before = new Set(await storedIds(server.url));
      const bodies = plan(3000, 2);
      const victim = server;
      const run = await burst(victim.url, bodies, 300, () => void victim.kill());
      await victim.kill();
      assert.ok(run.acked.size >= 300 && run.errors > 0, `the kill came in mid-burst (${run.acked.size} acked)`);
      server = await startCollectorProcess({ ...backend.target, args: ['--rate-limit', '0'] });
      const ids = await storedIds(server.url);
      assert.equal(ids.length, new Set(ids).size, 'an id stored twice');
      const stored = new Set(ids);
      for (const id of run.acked) assert.ok(stored.has(id), `acknowledged ${id} was lost`);
      const sent = new Set<string>(bodies.map((b) => b.id));
      for (const id of stored) assert.ok(before.has(id) || sent.has(id), `${id} came from nowhere`);
    });

    if (name === 'PGlite')
      test('while a serve holds the PGlite directory, a second serve and a benchmark refuse', async () => {
        const { dataDir } = backend.target as { dataDir: string };
        const pid = server!.child.pid;
        const benchmark = spawnSync(
          process.execPath,
          [BIN, 'benchmark', '--config', BUILT_IN, '--out', `${dataDir}.json`, '--data', dataDir],
          { encoding: 'utf8' },
        );
        assert.equal(benchmark.status, 1);
        assert.match(benchmark.stderr, new RegExp(`in use by process ${pid}`));
        await assert.rejects(startCollectorProcess({ dataDir }), new RegExp(`in use by process ${pid}`));
        assert.equal((await fetch(`${server!.url}/healthz`)).status, 200);
      });

    test('benchmark on the stored responses writes a config the widget accepts', async () => {
      const n = (await storedIds(server!.url)).length;
      await server!.stop();
      server = undefined;
      const out = `${tmpdir()}/sm-benchmark-${process.pid}-${name}.json`;
      const target = backend.target;
      const run = spawnSync(
        process.execPath,
        [
          ...[BIN, 'benchmark', '--config', BUILT_IN, '--out', out, '--version', `${defaultConfig.version}-test`],
          ...('dataDir' in target ? ['--data', target.dataDir] : []),
        ],
        { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'databaseUrl' in target ? target.databaseUrl : '' } },
      );
      assert.equal(run.status, 0, run.stderr);
      const parsed = parseConfig(readFileSync(out, 'utf8'));
      rmSync(out);
      assert.ok(parsed.success, parsed.success ? '' : parsed.error);
      assert.equal(parsed.data.version, `${defaultConfig.version}-test`);
      assert.equal(parsed.data.source.n, n);
      assert.match(parsed.data.source.method.en, new RegExp(`Built from ${n} responses`));
    });
  });
}
