/**
 * `npm run bench [-- --runs N] [-- --no-build]`: the widget against two baselines measured in the
 * same run (a minimal Lit element and a static page with a tiny script), interleaved, in headless
 * Chromium at 1× and 4× CPU throttling. This machine is shared and noisy, so the figures that
 * count are the ratios against the same-run baselines, never the absolute times.
 *
 * Every page load gets a fresh browser context. A driver injected before the page's own scripts
 * walks the flow and times it with performance.now() inside the page, so CDP round trips are not
 * counted. Writes reports/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const runsArg = argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? argv[argv.indexOf('--runs') + 1];
const RUNS = argv.includes('--runs') || runsArg ? Math.max(1, Number.parseInt(runsArg ?? '', 10) || 5) : 5;
const RATES = [1, 4];
const TARGETS = { firstQuestion: 1.15, steps: 1.2, heapBytes: 1_500_000 };

const PAGES = [
  { id: 'widget', path: '/bench/widget.html', host: 'sm-maturity-check' },
  { id: 'lit', path: '/bench/lit-baseline.html', host: 'lit-baseline' },
  { id: 'static', path: '/bench/static.html', host: null },
  { id: 'empty', path: '/bench/empty.html', host: null, empty: true },
];
const SHOWN = PAGES.filter((p) => !p.empty).map((p) => p.id);

/** Rows of the table: key, label, unit, and how to read it from one page load. */
const METRICS = [
  ['firstScreen', 'first screen: nav → intro laid out', 'ms', (f) => f.introLayout],
  ['firstScreenPaint', '  … → next frame', 'ms', (f) => f.introFrame],
  ['firstQuestion', 'first question: nav → q1 laid out', 'ms', (f) => f.questionLayout],
  ['firstQuestionPaint', '  … → next frame', 'ms', (f) => f.questionFrame],
  ['startToQuestion', 'start click → q1 laid out', 'ms', (f) => f.questionLayout - f.startClick],
  ['steps', 'Σ steps: click → next q laid out', 'ms', (f) => sum(questionSteps(f).map((s) => s.layout))],
  ['stepsPaint', 'Σ steps: click → next frame', 'ms', (f) => sum(questionSteps(f).map((s) => s.frame))],
  ['slowestStep', 'slowest step (laid out)', 'ms', (f) => Math.max(...questionSteps(f).map((s) => s.layout))],
  ['results', 'finish click → results laid out', 'ms', (f) => resultStep(f).layout],
  ['longTasksFlow', 'long tasks during the flow', 'n', (f) => f.longTasks.filter((t) => t.start >= f.startClick).length],
  ['longTaskFlowMs', 'longest task during the flow', 'ms', (f) => Math.max(0, ...f.longTasks.filter((t) => t.start >= f.startClick).map((t) => t.duration))],
  ['longTasksLoad', 'long tasks before the flow', 'n', (f) => f.longTasks.filter((t) => t.start < f.startClick).length],
  ['heap', 'JS heap after GC − empty page', 'KB', (f) => f.heapDelta / 1024],
];

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const questionSteps = (f) => f.steps.filter((s) => !s.results);
const resultStep = (f) => f.steps.find((s) => s.results) ?? { layout: NaN, frame: NaN };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), values });
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

/**
 * Runs inside every page before its own scripts (evaluateOnNewDocument); serialised, so it is
 * plain JS with no outside references. Leaves a promise of the figures in `window.__bench`.
 * "Laid out" = the framework has finished its update and a forced layout gives the new step's
 * button a box; "next frame" = requestAnimationFrame then setTimeout, i.e. after that frame's paint.
 */
