import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { scoreAnswers } from '../../src/core/scoring.ts';
import { buildPayload, cleanContact, isLeadPayload, pageAddress, uuid } from '../../src/core/payload.ts';
import {
  OUTBOX_MAX,
  OUTBOX_MAX_AGE_MS,
  isEndpointUrl,
  isRetryable,
  parseOutbox,
  withEntry,
  withoutId,
  type OutboxEntry,
} from '../../src/core/outbox.ts';
import { fixture } from './fixtures.ts';

const result = scoreAnswers(fixture, {}, { lang: 'en' });
const at = new Date('2026-11-29T10:00:00.000Z');
const payload = (id = 'a') =>
  buildPayload({ id, result, contact: { name: 'An' }, consentText: 'I agree', at, page: 'https://x.nl/p' });

describe('buildPayload', () => {
  it('carries every field the receiver needs, and nothing of the labels', () => {
    const p = buildPayload({
      id: 'id-1',
      result,
      contact: { name: ' An de Vries ', email: 'an@example.nl', phone: '', secret: 'x' },
      consentText: 'Yes, send it',
      at,
      page: 'https://example.nl/check/?utm=1&mail=a@b#sm=abc',
    });
    assert.deepEqual(Object.keys(p).sort(), [
      'answers',
      'configId',
      'consent',
      'contact',
      'id',
      'lang',
      'page',
      'result',
      'version',
    ]);
    assert.equal(p.id, 'id-1');
    assert.equal(p.configId, fixture.id);
    assert.equal(p.version, fixture.version);
    assert.equal(p.lang, 'en');
    assert.deepEqual(p.answers, result.answers);
    assert.deepEqual(p.result, {
      overall: { score: result.overall.score, percentile: result.overall.percentile },
      dimensions: result.dimensions.map((d) => ({ id: d.id, score: d.score, percentile: d.percentile })),
      segment: result.segment.id,
    });
    assert.deepEqual(p.contact, { name: 'An de Vries', email: 'an@example.nl' });
    assert.deepEqual(p.consent, { text: 'Yes, send it', at: '2026-11-29T10:00:00.000Z' });
    assert.equal(p.page, 'https://example.nl/check/');
    assert.ok(isLeadPayload(JSON.parse(JSON.stringify(p))));
  });

  it('copies the answers: a later change to the result leaves the payload alone', () => {
    const scored = scoreAnswers(fixture, { [fixture.questions[0]!.id]: fixture.questions[0]!.options[0]!.id });
    const p = buildPayload({ id: 'x', result: scored, contact: {}, consentText: 't', at, page: '' });
    (scored.answers as Record<string, unknown>)[fixture.questions[0]!.id] = 'changed';
    assert.equal(p.answers[fixture.questions[0]!.id], fixture.questions[0]!.options[0]!.id);
  });
});

describe('pageAddress', () => {
  const cases: [string, string][] = [
    ['https://a.example/b/c?d=1#e', 'https://a.example/b/c'],
    ['http://localhost:8080/?x#sm=abc', 'http://localhost:8080/'],
    ['https://user:pw@a.example/p', 'https://a.example/p'],
    ['not a url', ''],
    ['', ''],
  ];
  for (const [input, expected] of cases)
    it(`${input || '(empty)'} → ${expected || '(empty)'}`, () => {
      assert.equal(pageAddress(input), expected);
    });
});

describe('cleanContact', () => {
  it('keeps known fields, trimmed and capped, and no inherited or foreign keys', () => {
    const given = Object.assign(Object.create({ name: 'inherited' }) as object, {
      email: `  ${'e'.repeat(500)}  `,
      organisation: 42,
      phone: ` ${'1'.repeat(50)}`,
      __proto__: 'x',
    });
    assert.deepEqual(cleanContact(given), { email: 'e'.repeat(254), phone: '1'.repeat(40) });
  });
});

describe('uuid', () => {
  const form = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it('uses crypto.randomUUID when there is one', () => {
    assert.equal(uuid({ randomUUID: () => 'from-the-browser', getRandomValues: (a) => a }), 'from-the-browser');
  });
  it('builds a version-4 UUID from getRandomValues without randomUUID (a page on plain http)', () => {
    const source = { getRandomValues: (a: Uint8Array) => webcrypto.getRandomValues(a) };
    const seen = new Set(Array.from({ length: 200 }, () => uuid(source as unknown as Crypto)));
    assert.equal(seen.size, 200);
    for (const id of seen) assert.match(id, form);
  });
});

describe('delivery rules', () => {
  const cases: [number, boolean][] = [
    [0, true],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [413, false],
    [422, false],
  ];
  for (const [status, retry] of cases)
    it(`HTTP ${status} is ${retry ? '' : 'not '}retried`, () => assert.equal(isRetryable(status), retry));

  const endpoints: [string, boolean][] = [
    ['https://crm.example.nl/leads', true],
    ['http://localhost:3000/leads', true],
    ['http://127.0.0.1:3000/leads', true],
    ['http://[::1]:3000/leads', true],
    ['http://crm.example.nl/leads', false],
    ['https://user:pw@crm.example.nl/', false],
    ['javascript:alert(1)', false],
    ['/relative', false],
    ['', false],
  ];
  for (const [url, ok] of endpoints)
    it(`endpoint ${url || '(empty)'}: ${ok}`, () => assert.equal(isEndpointUrl(url), ok));
});

describe('parseOutbox', () => {
  const now = at.getTime();
  const entry = (id: string, savedAt = now): OutboxEntry => ({ payload: payload(id), savedAt });

  it('keeps well-formed fresh entries, once per id', () => {
    const raw = JSON.stringify([
      entry('a'),
      entry('b'),
      entry('a', now - 5),
      { payload: { id: 'c' }, savedAt: now },
      7,
    ]);
    assert.deepEqual(
      parseOutbox(raw, now).map((e) => e.payload.id),
      ['a', 'b'],
    );
  });

  it('drops entries older than 30 days and entries from the future', () => {
    const raw = JSON.stringify([entry('old', now - OUTBOX_MAX_AGE_MS), entry('ok', now - OUTBOX_MAX_AGE_MS + 1000)]);
    assert.deepEqual(
      parseOutbox(raw, now).map((e) => e.payload.id),
      ['ok'],
    );
    assert.deepEqual(parseOutbox(JSON.stringify([entry('f', now + 86_400_000)]), now), []);
  });

  it('reads garbage as an empty outbox', () => {
    for (const raw of [null, '', '{', '{}', 'null', '"x"', '[null]']) assert.deepEqual(parseOutbox(raw, now), []);
  });

  it('adds, replaces and removes by id, and keeps at most OUTBOX_MAX', () => {
    let list: OutboxEntry[] = [];
    for (let i = 0; i < OUTBOX_MAX + 5; i++) list = withEntry(list, entry(`p${i}`));
    assert.equal(list.length, OUTBOX_MAX);
    assert.equal(list.at(-1)!.payload.id, `p${OUTBOX_MAX + 4}`);
    list = withEntry(list, entry(`p${OUTBOX_MAX + 4}`, now + 1));
    assert.equal(list.length, OUTBOX_MAX);
    assert.equal(withoutId(list, 'p10').length, OUTBOX_MAX - 1);
  });
});
