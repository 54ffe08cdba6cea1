/**
 * Links handed out keep working: full share codes of the built-in config, pinned as literals per
 * config version. Encoding the same answers must keep giving the same code, and every code ever
 * handed out for a version (the 0.1.0 layout '1…' too) must keep decoding against that version.
 *
 * A new version of the built-in config adds a row here (and its frozen copy in fixtures/); old rows
 * stay, read against their frozen copy, and the live config reads them as 'other-version'.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/core/answers.ts';
import type { Config } from '../../src/core/schema.ts';
import { decodeShareCode, encodeShareCode, readShareCode, shareCodeLength } from '../../src/core/share-code.ts';
import { defaultConfig } from '../../src/content/report-2011.ts';

const frozen = (file: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')) as Config;

/** Frozen copies of past and present versions of the built-in config, by version. */
const configs: Record<string, Config> = {
  '1': frozen('sociale-media-2011@1.json'),
  '2': frozen('sociale-media-2011@2.json'),
};

const first: Answers = {
  linkedin: 'never',
  twitter: 'never',
  facebook: 'never',
  hyves: 'never',
  blog: 'never',
  share: 'never',
  analytics: 'never',
  insight: 'little',
  methods: ['none'],
  listening: 'no',
  personal: ['none'],
  orgvalue: ['none'],
  experience: 'none',
  learning: ['none'],
  obstacles: ['none'],
  concerns: ['none'],
};
const last: Answers = {
  linkedin: 'daily',
  twitter: 'daily',
  facebook: 'daily',
  hyves: 'daily',
  blog: 'daily',
  share: 'daily',
  analytics: 'daily',
  insight: 'much',
  methods: ['surveys', 'talks', 'online'],
  listening: 'structural',
  personal: ['knowledge', 'network', 'leads'],
  orgvalue: ['marketing', 'relations', 'sharing'],
  experience: 'much',
  learning: ['others', 'online', 'hire', 'practice'],
  obstacles: ['unfamiliar', 'time', 'filtering'],
  concerns: ['time', 'money', 'serious'],
};
const mixed: Answers = {
  linkedin: 'never',
  twitter: 'sometimes',
  facebook: 'weekly',
  hyves: 'daily',
  blog: 'never',
  share: 'sometimes',
  analytics: 'weekly',
  insight: 'some',
  methods: ['surveys', 'online'],
  listening: 'adhoc',
  personal: ['knowledge', 'leads'],
  orgvalue: ['relations'],
  experience: 'none',
  learning: ['online', 'practice'],
  obstacles: ['unfamiliar', 'filtering'],
  concerns: ['money'],
};

interface Pinned {
  answers: Answers;
  /** What encodeShareCode gives today (layout '2', since 0.2.0). */
  code: string;
  /** What 0.1.0 gave (layout '1'): read, no longer written. Only versions 0.1.0 knew have one. */
  v1?: string;
}

/** Codes by version of the built-in config. */
const pinned: Record<string, Pinned[]> = {
  '1': [
    { answers: first, code: '2nfuXJJJKJESERYTezE', v1: '1JJJKJESERknNVz' },
    { answers: last, code: '2nfuXkkkn07p7upXnDp', v1: '1kkkn07p7u_ug35' },
    { answers: mixed, code: '2nfuXKcKdSpCqkN5nrP', v1: '1KcKdSpCqkQghIs' },
  ],
  '2': [
    {
      answers: {
        linkedin: 'never',
        twitter: 'never',
        facebook: 'never',
        blog: 'never',
        share: 'never',
        analytics: 'never',
        insight: 'little',
        methods: ['none'],
        listening: 'no',
        personal: ['none'],
        orgvalue: ['none'],
        goals: 'unclear',
        experience: 'none',
        learning: ['none'],
        support: 'little',
        obstacles: ['none'],
        concerns: ['none'],
      },
      code: '2nfuHJJJRIiSFEQzZzJF',
    },
    {
      answers: {
        linkedin: 'daily',
        twitter: 'daily',
        facebook: 'daily',
        blog: 'daily',
        share: 'daily',
        analytics: 'daily',
        insight: 'much',
        methods: ['surveys', 'talks', 'online'],
        listening: 'structural',
        personal: ['knowledge', 'network', 'leads'],
        orgvalue: ['marketing', 'relations', 'sharing'],
        goals: 'measured',
        experience: 'much',
        learning: ['others', 'online', 'hire', 'practice'],
        support: 'supported',
        obstacles: ['unfamiliar', 'time', 'filtering'],
        concerns: ['time', 'money', 'serious'],
      },
      code: '2nfuHkkk-ndJ77gVrO60',
    },
    {
      answers: {
        linkedin: 'never',
        twitter: 'sometimes',
        facebook: 'weekly',
        blog: 'daily',
        share: 'never',
        analytics: 'sometimes',
        insight: 'little',
        methods: ['talks'],
        listening: 'no',
        personal: ['network'],
        orgvalue: ['marketing', 'sharing'],
        goals: 'measured',
        experience: 'none',
        learning: ['online', 'practice'],
        support: 'supported',
        obstacles: ['time'],
        concerns: ['time', 'serious'],
      },
      code: '2nfuHKcKUKVCrSgCcvGS',
    },
  ],
};

describe('pinned share codes of the built-in config', () => {
  it('the live built-in config has a row of pinned codes and a frozen copy of its version', () => {
    assert.ok(pinned[defaultConfig.version], `add pinned codes for version ${defaultConfig.version}`);
    assert.ok(configs[defaultConfig.version], `add fixtures/${defaultConfig.id}@${defaultConfig.version}.json`);
  });

  it('the live config lays out codes as its frozen copy does (same questions and options, in order)', () => {
    // Otherwise its content changed without a new version, and links made for the copy would change meaning.
    const layout = (c: Config) => c.questions.map((q) => [q.id, q.type, q.options.map((o) => o.id)]);
    const copy = configs[defaultConfig.version]!;
    assert.equal(copy.id, defaultConfig.id);
    assert.deepEqual(layout(defaultConfig), layout(copy));
  });

  for (const [version, rows] of Object.entries(pinned)) {
    const config = configs[version]!;
    rows.forEach(({ answers, code, v1 }, i) => {
      it(`version ${version}, code ${i + 1}: encode gives ${code}; it${v1 ? ` and the 0.1.0 code ${v1}` : ''} decode`, () => {
        assert.equal(config.version, version);
        assert.equal(encodeShareCode(config, answers), code);
        assert.equal(code.length, shareCodeLength(config));
        assert.deepEqual(decodeShareCode(config, code), answers);
        if (v1) assert.deepEqual(decodeShareCode(config, v1), answers);
        if (version === defaultConfig.version) {
          assert.equal(encodeShareCode(defaultConfig, answers), code);
          assert.deepEqual(decodeShareCode(defaultConfig, code), answers);
        } else {
          assert.deepEqual(readShareCode(defaultConfig, code), { ok: false, reason: 'other-version' });
        }
      });
    });
  }
});
