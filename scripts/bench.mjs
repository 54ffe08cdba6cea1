/**
 * `npm run bench [-- --runs N] [-- --no-build]`: the widget against two baselines measured in the
 * same run (a minimal Lit element and a static page with a tiny script), interleaved, in headless
 * Chromium at 1× and 4× CPU throttling. This machine is shared and noisy, so the figures that
 * count are the ratios against the same-run baselines, never the absolute times.
 *
 * Every page load gets a fresh browser context. A driver injected before the page's own scripts
 * walks the flow and times it with performance.now() inside the page, so CDP round trips are not
 * counted. Prints a table and writes the same figures to reports/bench.json.
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
const runsAt = argv.indexOf('--runs');
const runsText = argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? (runsAt >= 0 ? argv[runsAt + 1] : '5');
const RUNS = Number(runsText);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs needs a whole number ≥ 1, not ${runsText}`);
const RATES = [1, 4];
const TARGETS = { firstQuestion: 1.15, steps: 1.2, heapBytes: 1_500_000 };

const PAGES = [
  { id: 'widget', path: '/bench/widget.html', host: 'sm-maturity-check' },
  { id: 'lit', path: '/bench/lit-baseline.html', host: 'lit-baseline' },
  { id: 'static', path: '/bench/dist/static.html', host: null },
  { id: 'empty', path: '/bench/empty.html', host: null, empty: true },
];
const SHOWN = PAGES.filter((p) => !p.empty).map((p) => p.id);

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), values });
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
const questionSteps = (f) => f.steps.filter((s) => !s.results).map((s) => s.layout);
const flowTasks = (f) => f.longTasks.filter((t) => t.start >= f.startClick);

/** Rows of the table: key, label, unit, and how to read it from one page load. */
const METRICS = [
  ['firstScreen', 'first screen: nav → intro laid out', 'ms', (f) => f.introLayout],
  ['firstScreenPaint', '  … → next frame', 'ms', (f) => f.introFrame],
  ['firstQuestion', 'first question: nav → q1 laid out', 'ms', (f) => f.questionLayout],
  ['firstQuestionPaint', '  … → next frame', 'ms', (f) => f.questionFrame],
  // Without the browser's share of the navigation (process start, request), the same for all pages.
  ['firstQuestionFromByte', '  … from the HTML’s first byte', 'ms', (f) => f.questionLayout - f.firstByte],
  ['startToQuestion', 'start click → q1 laid out', 'ms', (f) => f.questionLayout - f.startClick],
  ['steps', 'Σ steps: click → next q laid out', 'ms', (f) => sum(questionSteps(f))],
  [
    'stepsPaint',
    'Σ steps: click → next frame',
    'ms',
    (f) => sum(f.steps.filter((s) => !s.results).map((s) => s.frame)),
  ],
  // Unlike the sum, the median step shrugs off one step the OS preempted: a check on the sum.
  ['medianStep', 'median step (laid out)', 'ms', (f) => median(questionSteps(f))],
  ['slowestStep', 'slowest step (laid out)', 'ms', (f) => Math.max(...questionSteps(f))],
  ['results', 'finish click → results laid out', 'ms', (f) => f.steps.find((s) => s.results)?.layout ?? NaN],
  ['longTasksFlow', 'long tasks during the flow', 'n', (f) => flowTasks(f).length],
  ['longTaskFlowMs', 'longest task during the flow', 'ms', (f) => Math.max(0, ...flowTasks(f).map((t) => t.duration))],
  ['longTasksLoad', 'long tasks before the flow', 'n', (f) => f.longTasks.length - flowTasks(f).length],
  ['heap', 'JS heap after GC − empty page', 'KB', (f) => f.heapDelta / 1024],
];

