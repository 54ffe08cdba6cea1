// The endpoint contract of `serve`, case by case, on PGlite and on a real PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, scoreAnswers } from 'sm-maturity-check/core';
import { startCollector, type Running } from '../src/server.ts';
import { loadConfigs } from '../src/configs.ts';
import { admin, drawAnswers, drawClass, payload, post, rng, TOKEN } from './helpers.ts';
import { pglite, postgres, type Backend } from './backends.ts';

const ORIGIN = 'https://www.example.nl';
const random = rng(7);
const answers = () => drawAnswers(defaultConfig, drawClass(defaultConfig, random), random);

const backends: [string, () => Promise<Backend>][] = [
  ['PGlite', pglite],
  ['PostgreSQL', () => postgres('contract')],
];
for (const [name, open] of backends) {
  describe(`the endpoint contract on ${name}`, () => {
    let backend: Backend;
    let c: Running;
    const logs: string[] = [];
    const count = async (id: string) =>
      Number((await c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses WHERE id = $1', [id]))[0]!.n);
    const total = async () =>
      Number((await c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses'))[0]!.n);

    before(async () => {
      backend = await open();
      c = await startCollector({
        ...backend.target,
        configs: loadConfigs([]),
        allowOrigins: [ORIGIN],
        rateLimit: 0,
        adminToken: TOKEN,
        log: (line) => logs.push(line),
      });
    });
    after(async () => {
      await c?.close();
      backend?.stop();
    });

    test('201 stores a valid response with the server’s own result, not the client’s', async () => {
      const body = payload(defaultConfig, answers());
      const res = await post(c.url, body);
      assert.equal(res.status, 201);
      const json = (await res.json()) as { result: { overall: { score: number }; segment: string } };
      const own = scoreAnswers(defaultConfig, body.answers);
      assert.equal(json.result.overall.score, own.overall.score);
      const [row] = await c.db.query<{ result: { overall: { score: number }; segment: string } }>(
        'SELECT result FROM responses WHERE id = $1',
        [body.id],
      );
      assert.equal(row!.result.overall.score, own.overall.score);
      assert.equal(row!.result.segment, own.segment.id);
    });

    test('200 for an id already stored: the same response, stored once', async () => {
      const body = payload(defaultConfig, answers());
      const first = await post(c.url, body);
      const again = await post(c.url, { ...body, answers: answers() });
      assert.deepEqual([first.status, again.status], [201, 200]);
      assert.deepEqual(
        ((await again.json()) as { result: unknown }).result,
        ((await first.json()) as { result: unknown }).result,
      );
      assert.equal(await count(body.id), 1);
    });

    test('unknown top-level keys are ignored and not stored', async () => {
      const body = { ...payload(defaultConfig, answers()), futureField: 'secret-future-value', utm: { x: 1 } };
      assert.equal((await post(c.url, body)).status, 201);
      const [row] = await c.db.query('SELECT * FROM responses WHERE id = $1', [body.id]);
      assert.ok(!JSON.stringify(row).includes('secret-future-value'));
    });

    const bad: [string, (b: ReturnType<typeof payload>) => unknown, number, string][] = [
      ['malformed JSON', () => '{"id": ', 400, ''],
      ['a JSON array', () => [], 400, ''],
      ['an id that is not a UUID', (b) => ({ ...b, id: 'abc' }), 400, 'id'],
      ['an id of the wrong type', (b) => ({ ...b, id: 12 }), 400, 'id'],
      ['an unknown language', (b) => ({ ...b, lang: 'de' }), 400, 'lang'],
      ['answers as a list', (b) => ({ ...b, answers: [] }), 400, 'answers'],
      [
        'an answer to an unknown question',
        (b) => ({ ...b, answers: { ...b.answers, myspace: 'daily' } }),
        400,
        'answers.myspace',
      ],
      ['a wrong option id', (b) => ({ ...b, answers: { ...b.answers, linkedin: 'hourly' } }), 400, 'answers.linkedin'],
      ['an incomplete set of answers', (b) => ({ ...b, answers: { linkedin: 'never' } }), 400, 'answers.twitter'],
      [
        'an exclusive option with others',
        (b) => ({ ...b, answers: { ...b.answers, learning: ['others', 'none'] } }),
        400,
        'answers.learning',
      ],
      [
        'a duplicate tick',
        (b) => ({ ...b, answers: { ...b.answers, learning: ['others', 'others'] } }),
        400,
        'answers.learning',
      ],
      ['a missing consent', (b) => ({ ...b, consent: undefined }), 400, 'consent'],
      [
        'an empty consent text',
        (b) => ({ ...b, consent: { text: ' ', at: new Date().toISOString() } }),
        400,
        'consent.text',
      ],
      [
        'a consent time that is not ISO',
        (b) => ({ ...b, consent: { text: 'ja', at: 'yesterday' } }),
        400,
        'consent.at',
      ],
      ['a huge name', (b) => ({ ...b, contact: { name: 'x'.repeat(5000) } }), 400, 'contact.name'],
      ['an e-mail that is not one', (b) => ({ ...b, contact: { email: 'nope' } }), 400, 'contact.email'],
      ['a page that is not a URL', (b) => ({ ...b, page: 'javascript:alert(1)' }), 400, 'page'],
      ['an unknown config', (b) => ({ ...b, configId: 'other' }), 404, 'configId'],
      ['an unknown version', (b) => ({ ...b, version: '0.9' }), 404, 'configId'],
      ['a body over 64 KB', (b) => ({ ...b, padding: 'x'.repeat(70_000) }), 413, ''],
    ];
    for (const [what, mutate, status, path] of bad) {
      test(`${status} for ${what}, and nothing stored`, async () => {
        const body = payload(defaultConfig, answers());
        const before = await total();
        const res = await post(c.url, mutate(body) as object);
        assert.equal(res.status, status);
        const { problems } = (await res.json()) as { problems: { path: string }[] };
        assert.ok(problems.length > 0);
        if (path)
          assert.ok(
            problems.some((p) => p.path === path),
            JSON.stringify(problems),
          );
        assert.equal(await total(), before);
      });
    }

    test('CORS: an allowed origin gets its preflight and its headers; a foreign one 403 and nothing stored', async () => {
      const preflight = (origin: string) =>
        fetch(`${c.url}/v1/responses`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const ok = await preflight(ORIGIN);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.equal((await preflight('https://evil.example')).status, 403);
      const allowed = await post(c.url, payload(defaultConfig, answers()), { origin: ORIGIN });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
      const before = await total();
      const foreign = await post(c.url, payload(defaultConfig, answers()), { origin: 'https://evil.example' });
      assert.equal(foreign.status, 403);
      assert.equal(foreign.headers.get('access-control-allow-origin'), null);
      assert.equal(await total(), before);
    });

    test('reads need the admin token: none or a wrong one is 401', async () => {
      for (const path of ['/v1/summary', '/v1/responses.csv']) {
        assert.equal((await fetch(`${c.url}${path}`)).status, 401);
        assert.equal((await fetch(`${c.url}${path}`, { headers: { authorization: 'Bearer wrong' } })).status, 401);
        assert.equal((await admin(c.url, path)).status, 200);
      }
      const erasure = await fetch(`${c.url}/v1/erasure`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}x`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@example.nl' }),
      });
      assert.equal(erasure.status, 401);
    });

    test('summary: n, segments, per-dimension means and distributions, first and last date', async () => {
      const res = await admin(c.url, `/v1/summary?config=${defaultConfig.id}&version=${defaultConfig.version}`);
      const s = (await res.json()) as {
        n: number;
        segments: Record<string, number>;
        dimensions: { id: string; mean: number; distribution: number[] }[];
        first: string;
        last: string;
      };
      assert.equal(s.n, await total());
      assert.equal(
        Object.values(s.segments).reduce((a, b) => a + b, 0),
        s.n,
      );
      assert.deepEqual(
        s.dimensions.map((d) => d.id),
        defaultConfig.dimensions.map((d) => d.id),
      );
      for (const d of s.dimensions) {
        assert.equal(
          d.distribution.reduce((a, b) => a + b, 0),
          s.n,
        );
        assert.ok(d.mean >= 0 && d.mean <= 100);
      }
      assert.ok(Date.parse(s.first) <= Date.parse(s.last));
    });

    test('CSV: one row per response with answers and contact; formula cells escaped', async () => {
      const body = payload(defaultConfig, answers(), {
        contact: {
          name: '=HYPERLINK("https://evil.example","x")',
          organisation: '+31 pay',
          phone: '-1',
          email: 'eve@example.nl',
        },
      });
      assert.equal((await post(c.url, body)).status, 201);
      const csv = await (
        await admin(c.url, `/v1/responses.csv?config=${defaultConfig.id}&version=${defaultConfig.version}`)
      ).text();
      const lines = csv.trim().split('\r\n');
      assert.equal(lines.length - 1, await total());
      // A column per question of the config, under its id.
      for (const q of defaultConfig.questions) assert.ok(lines[0]!.includes(`"${q.id}"`), q.id);
      const line = lines.find((l) => l.startsWith(`"${body.id}"`))!;
      assert.ok(line.includes(`"'=HYPERLINK(""https://evil.example"",""x"")"`), line);
      assert.ok(line.includes(`"'+31 pay"`) && line.includes(`"'-1"`) && line.includes('"eve@example.nl"'));
      assert.ok(!/(^|,)"[=+\-@]/.test(line));
    });

    test('erasure by e-mail in the body: returns how many, removes them, keeps the address out of logs', async () => {
      const body = payload(defaultConfig, answers(), { contact: { email: 'Forget.Me@Example.nl' } });
      assert.equal((await post(c.url, body)).status, 201);
      const res = await admin(c.url, '/v1/erasure', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'forget.me@example.nl' }),
      });
      assert.deepEqual(await res.json(), { erased: 1 });
      assert.equal(await count(body.id), 0);
      assert.ok(!logs.join('\n').toLowerCase().includes('forget.me'));
    });

    test('no contact data in the logs', () => {
      const text = logs.join('\n');
      assert.ok(logs.length > 20);
      for (const secret of ['ada@example.nl', 'Ada Test', 'eve@example.nl', 'HYPERLINK'])
        assert.ok(!text.includes(secret));
    });

    test('/admin: a login form, then an HttpOnly Secure SameSite=Strict session with charts and a CSV link', async () => {
      const form = await fetch(`${c.url}/admin`);
      assert.equal(form.status, 401);
      assert.match(await form.text(), /<form method="post" action="\/admin\/login">/);
      assert.match(form.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const login = (token: string) =>
        fetch(`${c.url}/admin/login`, { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual' });
      assert.equal((await login('wrong')).status, 401);
      const ok = await login(TOKEN);
      assert.equal(ok.status, 303);
      const cookie = ok.headers.get('set-cookie') ?? '';
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /Secure/i);
      assert.match(cookie, /SameSite=Strict/i);
      const session = cookie.split(';')[0]!;
      const page = await fetch(`${c.url}/admin`, { headers: { cookie: session } });
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<svg role="img"/);
      const csvLink = `href="/v1/responses.csv?config=${defaultConfig.id}&amp;version=${defaultConfig.version}"`;
      assert.ok(html.includes(csvLink), csvLink);
      assert.ok(!/<script/i.test(html));
      assert.equal((await fetch(`${c.url}/v1/responses.csv`, { headers: { cookie: session } })).status, 200);
      // A cookie never authorises a change: erasure needs the bearer header.
      const erasure = await fetch(`${c.url}/v1/erasure`, {
        method: 'POST',
        headers: { cookie: session, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@example.nl' }),
      });
      assert.equal(erasure.status, 401);
      assert.equal((await fetch(`${c.url}/admin`, { headers: { cookie: `${session}x` } })).status, 401);
    });

    test('/healthz answers for a load balancer', async () => {
      assert.deepEqual(await (await fetch(`${c.url}/healthz`)).json(), { ok: true });
    });

    test('--retain-days: responses older than N days are deleted (at start and daily)', async () => {
      const body = payload(defaultConfig, answers());
      assert.equal((await post(c.url, body)).status, 201);
      await c.db.query("UPDATE responses SET received_at = now() - interval '400 days' WHERE id = $1", [body.id]);
      const target = backend.target;
      await c.close();
      c = await startCollector({
        ...target,
        configs: loadConfigs([]),
        adminToken: TOKEN,
        retainDays: 365,
        log: () => {},
      });
      assert.equal(await count(body.id), 0);
      assert.ok((await total()) > 0);
    });

    test('429 over the per-client rate limit; X-Forwarded-For only with --trust-proxy', async () => {
      const target = backend.target;
      await c.close();
      c = await startCollector({ ...target, configs: loadConfigs([]), rateLimit: 2, log: () => {} });
      const send = (ip: string) => post(c.url, payload(defaultConfig, answers()), { 'x-forwarded-for': ip });
      const statuses = [(await send('10.0.0.1')).status, (await send('10.0.0.2')).status];
      const limited = await send('10.0.0.3');
      assert.deepEqual([...statuses, limited.status], [201, 201, 429]);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      await c.close();
      c = await startCollector({ ...target, configs: loadConfigs([]), rateLimit: 2, trustProxy: true, log: () => {} });
      const proxied = [];
      for (const ip of ['10.0.0.1', '10.0.0.1', '10.0.0.1', '10.0.0.2']) proxied.push((await send(ip)).status);
      assert.deepEqual(proxied, [201, 201, 429, 201]);
    });
  });
}
