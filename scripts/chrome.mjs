// One place that knows how to start Chromium here: as root, offline, in CI (see TOOLCHAIN.md).
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const chromePath = process.env.CHROME_PATH || candidates.find((path) => existsSync(path)) || 'chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