/**
 * Runs inside every page before its own scripts (evaluateOnNewDocument); serialised, so plain JS
 * with no outside references. Leaves a promise of the figures in `window.__bench`. A step is
 * "laid out" in the microtask after the DOM shows it (a MutationObserver: no framework hook such
 * as Lit's updateComplete is trusted) once a forced layout gives its button a box; "next frame"
 * adds requestAnimationFrame + setTimeout, i.e. that frame's paint.
 */
function driver(hostTag, empty) {
  const longTasks = [];
  const keep = (entries) => entries.forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration }));
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const host = () => (hostTag ? document.querySelector(hostTag) : null);
  const panel = () =>
    [...(host()?.shadowRoot ?? document).querySelectorAll('[part~="panel"]')].find((p) => !p.hidden) ?? null;
  const boxed = (el) => !!el && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
  // Resolves with check()'s value as soon as it is truthy, checked again after every DOM mutation.
  const when = (check, what) =>
    new Promise((resolve, reject) => {
      const now = check();
      if (now) return resolve(now);
      const watch = new MutationObserver(() => {
        const found = check();
        if (!found) return;
        watch.disconnect();
        clearTimeout(timer);
        resolve(found);
      });
      watch.observe(host()?.shadowRoot ?? document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const timer = setTimeout(() => (watch.disconnect(), reject(new Error(`timed out waiting for ${what}`))), 20_000);
    });
  const run = async () => {
    if (document.readyState === 'loading')
      await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
    if (empty) return { steps: [], longTasks: [], scripts: [] };
    if (hostTag) await customElements.whenDefined(hostTag);
    const start = await when(() => {
      const button = panel()?.querySelector('button[data-action="start"]');
      return boxed(button) && button;
    }, 'the intro');
    const introLayout = performance.now();
    const introFrame = await frame().then(() => performance.now());
    const startClick = performance.now();
    start.click();
    await when(
      () => panel()?.dataset.step === 'question' && boxed(panel().querySelector('button[data-action="next"]')),
      'question 1',
    );
    const questionLayout = performance.now();
    const questionFrame = await frame().then(() => performance.now());
    const steps = [];
    while (panel().dataset.step !== 'results' && steps.length < 100) {
      const current = panel();
      const legend = current.querySelector('legend')?.textContent;
      const t0 = performance.now();
      current.querySelector('label[part~="option"]').click();
      // Real clicks are separate tasks: let a microtask-scheduled update for the choice land first.
      for (let i = 0; i < 20; i++) await null;
      current.querySelector('button[data-action="next"]').click();
      const after = await when(
        () => {
          const p = panel();
          if (p?.dataset.step === 'results') return boxed(p.querySelector('h2')) && p;
          const moved = p?.dataset.step === 'question' && p.querySelector('legend')?.textContent !== legend;
          return moved && boxed(p.querySelector('button[data-action="next"]')) && p;
        },
        `the step after question ${steps.length + 1}`,
      );
      const laidOut = performance.now();
      await frame(); // also keeps the next click out of this step's paint
      steps.push({ layout: laidOut - t0, frame: performance.now() - t0, results: after.dataset.step === 'results' });
    }
    await frame();
    keep(observer.takeRecords());
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'));
    const firstByte = performance.getEntriesByType('navigation')[0]?.responseStart ?? 0;
    return { firstByte, introLayout, introFrame, startClick, questionLayout, questionFrame, steps, longTasks, scripts };
  };
  Object.defineProperty(window, '__bench', {
    value: run().catch((error) => ({ error: String(error?.stack ?? error) })),
  });
}

