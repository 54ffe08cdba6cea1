// `npm test`: every stage CI needs, in order, then ONE line `N passed, N failed` counting every
// test of every stage. A stage that fails to run counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

/** Runs a stage; its output goes to reports/<stage>.log and to the console only when it fails. */
function run(stage, cmd, args, env = {}) {
  const started = Date.now();
  const child = spawnSync(cmd, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${child.stdout ?? ''}\n${child.stderr ?? ''}${child.error ? `\n${child.error}` : ''}`;
  mkdirSync(`${root}reports`, { recursive: true });
  writeFileSync(`${root}reports/${stage}.log`, out);
  const ok = child.status === 0;
  if (!ok) console.log(`--- ${stage} failed; its output (also in reports/${stage}.log):\n${out.trim()}\n---`);
  return { ok, out, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(stage, passed, failed, skipped, seconds) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(
    `${stage.padEnd(12)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s)`,
  );
}

/** A stage that is one check: passes or fails as a whole. */
function single(stage, cmd, args) {
  const { ok, out, seconds } = run(stage, cmd, args);
  if (ok && stage === 'build')
    console.log(
      out
        .split('\n')
        .filter((l) => l.startsWith('dist/'))
        .join('\n'),
    );
  record(stage, ok ? 1 : 0, ok ? 0 : 1, 0, seconds);
  return ok;
}

const listTests = (dir, pattern) =>
  existsSync(`${root}${dir}`)
    ? readdirSync(`${root}${dir}`)
        .filter((f) => pattern.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

/** node:test files, TAP output parsed for its `# pass` / `# fail` totals. */
function nodeTests(stage, files) {
  if (!files.length) return record(stage, 0, 1, 0, '0.0');
  const { ok, out, seconds } = run(stage, 'node', ['--import', 'tsx', '--test', '--test-reporter=tap', ...files]);
  const num = (name) => Number(out.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const [passed, failed, skipped] = [num('pass'), num('fail'), num('skipped') + num('todo')];
  if (Number.isNaN(passed)) return record(stage, 0, 1, 0, seconds);
  // A non-zero exit with no failing test (a file that did not load) still counts as a failure.
  record(stage, passed, failed || (ok ? 0 : 1), skipped || 0, seconds);
  if (failed)
    console.log(
      out
        .split('\n')
        .filter((l) => /^\s*not ok/.test(l))
        .join('\n'),
    );
}

function browserTests(stage) {
  rmSync(`${root}reports/wtr.json`, { force: true });
  const { ok, seconds } = run(stage, 'npx', ['wtr']);
  if (!existsSync(`${root}reports/wtr.json`)) return record(stage, 0, 1, 0, seconds);
  const { passed, failed, skipped } = JSON.parse(readFileSync(`${root}reports/wtr.json`, 'utf8'));
  record(stage, passed, failed || (ok ? 0 : 1), skipped, seconds);
}

single('typecheck', 'npm', ['run', '--silent', 'typecheck']);
single('format', 'npx', ['prettier', '--check', '.']);
single('lint', 'npx', ['eslint', '.']);
nodeTests('unit', listTests('tests/core', /\.test\.ts$/));
const built = single('build', 'node', ['scripts/build.mjs']);
if (built) {
  nodeTests('dist', listTests('tests/dist', /\.test\.ts$/));
  nodeTests('pages', listTests('tests/pages', /\.test\.ts$/));
  // The collector imports the built core (dist/core.js), and its tests start real databases:
  // PGlite and a PostgreSQL 15 cluster of their own (a stage that cannot start one fails).
  nodeTests('collector', listTests('collector/tests', /\.test\.ts$/));
  const log = readFileSync(`${root}reports/collector.log`, 'utf8');
  const figures = (log.match(/^\s*# (load |two classes:|three classes:).*$/gm) ?? []).map((l) => l.trim());
  console.log([...new Set(figures)].join('\n'));
} else {
  record('dist', 0, 1, 0, '0.0');
  record('pages', 0, 1, 0, '0.0');
  record('collector', 0, 1, 0, '0.0');
}
browserTests('browser');

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
