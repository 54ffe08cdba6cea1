// `sm-maturity-check validate FILE` and `sm-maturity-check-collector validate FILE`: the widget's
// one validator on the command line, with exit codes and every issue with its path.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { defaultConfig } from 'sm-maturity-check/core';
import { BIN, ROOT_BIN, tempDir } from './helpers.ts';

const dir = tempDir();
after(() => dir.remove());
const file = (name: string, content: string) => {
  writeFileSync(`${dir.path}/${name}`, content);
  return `${dir.path}/${name}`;
};
const good = file('good.json', JSON.stringify(defaultConfig, null, 2));
const broken = structuredClone(defaultConfig) as unknown as Record<string, unknown> & typeof defaultConfig;
broken.questions[0]!.options = broken.questions[0]!.options.slice(0, 1);
(broken as Record<string, unknown>).minutes = 'five';
const bad = file('bad.json', JSON.stringify(broken));
const notJson = file('not.json', '{ "id": ');

for (const [name, bin] of [
  ['sm-maturity-check', ROOT_BIN],
  ['sm-maturity-check-collector', BIN],
] as const) {
  const validate = (path: string) => spawnSync(process.execPath, [bin, 'validate', path], { encoding: 'utf8' });

  test(`${name} validate: exit 0 and "valid" for a good config`, () => {
    const run = validate(good);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes(`valid (${defaultConfig.id}, version ${defaultConfig.version})`), run.stdout);
  });

  test(`${name} validate: exit 1 and every issue with its path for a bad one`, () => {
    const run = validate(bad);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /2 issues/);
    assert.match(run.stderr, /^ {2}minutes: /m);
    assert.match(run.stderr, /^ {2}questions\[0\]\.options: needs 2 to 12 options/m);
    const crossed = structuredClone(defaultConfig);
    crossed.segments[1]!.min = 0;
    const cross = validate(file('cross.json', JSON.stringify(crossed)));
    assert.equal(cross.status, 1);
    assert.match(cross.stderr, /segments\[1\]\.min: must be above the previous threshold/);
    assert.match(validate(notJson).stderr, /not valid JSON/);
    assert.equal(validate(`${dir.path}/missing.json`).status, 2);
  });
}