// 1. Build the widget and the Lit baseline (bench/dist/ is covered by the `dist/` ignore rule).
try {
  if (!argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
} catch {
  console.error('\nbench: the build failed (see above); `npm run bench -- --no-build` measures the dist/ there is.');
  process.exit(1);
}
// The baselines walk the built-in config's questions as shapes: as many steps as the widget, each
// with the same number of options and the same input type, with placeholder texts.
const { defaultConfig } = await tsImport('../src/content/report-2011.ts', import.meta.url);
const LABELS = ['Nooit', 'Af en toe', 'Wekelijks', 'Dagelijks, intensief', 'Anders', 'Weet ik niet'];
const questions = defaultConfig.questions.map((q, i) => ({
  id: `q${i + 1}`,
  type: q.type === 'multiple' ? 'checkbox' : 'radio',
  text: `Vraag ${i + 1}: hoe vaak gebruik je dit medium voor je werk?`,
  options: q.options.map((_, value) => ({ id: `o${value}`, label: LABELS[value] ?? `Optie ${value + 1}`, value })),
}));

// Minified like the widget's entry (scripts/build.mjs), so the payloads compare like for like.
const lib = { entry: 'bench/lit-baseline.js', formats: ['es'], fileName: () => 'lit-baseline.js' };
const output = { outDir: 'bench/dist', emptyOutDir: true, target: 'es2022', minify: true, sourcemap: false };
await build({
  logLevel: 'warn',
  configFile: false,
  root,
  define: { __BENCH_QUESTIONS__: JSON.stringify(questions) },
  build: { ...output, lib, rolldownOptions: { output: { minify: true } } },
});

/** The static baseline: one plain HTML section per question (bench/static.template.html holds the rest). */
const section = (q, i) => {
  const n = i + 1;
  const last = n === questions.length;
  const options = q.options
    .map(
      (o) =>
        `<label part="option"><input type="${q.type}" name="${q.id}" value="${o.value}" /><span>${o.label}</span></label>`,
    )
    .join('\n            ');
  const back = i ? '<button type="button" data-action="back">Vorige</button>' : '';
  return `    <section part="panel" data-step="question" hidden>
      <form novalidate>
        <p id="p${n}">Vraag ${n} van ${questions.length}</p>
        <progress max="${questions.length}" value="${n}" aria-labelledby="p${n}"></progress>
        <fieldset>
          <legend><h2 tabindex="-1">${q.text}</h2></legend>
          <div class="options">
            ${options}
          </div>
        </fieldset>
        <div class="actions">${back}<button type="submit" data-action="next">${last ? 'Afronden' : 'Volgende'}</button></div>
      </form>
    </section>`;
};
writeFileSync(
  `${root}bench/dist/static.html`,
  readFileSync(`${root}bench/static.template.html`, 'utf8')
    .replace('<!-- count -->', String(questions.length))
    .replace('    <!-- questions -->', questions.map(section).join('\n')),
);

// 2. Serve the project root on 127.0.0.1, start Chromium, measure.
const { startServer } = await tsImport('../tests/pages/harness.ts', import.meta.url);
const server = await startServer({ root });
const browser = await launch({ executablePath: chromePath, headless: true, args: chromeArgs });
const started = Date.now();
const chromium = (await browser.version()).replace(/^\D*\//, '');

/** One page load in a fresh context: the in-page figures and the JS heap after GC. */
async function measure(page, rate) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
    await tab.emulateCPUThrottling(rate > 1 ? rate : null);
    await tab.evaluateOnNewDocument(driver, page.host, Boolean(page.empty));
    await tab.goto(`${server.url}${page.path}`, { waitUntil: 'load' });
    const figures = await tab.evaluate(() => window.__bench);
    if (figures.error || errors.length)
      throw new Error(`${page.id} @${rate}×: ${figures.error ?? ''} ${errors.join('; ')}`);
    const cdp = await tab.createCDPSession();
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return { ...figures, heap: (await tab.metrics()).JSHeapUsedSize };
  } finally {
    await context.close();
  }
}

