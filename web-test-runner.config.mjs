import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromePath, chromeArgs } from './scripts/chrome.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

export default {
  files: 'tests/element/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
      // Each test file in its own browser context: its own localStorage, and a tab that is not
      // in the background (a background tab gets no animation frames).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), countReporter('reports/wtr.json')],
};
