// `npm start`: the URL the dev server prints shows the demo, not a 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from './harness.ts';

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

test('the dev server prints a URL that shows the demo', async () => {
  const port = await freePort();
  // `npm start` is `vite`; BROWSER=none keeps it from opening a browser here.
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort'], {
    cwd: projectRoot,
    env: { ...process.env, BROWSER: 'none', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const printed = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
        // eslint-disable-next-line no-control-regex -- colour codes, in case the terminal gets them
        const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
        const url = /Local:\s+(http:\/\/\S+)/.exec(plain)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      child.on('exit', (code) => reject(new Error(`vite exited (${code}): ${out}`)));
    });
    const response = await fetch(printed);
    assert.equal(response.status, 200, `${printed} answers ${response.status}`);
    assert.equal(new URL(response.url).pathname, '/demo/');
    assert.match(await response.text(), /<sm-maturity-check\b/);
  } finally {
    child.kill();
  }
});