// Per rate, per run, all pages interleaved in an order that rotates each run.
const raw = {};
try {
  for (const page of PAGES) await measure(page, 1); // warm-up (process start, disk cache), discarded
  for (const rate of RATES) {
    raw[rate] = Object.fromEntries(PAGES.map((p) => [p.id, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const page of PAGES.map((_, i) => PAGES[(i + run) % PAGES.length]))
        raw[rate][page.id].push(await measure(page, rate));
      process.stdout.write(
        `\r  measured ${rate}× run ${run + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
  await server.close();
}

// 3. Figures; the heap of each load minus the empty page's of the same run and rate.
const results = {};
for (const rate of RATES) {
  results[rate] = { emptyHeapBytes: stats(raw[rate].empty.map((f) => f.heap)) };
  for (const id of SHOWN) {
    const loads = raw[rate][id];
    loads.forEach((f, run) => (f.heapDelta = f.heap - raw[rate].empty[run].heap));
    const count = loads[0].steps.length;
    if (loads.some((f) => f.steps.length !== count))
      throw new Error(`${id}: the flow took a different number of steps between runs`);
    results[rate][id] = Object.fromEntries(METRICS.map(([key, , , read]) => [key, stats(loads.map(read))]));
    // The median of each step across runs (ms, laid out), to see where a slow flow spends it.
    results[rate][id].perStep = Array.from({ length: count }, (_, i) =>
      round(median(loads.map((f) => f.steps[i].layout))),
    );
  }
}
const ratio = (rate, key, base) => results[rate].widget[key].median / results[rate][base][key].median;

// Payload, raw / gzip -9 / brotli 11. 'First screen': the page's <script src> files and their
// static imports, which must all arrive before anything renders; 'by the results': every script
// the page fetched in its first measured load, lazy chunks included.
const sizeOf = (files) => {
  const out = { files, raw: 0, gzip: 0, brotli: 0 };
  for (const bytes of files.map((file) => readFileSync(`${root}${file.slice(1)}`))) {
    out.raw += bytes.length;
    out.gzip += gzipSync(bytes, { level: 9 }).length;
    out.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return out;
};
const staticGraph = (html, htmlPath) => {
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(
    (m) => new URL(m[1], `http://x${htmlPath}`).pathname,
  );
  for (const file of files) {
    // `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`.
    for (const m of readFileSync(`${root}${file.slice(1)}`, 'utf8').matchAll(
      /\b(?:import|export)(?!\s*\()[^;'"`]*?["'`](\.{1,2}\/[^"'`]+)["'`]/g,
    )) {
      const dep = new URL(m[1], `http://x${file}`).pathname;
      if (!files.includes(dep)) files.push(dep);
    }
  }
  return files;
};
const payload = {};
for (const { id, path } of PAGES.filter((p) => !p.empty)) {
  const html = readFileSync(`${root}${path.slice(1)}`);
  payload[id] = {
    firstScreen: sizeOf(staticGraph(html.toString(), path)),
    flow: sizeOf([...new Set(raw[RATES[0]][id][0].scripts)]),
    html: { raw: html.length, gzip: gzipSync(html, { level: 9 }).length },
  };
}

// 4. Targets (from the issue), judged on the medians against the same-run Lit baseline.
const targets = [];
const target = (name, pass, detail) => targets.push({ name, pass, detail });
for (const rate of RATES) {
  const fq = ratio(rate, 'firstQuestion', 'lit');
  const fromByte = `${ratio(rate, 'firstQuestionFromByte', 'lit').toFixed(2)}× from the HTML’s first byte`;
  target(
    `first question ≤ ${TARGETS.firstQuestion}× Lit @${rate}×`,
    fq <= TARGETS.firstQuestion,
    `${fq.toFixed(2)}× (${fromByte})`,
  );
  const st = ratio(rate, 'steps', 'lit');
  target(
    `per-step ≤ ${TARGETS.steps}× Lit @${rate}×`,
    st <= TARGETS.steps,
    `${st.toFixed(2)}× (Σ of ${questionSteps(raw[rate].widget[0]).length} steps)`,
  );
}
// The baselines' worst runs say how much of it is this machine rather than the widget.
const worst = (id) => results[4][id].longTasksFlow.max;
const longest = round(results[4].widget.longTaskFlowMs.max);
target(
  'zero long tasks during the flow @4×',
  worst('widget') === 0,
  `${worst('widget')} in the worst of ${RUNS} runs, longest ${longest} ms (worst lit ${worst('lit')}, static ${worst('static')})`,
);
const heap = median(RATES.flatMap((rate) => raw[rate].widget.map((f) => f.heapDelta)));
target('heap ≤ 1.5 MB (all loads)', heap <= TARGETS.heapBytes, `${(heap / 1e6).toFixed(2)} MB`);

// 5. Print, and write the same figures as JSON.
const fmt = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));
const cell = (s) => `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]`;
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const pad = (s, n) => String(s).padEnd(n);
const lines = ['', `sm-maturity-check bench — ${RUNS} runs per page per CPU rate, interleaved; median [min–max]`];
lines.push(
  `Chromium ${chromium}, Node ${process.versions.node}, ${((Date.now() - started) / 1000).toFixed(0)} s of measuring`,
);
for (const rate of RATES) {
  lines.push(
    '',
    `CPU ${rate}×`,
    pad('metric', 40) + SHOWN.map((id) => pad(id, 24)).join('') + pad('widget/lit', 12) + 'widget/static',
  );
  for (const [key, label, unit] of METRICS) {
    const row = SHOWN.map((id) => pad(cell(results[rate][id][key]), 24)).join('');
    lines.push(
      pad(`${label} (${unit})`, 40) + row + pad(times(ratio(rate, key, 'lit')), 12) + times(ratio(rate, key, 'static')),
    );
  }
}
const sizes = (p) => pad(`${p.raw} / ${p.gzip} / ${p.brotli}`, 26);
lines.push(
  '',
  pad('payload (B)', 12) +
    pad('JS before first screen', 26) +
    pad('JS by the results', 26) +
    'HTML        (raw / gzip -9 / brotli 11)',
);
for (const id of SHOWN)
  lines.push(
    pad(`  ${id}`, 12) +
      sizes(payload[id].firstScreen) +
      sizes(payload[id].flow) +
      `${payload[id].html.raw} / ${payload[id].html.gzip}`,
  );
for (const base of ['lit', 'static']) {
  const q = (part) =>
    pad(['raw', 'gzip', 'brotli'].map((k) => times(payload.widget[part][k] / payload[base][part][k])).join(' / '), 26);
  lines.push(pad(`  w/${base}`, 12) + q('firstScreen') + q('flow'));
}
const later = (f) => (payload.widget.firstScreen.files.includes(f) ? f : `${f} (later)`);
lines.push(`  widget files: ${payload.widget.flow.files.map(later).join(' ')}`);
lines.push('', 'targets (medians; ratios against the same-run Lit baseline):');
for (const t of targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.detail}`);
lines.push('', 'per-step medians @4× (ms, laid out; the last one is finish → results):');
for (const id of SHOWN) lines.push(`  ${pad(id, 8)}${results[4][id].perStep.join(' ')}`);
console.log(lines.join('\n'));

const metrics = Object.fromEntries(METRICS.map(([key, label, unit]) => [key, { label: label.trim(), unit }]));
const ratios = Object.fromEntries(
  RATES.map((rate) => [
    rate,
    Object.fromEntries(METRICS.map(([k]) => [k, { lit: ratio(rate, k, 'lit'), static: ratio(rate, k, 'static') }])),
  ]),
);
const json = {
  date: new Date().toISOString(),
  runs: RUNS,
  rates: RATES,
  chromium,
  node: process.versions.node,
  metrics,
  results,
  ratios,
  payload,
  targets,
};
mkdirSync(`${root}reports`, { recursive: true });
writeFileSync(
  `${root}reports/bench.json`,
  `${JSON.stringify(json, (_, v) => (typeof v === 'number' ? round(v, 3) : v), 2)}\n`,
);
console.log('\nwrote reports/bench.json');
