/**
 * Links that show where they go: no user info, no invisible or bidi characters, hosts in ASCII
 * (an internationalised host in its xn-- form), the text shown for a URL is the browser's reading
 * of it, and both the check and the schema's URL pattern run in linear time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../src/content/report-2011.ts';
import { configSchema } from '../../src/core/config-schema.gen.ts';
import { isHttpsUrl, linkHref } from '../../src/core/limits.ts';
import { parseConfig } from '../../src/core/parse-config.ts';
import type { Config } from '../../src/core/schema.ts';

const refused: [why: string, url: string][] = [
  ['user info (a host that reads as good.example)', 'https://good.example@evil.example'],
  ['user and password', 'https://user:pass@x.example/'],
  ['an empty user', 'https://@x.example/'],
  ['an encoded @ in the host', 'https://good.example%40evil.example/'],
  ['a percent-encoded host', 'https://ex%61mple.org/'],
  ['a zero-width space in the host', 'https://exa\u200bmple.org/'],
  ['a zero-width joiner in the path', 'https://example.org/a\u200db'],
  ['a right-to-left override', 'https://example.org/\u202egpj.exe'],
  ['a left-to-right isolate', 'https://example.org/\u2066x'],
  ['an Arabic letter mark', 'https://example.org/\u061c'],
  ['a byte order mark', '\ufeffhttps://example.org/'],
  ['a soft hyphen', 'https://exam\u00adple.org/'],
  ['a variation selector', 'https://example.org/\ufe0f'],
  ['a combining grapheme joiner', 'https://example.org/a\u034f'],
  ['a Hangul filler', 'https://example.org/\u3164'],
  ['a Cyrillic look-alike host (аpple)', 'https://\u0430pple.com/'],
  ['a non-ASCII host', 'https://bücher.example/'],
  ['fullwidth letters', 'https://\uff45xample.org/'],
  ['an ideographic full stop', 'https://example\u3002org/'],
  ['a no-break space', 'https://example.org/\u00a0'],
  ['a backslash', 'https://example.org\\@evil.example/'],
  ['no host', 'https:///path'],
];
const accepted: [url: string, href: string][] = [
  ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
  ['https://Example.ORG', 'https://example.org/'],
  ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
  ['https://example.org:8443/x', 'https://example.org:8443/x'],
  ['https://example.org/@user', 'https://example.org/@user'],
  ['https://example.org/päd?q=ü', 'https://example.org/p%C3%A4d?q=%C3%BC'],
];

describe('isHttpsUrl refuses links that do not show where they go', () => {
  for (const [why, url] of refused) {
    it(`${why}: ${JSON.stringify(url)}`, () => {
      assert.equal(isHttpsUrl(url), false);
      assert.equal(linkHref(url), undefined);
      const config = structuredClone(defaultConfig) as Config;
      config.source.url = url;
      const parsed = parseConfig(config);
      assert.ok(!parsed.success && parsed.error.includes('source.url'), parsed.success ? 'accepted' : parsed.error);
    });
  }
});

describe('accepted links; the text shown is where the link goes', () => {
  for (const [url, href] of accepted) {
    it(`${url} → ${href}`, () => {
      assert.equal(isHttpsUrl(url), true);
      assert.equal(linkHref(url), href);
      // What a browser follows is the same string.
      assert.equal(new URL(href).href, href);
      const config = structuredClone(defaultConfig) as Config;
      config.source.url = url;
      const parsed = parseConfig(config);
      assert.ok(parsed.success, parsed.success ? '' : parsed.error);
    });
  }
});

describe('linear time on 10,000-character inputs', () => {
  const pattern = new RegExp(
    (configSchema.$defs ?? {})[
      Object.keys(configSchema.$defs ?? {}).find((k) => configSchema.$defs![k]!.description?.includes('https:')) ?? ''
    ]?.pattern ?? '',
  );
  const n = 10_000;
  const inputs = [
    `https://${'a'.repeat(n)} `,
    `https://${'a'.repeat(n)}\\`,
    `https://x/${'a/'.repeat(n / 2)} `,
    `https://${'a.'.repeat(n / 2)}@`,
    `https://${'\u200b'.repeat(n)}`,
    `https://x.example/${'?#'.repeat(n / 2)}\n`,
  ];
  /** Median milliseconds of one call of `check` over all inputs. */
  const median = (check: (s: string) => unknown) => {
    const ms: number[] = [];
    for (let i = 0; i < 11; i++) {
      const start = performance.now();
      for (const input of inputs) check(input);
      ms.push(performance.now() - start);
    }
    return ms.sort((a, b) => a - b)[5]! / inputs.length;
  };

  it('the schema has the URL pattern (a hint for editors; isHttpsUrl is the full check)', () => {
    assert.ok(pattern.source.startsWith('^https:'), pattern.source);
    assert.equal(pattern.test('https://example.org/a?b#c'), true);
    assert.equal(pattern.test(inputs[0]!), false);
  });
  // A quadratic pattern takes about 50 ms per input of this length; linear ones, well under 1 ms.
  it('the schema URL pattern: under 1 ms per input', () => assert.ok(median((s) => pattern.test(s)) < 1));
  it('isHttpsUrl: under 1 ms per input', () => {
    for (const input of inputs) assert.equal(isHttpsUrl(input), false);
    assert.ok(median(isHttpsUrl) < 1);
  });
});
