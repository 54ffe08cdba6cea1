// /admin in a real Chromium: the sign-in form by keyboard sets the session cookie on the
// collector's own origin (Secure is honoured on http://127.0.0.1), the charts show, CSP holds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser } from 'puppeteer-core';
import { defaultConfig } from 'sm-maturity-check/core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { startCollector, type Running } from '../src/server.ts';
import { loadConfigs } from '../src/configs.ts';
import { drawAnswers, payload, post, rng, TOKEN } from './helpers.ts';
import { postgres, type Backend } from './backends.ts';

let backend: Backend;
let c: Running;
let browser: Browser;

before(async () => {
  backend = await postgres('admin_browser');
  c = await startCollector({ ...backend.target, configs: loadConfigs([]), adminToken: TOKEN, log: () => {} });
  for (const seed of [1, 2, 3]) {
    const res = await post(
      c.url,
      payload(defaultConfig, drawAnswers(defaultConfig, defaultConfig.benchmark.classes.at(-1)!.id, rng(seed))),
    );
    assert.equal(res.status, 201);
  }
  browser = await puppeteer.launch({ executablePath: chromePath, args: chromeArgs, headless: true });
});
after(async () => {
  await browser?.close();
  await c?.close();
  backend?.stop();
});

test('sign in by keyboard, then the summary as charts with a CSV link, no CSP violation', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  // The sign-in page itself is a 401, which Chromium logs too: only CSP refusals count here.
  page.on('console', (m) => /Refused|Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto(`${c.url}/admin`);
  await page.focus('input[name=token]');
  await page.keyboard.type(TOKEN);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const heading = `Responses to ${defaultConfig.id} (version ${defaultConfig.version})`;
  assert.equal(await page.$eval('h1', (h) => h.textContent), heading);
  assert.match(await page.$eval('main', (m) => m.textContent ?? ''), /n = 3, from/);
  assert.ok((await page.$$('svg[role=img] rect.bar')).length >= 10);
  const cookies = await browser.cookies();
  const session = cookies.find((k) => k.name === '__Host-sm-admin');
  assert.ok(session && session.httpOnly && session.secure && session.sameSite === 'Strict');
  const csv = await page.$eval('a[download]', (a) => (a as HTMLAnchorElement).href);
  // The page's CSP allows no fetch, so the link is followed with the browser's own cookie.
  const res = await fetch(csv, { headers: { cookie: `${session.name}=${session.value}` } });
  assert.equal(res.status, 200);
  assert.equal((await res.text()).trim().split('\r\n').length, 4);
  // Styles come from the stylesheet the CSP allows: the bars are filled.
  assert.equal(await page.$eval('rect.bar', (r) => getComputedStyle(r).fill), 'rgb(47, 111, 143)');
  assert.deepEqual(violations, []);
});
