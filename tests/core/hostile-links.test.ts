/**
 * Hostile input, config links: every link a config carries must be plain https:, anywhere it sits.
 * The fuzzing of parseConfig is in hostile-config.test.ts; share codes, saved state and history on
 * the default config and the size caps in hostile-input.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/parse-config.ts';
import type { Config } from '../../src/core/schema.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { clone } from './helpers.ts';

describe('config links: https: only', () => {
  const places: [path: string, set: (c: Config, url: string) => void][] = [
    ['suggestions[0].url', (c, url) => (c.suggestions[0]!.url = url)],
    ['source.url', (c, url) => (c.source.url = url)],
    ['questions[0].benchmark.basis.url', (c, url) => (c.questions[0]!.benchmark.basis.url = url)],
    ['benchmark.classes[0].basis.url', (c, url) => (c.benchmark.classes[0]!.basis.url = url)],
  ];
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' https://x.example',
    'https://x.example/\n',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
    'http://x.example',
    'https:/x',
    'https://',
    '\u0000https://x',
    'https://x.example\u0007',
    'HTTPS://x.example',
    'https:\\\\evil.example',
    'https://x.example\t/y',
    'https://x.example/\u2028',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
  ];
  for (const [path, set] of places) {
    for (const url of refused) {
      it(`${path} = ${JSON.stringify(url)} is refused, naming the path and https`, () => {
        const config = clone(defaultConfig);
        set(config, url);
        const result = parseConfig(config);
        assert.equal(result.success, false);
        if (result.success) return;
        assert.ok(
          result.issues.some((i) => i.path === path && /https/.test(i.message)),
          `no https issue at ${path}: ${result.error}`,
        );
        assert.ok(result.error.includes(path), result.error);
      });
    }
    it(`${path} = https://example.org/a?b=c#d is accepted`, () => {
      const config = clone(defaultConfig);
      set(config, 'https://example.org/a?b=c#d');
      const result = parseConfig(JSON.stringify(config));
      assert.equal(result.success ? '' : result.error, '');
    });
  }
});
