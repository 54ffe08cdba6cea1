// The README's collector section against the code: every option it names exists, every endpoint
// it lists is a route, and its one-command start works as written (data directory and port aside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultConfig } from 'sm-maturity-check/core';
import { drawAnswers, payload, post, rng, startCollectorProcess, tempDir } from './helpers.ts';

const here = import.meta.dirname;
const readme = readFileSync(resolve(here, '../../README.md'), 'utf8');
const section = /### The collector\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const source = (file: string) => readFileSync(resolve(here, '../src', file), 'utf8');

test('the README has a collector section under "Receive results"', () => {
  assert.match(readme, /## Receive results\n[\s\S]*### The collector/);
  assert.ok(section.length > 1000);
});

test('every --option the section names is one the command line takes', () => {
  const taken = new Set(
    [...(source('cli.ts') + source('benchmark.ts')).matchAll(/^\s+'?([a-z-]+)'?: \{ type: '(?:string|boolean)'/gm)].map(
      (m) => m[1],
    ),
  );
  const named = new Set([...section.matchAll(/--([a-z][a-z-]+)/g)].map((m) => m[1]!));
  assert.ok(named.size >= 10);
  assert.deepEqual(
    [...named].filter((o) => !taken.has(o)),
    [],
  );
});

test('the benchmark example names the built-in config as it is now (id@version)', () => {
  const named = [...section.matchAll(/benchmark --config (\S+)/g)].map((m) => m[1]);
  assert.ok(named.length >= 1);
  assert.deepEqual(new Set(named), new Set([`${defaultConfig.id}@${defaultConfig.version}`]));
});

test('every endpoint in the table is a route of the app', () => {
  const app = source('app.ts');
  const rows = [...section.matchAll(/^\| `(GET|POST|OPTIONS) ([^`?[ ]+)/gm)];
  assert.ok(rows.length >= 7);
  for (const [, method, path] of rows) {
    // Formatting aside: app.post('/path', …), or app.use('/path', cors(…)) for the preflight.
    const call = `app.${method === 'OPTIONS' ? 'use' : method!.toLowerCase()}('${path}',${method === 'OPTIONS' ? 'cors(' : ''}`;
    assert.ok(app.replace(/\s+/g, '').includes(call), `${method} ${path} is not a route`);
  }
});

test('the one-command start works as written: a browser post from the allowed origin, then /admin', async () => {
  const line = /SM_ADMIN_TOKEN=(\S+) npx sm-maturity-check-collector serve (.*?)\s*\\\n\s*(.*)\n/.exec(section);
  assert.ok(line, 'no one-command start in the section');
  const [, token, first, second] = line;
  const args = `${first} ${second}`.split(/\s+/);
  const data = tempDir();
  args[args.indexOf('--data') + 1] = `${data.path}/data`;
  const server = await startCollectorProcess({ args: [...args, '--port', '0'], env: { SM_ADMIN_TOKEN: token! } });
  try {
    assert.match(server.output(), /PGlite/);
    const origin = args[args.indexOf('--allow-origin') + 1]!;
    const res = await post(
      server.url,
      payload(defaultConfig, drawAnswers(defaultConfig, defaultConfig.benchmark.classes[0]!.id, rng(1))),
      {
        origin,
      },
    );
    assert.equal(res.status, 201);
    const login = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: token! }),
      redirect: 'manual',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const page = await (await fetch(`${server.url}/admin`, { headers: { cookie } })).text();
    assert.match(page, /n = 1, from/, page);
    // The walk-through's curl, as written, against this server.
    const curl = /curl -H '([^']+)' \\\n\s*'http:\/\/127\.0\.0\.1:8787(\/v1\/summary[^']*)'/.exec(section);
    assert.ok(curl, 'no curl of /v1/summary in the section');
    const [name, value] = curl[1]!.split(': ');
    const summary = await fetch(`${server.url}${curl[2]}`, { headers: { [name!]: value! } });
    assert.equal(summary.status, 200);
    assert.equal(((await summary.json()) as { n: number }).n, 1);
  } finally {
    await server.stop();
    data.remove();
  }
});

test('the walk-through points the demo at the collector it starts, from the origin the demo is served on', () => {
  const printed = /It prints `collector listening on (http:\/\/\S+) \(PGlite in \.\/collector-data\)`/.exec(
    section,
  )?.[1];
  assert.equal(printed, 'http://127.0.0.1:8787', 'the default host and port');
  assert.match(section, /<sm-maturity-check id="check" endpoint="http:\/\/127\.0\.0\.1:8787\/v1\/responses"/);
  // The demo's widget has that id, and the dev server listens on the origin --allow-origin names.
  const demo = readFileSync(resolve(here, '../../demo/index.html'), 'utf8');
  assert.match(demo, /<sm-maturity-check id="check"[\s>]/);
  const vite = readFileSync(resolve(here, '../../vite.config.ts'), 'utf8');
  assert.match(vite, /host: '127\.0\.0\.1', port: 5173/);
  assert.match(section, /--allow-origin http:\/\/127\.0\.0\.1:5173\n/);
  // The summary it reads is the built-in config as it is now.
  assert.match(section, new RegExp(`/v1/summary\\?config=${defaultConfig.id}&version=${defaultConfig.version}'`));
  // Its token is the one the collector was started with.
  const token = /SM_ADMIN_TOKEN=(\S+) npx/.exec(section)?.[1];
  assert.ok(section.includes(`curl -H 'Authorization: Bearer ${token}'`));
});
