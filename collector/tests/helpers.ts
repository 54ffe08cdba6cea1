/**
 * Test helpers: synthetic visitors drawn from a benchmark model, payloads as the widget sends
 * them, and a collector started as its real command line on a free port (also for page tests
 * that point a widget's `endpoint` at a running collector).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { defaultConfig, type Answers, type Config } from 'sm-maturity-check/core';

export const BIN = resolve(import.meta.dirname, '../bin/sm-maturity-check-collector.mjs');
export const ROOT_BIN = resolve(import.meta.dirname, '../../bin/sm-maturity-check.mjs');
export const TOKEN = 'test-admin-token-0123456789';
/** `id@version` of the built-in config, as `benchmark --config` takes it (never hard-coded: it moves on). */
export const BUILT_IN = `${defaultConfig.id}@${defaultConfig.version}`;

/** A small seeded generator (mulberry32): the same visitors on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (shares: readonly number[], r: number) => {
  let acc = 0;
  for (const [i, s] of shares.entries()) if ((acc += s) > r) return i;
  return shares.length - 1;
};

/** A class id of `config`, drawn by the class weights. */
export function drawClass(config: Config, random: () => number): string {
  const { classes } = config.benchmark;
  return classes[
    pick(
      classes.map((c) => c.weight),
      random(),
    )
  ]!.id;
}

/** One visitor of class `classId`, answering as the config's model says (see lca.ts for the model). */
export function drawAnswers(config: Config, classId: string, random: () => number): Answers {
  const answers: Answers = {};
  for (const q of config.questions) {
    const { shares, totals } = q.benchmark;
    const none = q.options.find((o) => o.exclusive);
    if (q.type !== 'multiple') answers[q.id] = q.options[pick(shares![classId]!, random())]!.id;
    else if (totals) {
      // A point total, then a random set of scoring options that adds up to it.
      let left = pick(totals[classId]!, random());
      const scoring = q.options.filter((o) => o.value > 0).sort(() => random() - 0.5);
      const ticked = scoring.filter((o) => o.value <= left && (left -= o.value) >= 0).map((o) => o.id);
      answers[q.id] = ticked.length ? q.options.filter((o) => ticked.includes(o.id)).map((o) => o.id) : [none!.id];
    } else {
      const ticked = q.options.filter((o, i) => !o.exclusive && random() < shares![classId]![i]!).map((o) => o.id);
      answers[q.id] = ticked.length ? ticked : [none!.id];
    }
  }
  return answers;
}

export function payload(config: Config, answers: Answers, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    configId: config.id,
    version: config.version,
    lang: 'nl',
    answers,
    // A client's claim the server must ignore: the top segment at a full score.
    result: { overall: { score: 99, percentile: 99 }, dimensions: [], segment: config.segments.at(-1)!.id },
    contact: { name: 'Ada Test', email: 'ada@example.nl' },
    consent: { text: 'Ja, stuur mijn resultaat naar Example.', at: new Date().toISOString() },
    page: 'https://www.example.nl/check',
    ...extra,
  };
}

export function tempDir(prefix = 'sm-collector-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface CollectorProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
}

/**
 * Starts `sm-maturity-check-collector serve` on a free port and resolves once it listens. Give
 * `databaseUrl` for PostgreSQL, else `dataDir` for PGlite.
 */
export function startCollectorProcess(o: {
  dataDir?: string;
  databaseUrl?: string;
  args?: string[];
  env?: Record<string, string>;
}): Promise<CollectorProcess> {
  const args = [
    'serve',
    '--port',
    '0',
    // The test token, unless the caller gives its own through the environment.
    ...(o.env?.SM_ADMIN_TOKEN ? [] : ['--admin-token', TOKEN]),
    ...(o.dataDir ? ['--data', o.dataDir] : []),
    ...(o.args ?? []),
  ];
  const env = { ...process.env, ...o.env } as Record<string, string>;
  if (o.databaseUrl) env.DATABASE_URL = o.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolveStart, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match)
        resolveStart({
          url: match[1]!,
          child,
          output: () => out,
          stop: () => (child.kill('SIGTERM'), exited),
          kill: () => (child.kill('SIGKILL'), exited),
        });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`collector exited (${code}) before listening:\n${out}`)));
  });
}

export const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

export const admin = (url: string, path: string, init: RequestInit = {}) =>
  fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...init.headers } });

/** The ids in a responses.csv, in order (the first column, quoted). */
export const csvIds = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.slice(1, 37));
