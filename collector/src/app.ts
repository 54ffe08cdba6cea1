/**
 * The HTTP contract of the collector as a Hono app: receiving results (CORS for the allowed
 * origins only), the admin reads, erasure and the health check. No state lives here besides the
 * per-instance rate-limit window: everything else is in the database.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Db } from './db.ts';
import { contactFields } from 'sm-maturity-check/core';
import { configKey, parsePayload, type ConfigMap } from './payload.ts';
import { erase, insertResponse, responses, stored, summary } from './store.ts';
import { bearerOk, newSession, sameSecret, SESSION_COOKIE, SESSION_SECONDS, sessionOk } from './auth.ts';
import { csvLine } from './csv.ts';
import { rateLimiter } from './rate-limit.ts';
import { adminPage, ADMIN_CSS, loginPage } from './admin-page.ts';

export interface AppOptions {
  db: Db;
  configs: ConfigMap;
  /** Browser origins allowed to post, e.g. https://www.example.nl; none = no browser may post. */
  allowOrigins: readonly string[];
  /** Posts per minute per client IP; 0 = off. */
  rateLimit: number;
  trustProxy: boolean;
  adminToken?: string | undefined;
  /** One line per request: method, path (never the query), status, milliseconds. */
  log: (line: string) => void;
}

export const MAX_BODY = 64 * 1024;

export function createApp(options: AppOptions): Hono {
  const { db, configs, adminToken, log } = options;
  const allowed = new Set(options.allowOrigins.map((o) => new URL(o).origin));
  const limit = rateLimiter(options.rateLimit);
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    // The path only: queries and bodies may carry personal data and never reach the log.
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.onError((error, c) => {
    log(`error ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.name : 'unknown'}`);
    return c.json({ problems: [{ path: '', message: 'internal error' }] }, 500);
  });

  app.get('/healthz', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });

  const clientIp = (c: Context) => {
    const forwarded = c.req.header('x-forwarded-for');
    // The last hop is the one our own proxy added; earlier entries are whatever the client sent.
    if (options.trustProxy && forwarded) return forwarded.split(',').at(-1)!.trim();
    return getConnInfo(c).remote.address ?? 'unknown';
  };

  app.use('/v1/responses', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.has(origin)) {
      return c.json({ problems: [{ path: '', message: 'origin not allowed' }] }, 403);
    }
    return next();
  });
  app.use(
    '/v1/responses',
    cors({
      origin: (o) => (allowed.has(o) ? o : null),
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type'],
      maxAge: 86400,
    }),
  );
  app.post(
    '/v1/responses',
    bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ problems: [{ path: '', message: 'over 64 KB' }] }, 413) }),
    async (c) => {
      if (!limit(clientIp(c))) {
        c.header('Retry-After', String(60 - (Math.floor(Date.now() / 1000) % 60)));
        return c.json({ problems: [{ path: '', message: 'too many requests' }] }, 429);
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return c.json({ problems: [{ path: '', message: 'malformed JSON' }] }, 400);
      }
      const parsed = parsePayload(body, configs);
      if (!parsed.ok) return c.json({ problems: parsed.problems }, parsed.status);
      const { created, result } = await insertResponse(db, parsed.record);
      return c.json({ id: parsed.record.id, stored: created ? 'new' : 'already', result }, created ? 201 : 200);
    },
  );

  /** Bearer header anywhere; the session cookie only for safe reads (a cookie never authorises a change). */
  const isAdmin = (c: Context, cookieOk: boolean) =>
    !!adminToken &&
    (bearerOk(c.req.header('authorization'), adminToken) ||
      (cookieOk && sessionOk(getCookie(c, SESSION_COOKIE), adminToken)));
  const denied = (c: Context) => {
    c.header('WWW-Authenticate', 'Bearer');
    return c.json({ problems: [{ path: '', message: 'admin token required' }] }, 401);
  };

  /** `?config=&version=`, else the first served config. */
  const pick = (c: Context) => {
    const config = c.req.query('config');
    const version = c.req.query('version');
    if (config && version) return { config, version };
    const first = [...configs.values()][0]!;
    return { config: first.id, version: first.version };
  };
  const dimensionIds = (config: string, version: string) =>
    configs.get(configKey(config, version))?.dimensions.map((d) => d.id) ?? [];

  app.get('/v1/summary', async (c) => {
    if (!isAdmin(c, true)) return denied(c);
    const { config, version } = pick(c);
    return c.json(await summary(db, config, version, dimensionIds(config, version)));
  });

  app.get('/v1/responses.csv', async (c) => {
    if (!isAdmin(c, true)) return denied(c);
    const config = c.req.query('config');
    const version = c.req.query('version');
    const filter = config && version ? { config, version } : undefined;
    const questions = filter ? (configs.get(configKey(config!, version!))?.questions.map((q) => q.id) ?? []) : [];
    const rows = await responses(db, filter);
    const head = ['id', 'received_at', 'config', 'version', 'lang', 'segment', 'score'];
    const tail = [...contactFields, 'consent_at', 'consent_text', 'page'];
    let out = csvLine([...head, ...(filter ? questions : ['answers']), ...tail]);
    for (const r of rows) {
      const answer = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('|') : v);
      out += csvLine([
        r.id,
        new Date(r.received_at as string).toISOString(),
        r.config_id,
        r.config_version,
        r.lang,
        r.segment,
        r.overall_score,
        ...(filter ? questions.map((q) => answer(r.answers[q])) : [JSON.stringify(r.answers)]),
        ...contactFields.map((f) => r.contact[f]),
        new Date(r.consent_at as string).toISOString(),
        r.consent_text,
        r.page,
      ]);
    }
    c.header('Content-Disposition', 'attachment; filename="responses.csv"');
    c.header('Cache-Control', 'no-store');
    return c.body(out, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });

  app.post('/v1/erasure', bodyLimit({ maxSize: 4096 }), async (c) => {
    if (!isAdmin(c, false)) return denied(c);
    const body: unknown = await c.req.json().catch(() => undefined);
    const email = typeof body === 'object' && body && 'email' in body ? body.email : undefined;
    if (typeof email !== 'string' || !email.includes('@') || email.length > 254) {
      return c.json({ problems: [{ path: 'email', message: 'must be an e-mail address' }] }, 400);
    }
    return c.json({ erased: await erase(db, email) });
  });

  const page = (c: Context, html: string, status: 200 | 401 = 200) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(html, status);
  };
  app.get('/admin/admin.css', (c) => c.body(ADMIN_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/admin', async (c) => {
    if (!isAdmin(c, true)) return page(c, loginPage(false), 401);
    const { config, version } = pick(c);
    const data = await summary(db, config, version, dimensionIds(config, version));
    return page(c, adminPage(data, await stored(db), configs.get(configKey(config, version))));
  });
  app.post('/admin/login', bodyLimit({ maxSize: 4096 }), async (c) => {
    if (!limit(`login:${clientIp(c)}`)) return page(c, loginPage(true), 401);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token : '';
    if (!adminToken || !sameSecret(token, adminToken)) return page(c, loginPage(true), 401);
    setCookie(c, SESSION_COOKIE, newSession(adminToken), {
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: SESSION_SECONDS,
    });
    return c.redirect('/admin', 303);
  });
  app.post('/admin/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    return c.redirect('/admin', 303);
  });
  return app;
}
