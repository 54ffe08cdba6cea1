/** Storage keys: one per config id, version and element id, and no element id can spell another's. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keyOwner, storageKeys } from '../../src/core/storage-keys.ts';

const config = { id: 'sociale-media-2011', version: '1' };

describe('storageKeys', () => {
  it('plain ids keep the 0.1.0 keys (README: sm-maturity-check:sociale-media-2011@1#check)', () => {
    assert.deepEqual(storageKeys(config, 'check'), {
      progress: 'sm-maturity-check:sociale-media-2011@1#check',
      history: 'sm-maturity-check:sociale-media-2011@1#check:history',
    });
    assert.deepEqual(storageKeys(config), {
      progress: 'sm-maturity-check:sociale-media-2011@1',
      history: 'sm-maturity-check:sociale-media-2011@1:history',
    });
  });

  it('id="x:history" does not share a key with id="x"', () => {
    const x = storageKeys(config, 'x');
    const y = storageKeys(config, 'x:history');
    assert.equal(new Set([x.progress, x.history, y.progress, y.history]).size, 4);
  });

  it('no two element ids share any key (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.string(), (a, b) => {
        fc.pre(a !== b);
        const [ka, kb] = [storageKeys(config, a), storageKeys(config, b)];
        assert.equal(new Set([ka.progress, ka.history, kb.progress, kb.history]).size, 4);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('keyOwner', () => {
  const cases: [key: string, elementId: string, owner: ReturnType<typeof keyOwner>][] = [
    ['sm-maturity-check:sociale-media-2011@1#check', 'check', 'current'],
    ['sm-maturity-check:sociale-media-2011@1#check:history', 'check', 'current'],
    ['sm-maturity-check:sociale-media-2011@0.9#check:history', 'check', 'other-version'],
    ['sm-maturity-check:sociale-media-2011@2', '', 'other-version'],
    ['sm-maturity-check:sociale-media-2011@1#check', '', undefined],
    ['sm-maturity-check:sociale-media-2011@1#other', 'check', undefined],
    ['sm-maturity-check:another@1#check', 'check', undefined],
    [storageKeys(config, 'x:history').progress, 'x', undefined],
    [storageKeys(config, 'x:history').history, 'x:history', 'current'],
    ['unrelated', '', undefined],
  ];
  for (const [key, elementId, owner] of cases)
    it(`${key} (element id "${elementId}"): ${owner}`, () => assert.equal(keyOwner(key, config, elementId), owner));

  it('every key storageKeys makes is owned by its element, for any element id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (id) => {
        const keys = storageKeys(config, id);
        assert.equal(keyOwner(keys.progress, config, id), 'current');
        assert.equal(keyOwner(keys.history, { ...config, version: '2' }, id), 'other-version');
      }),
      { numRuns: 1000 },
    );
  });
});