function driver(hostTag, empty) {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  try {
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the counts stay 0
  }
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const host = () => (hostTag ? document.querySelector(hostTag) : null);
  const panel = () => [...(host()?.shadowRoot ?? document).querySelectorAll('[part~="panel"]')].find((p) => !p.hidden) ?? null;
  const settle = async () => {
    const el = host();
    if (el && 'updateComplete' in el) await el.updateComplete;
  };
  const boxed = (el) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const waitFor = async (check, what) => {
    for (let i = 0; i < 600; i++) {
      const found = check();
      if (found) return found;
      await frame();
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const run = async () => {
    if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
    if (empty) return { steps: [], longTasks: [] };
    if (hostTag) await customElements.whenDefined(hostTag);
    await settle();
    const start = await waitFor(() => {
      const button = panel()?.querySelector('button[data-action="start"]');
      return boxed(button) && button;
    }, 'the intro');
    const introLayout = performance.now();
    await frame();
    const introFrame = performance.now();

    const startClick = performance.now();
    start.click();
    await settle();
    await waitFor(() => panel()?.dataset.step === 'question' && boxed(panel().querySelector('button[data-action="next"]')), 'the first question');
    const questionLayout = performance.now();
    await frame();
    const questionFrame = performance.now();

    const steps = [];
    for (let i = 0; i < 100; i++) {
      const current = panel();
      if (current.dataset.step === 'results') break;
      const legend = current.querySelector('legend')?.textContent;
      const option = current.querySelector('label[part~="option"]');
      const next = current.querySelector('button[data-action="next"]');
      const t0 = performance.now();
      option.click();
      // Real clicks are separate tasks, so the update for the choice lands before the next click.
      await settle();
      next.click();
      await settle();
      const after = await waitFor(() => {
        const p = panel();
        if (p?.dataset.step === 'results') return boxed(p.querySelector('h2')) && p;
        return p && p.querySelector('legend')?.textContent !== legend && boxed(p.querySelector('button[data-action="next"]')) && p;
      }, `the step after question ${i + 1}`);
      const laidOut = performance.now();
      await frame(); // also keeps the next click out of this step's paint
      steps.push({ layout: laidOut - t0, frame: performance.now() - t0, results: after.dataset.step === 'results' });
    }
    await frame();
    for (const e of observer.takeRecords()) longTasks.push({ start: e.startTime, duration: e.duration });
    return { introLayout, introFrame, startClick, questionLayout, questionFrame, steps, longTasks };
  };
  Object.defineProperty(window, '__bench', {
    value: run().catch((error) => ({ error: String(error?.stack ?? error) })),
  });
}

// 1. Build the widget and the Lit baseline (bench/dist/ is covered by the `dist/` ignore rule).
if (!argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
await build({
  logLevel: 'warn',
  configFile: false,
  root,
  build: {
    outDir: 'bench/dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: { entry: 'bench/lit-baseline.js', formats: ['es'], fileName: () => 'lit-baseline.js' },
    // Minified like the widget's entry (scripts/build.mjs), so payloads compare like for like.
    rolldownOptions: { output: { minify: true } },
  },
});

// 2. Serve the project root on 127.0.0.1 and start Chromium.
const { startServer } = await tsImport('../tests/pages/harness.ts', import.meta.url);
const server = await startServer({ root });
const browser = await launch({ executablePath: chromePath, headless: true, args: chromeArgs });
const started = Date.now();
const chromium = (await browser.version()).replace(/^\D*\//, '');

/** One page load in a fresh context: the in-page figures, the JS heap after GC and the files it fetched. */
async function measure(page, rate) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
    await tab.emulateCPUThrottling(rate > 1 ? rate : null);
    await tab.evaluateOnNewDocument(driver, page.host, Boolean(page.empty));
    const first = server.requests.length;
    await tab.goto(`${server.url}${page.path}`, { waitUntil: 'load' });
    const figures = await tab.evaluate(() => window.__bench);
    if (figures.error || errors.length) throw new Error(`${page.id} @${rate}×: ${figures.error ?? ''} ${errors.join('; ')}`);
    const cdp = await tab.createCDPSession();
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize } = await tab.metrics();
    return { ...figures, heap: JSHeapUsedSize, requests: server.requests.slice(first) };
  } finally {
    await context.close();
  }
}

// 3. Measure: per rate, per run, all pages interleaved, in an order that rotates each run.
const raw = {};
try {
  for (const page of PAGES) await measure(page, 1); // warm-up (process start, disk cache), discarded
  for (const rate of RATES) {
    raw[rate] = Object.fromEntries(PAGES.map((p) => [p.id, []]));
    for (let run = 0; run < RUNS; run++) {
      const order = PAGES.map((_, i) => PAGES[(i + run) % PAGES.length]);
      for (const page of order) raw[rate][page.id].push(await measure(page, rate));
      process.stdout.write(`\r  measured ${rate}× run ${run + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
  await server.close();
}

// 4. Figures: the heap of each load minus the empty page's of the same run and rate.
const results = {};
for (const rate of RATES) {
  results[rate] = {};
  for (const id of SHOWN) {
    const loads = raw[rate][id];
    loads.forEach((f, run) => (f.heapDelta = f.heap - raw[rate].empty[run].heap));
    const steps = loads[0].steps.length;
    if (loads.some((f) => f.steps.length !== steps)) throw new Error(`${id}: the flow took a different number of steps between runs`);
    results[rate][id] = Object.fromEntries(METRICS.map(([key, , , read]) => [key, stats(loads.map(read))]));
    results[rate][id].stepCount = steps;
    // Median time of each step across runs, to see where a slow flow spends it.
    results[rate][id].perStep = Array.from({ length: steps }, (_, i) => round(median(loads.map((f) => f.steps[i].layout)), 2));
  }
  results[rate].emptyHeapBytes = stats(raw[rate].empty.map((f) => f.heap));
}

const ratio = (rate, key, base) => results[rate].widget[key].median / results[rate][base][key].median;

// Payload: every script file each page fetched (first measured load), raw / gzip -9 / brotli 11.
const payload = {};
for (const id of SHOWN) {
  const files = [...new Set(raw[RATES[0]][id][0].requests.filter((p) => p.endsWith('.js')))];
  const sizes = { files, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = readFileSync(`${root}${file.slice(1)}`);
    sizes.raw += bytes.length;
    sizes.gzip += gzipSync(bytes, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  const html = readFileSync(`${root}${PAGES.find((p) => p.id === id).path.slice(1)}`);
  sizes.html = { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
  payload[id] = sizes;
}

// 5. Targets (from the issue), each judged per CPU rate on the medians.
const targets = [];
const target = (name, pass, detail) => targets.push({ name, pass, detail });
for (const rate of RATES) {
  const fq = ratio(rate, 'firstQuestion', 'lit');
  target(`first question ≤ ${TARGETS.firstQuestion}× Lit @${rate}×`, fq <= TARGETS.firstQuestion, `${fq.toFixed(2)}×`);
  const st = ratio(rate, 'steps', 'lit');
  target(`per-step ≤ ${TARGETS.steps}× Lit @${rate}×`, st <= TARGETS.steps, `${st.toFixed(2)}× (Σ of ${results[rate].widget.stepCount - 1} steps)`);
}
const lt = results[4].widget.longTasksFlow;
target('zero long tasks during the flow @4×', lt.max === 0, `${lt.max} in the worst of ${RUNS} runs (longest ${round(results[4].widget.longTaskFlowMs.max)} ms)`);
for (const rate of RATES) {
  const heap = results[rate].widget.heap.median * 1024;
  target(`heap ≤ 1.5 MB @${rate}×`, heap <= TARGETS.heapBytes, `${(heap / 1e6).toFixed(2)} MB`);
}

// 6. Print.
const fmt = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));
const cell = (s) => `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]`;
const r = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const pad = (s, n) => String(s).padEnd(n);
const lines = [];
lines.push('', `sm-maturity-check bench — ${RUNS} runs per page per CPU rate, interleaved; median [min–max]`);
lines.push(`Chromium ${chromium}, Node ${process.versions.node}, ${((Date.now() - started) / 1000).toFixed(0)} s of measuring`);
for (const rate of RATES) {
  lines.push('', `CPU ${rate}×`, pad('metric', 38) + SHOWN.map((id) => pad(id, 24)).join('') + pad('widget/lit', 12) + 'widget/static');
  for (const [key, label, unit] of METRICS) {
    const row = SHOWN.map((id) => pad(cell(results[rate][id][key]), 24)).join('');
    lines.push(pad(`${label} (${unit})`, 38) + row + pad(r(ratio(rate, key, 'lit')), 12) + r(ratio(rate, key, 'static')));
  }
}
lines.push('', pad('payload (JS the page loads, bytes)', 38) + pad('raw', 10) + pad('gzip -9', 10) + pad('brotli 11', 11) + 'html raw/gzip  files');
for (const id of SHOWN) {
  const p = payload[id];
  lines.push(pad(`  ${id}`, 38) + pad(p.raw, 10) + pad(p.gzip, 10) + pad(p.brotli, 11) + pad(`${p.html.raw}/${p.html.gzip}`, 15) + p.files.join(' '));
}
for (const base of ['lit', 'static']) {
  const q = (k) => r(payload.widget[k] / payload[base][k]);
  lines.push(pad(`  widget/${base}`, 38) + pad(q('raw'), 10) + pad(q('gzip'), 10) + q('brotli'));
}
lines.push('', 'targets (medians; ratios against the same-run Lit baseline):');
for (const t of targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.detail}`);
lines.push('', `per-step medians @4× (ms, laid out; last = finish → results): widget ${results[4].widget.perStep.join(' ')}`);
lines.push(`                                                    lit ${results[4].lit.perStep.join(' ')}`);
console.log(lines.join('\n'));

mkdirSync(`${root}reports`, { recursive: true });
const json = {
  date: new Date().toISOString(),
  runs: RUNS,
  rates: RATES,
  chromium,
  node: process.versions.node,
  units: Object.fromEntries(METRICS.map(([key, label, unit]) => [key, { label, unit }])),
  results,
  ratios: Object.fromEntries(
    RATES.map((rate) => [rate, Object.fromEntries(METRICS.map(([key]) => [key, { lit: round(ratio(rate, key, 'lit'), 3), static: round(ratio(rate, key, 'static'), 3) }]))]),
  ),
  payload,
  targets,
};
writeFileSync(`${root}reports/bench.json`, `${JSON.stringify(json, (_, v) => (typeof v === 'number' ? round(v, 3) : v), 2)}\n`);
console.log('\nwrote reports/bench.json');
