import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeAssignment, encodeAssignment } from '@/lib/assignments/codec';
import { readSubmission } from '@/lib/assignments/submission';
import { encodeJson } from '@/lib/codec/deflate64';
import { PROGRESS_KEY } from '@/lib/progress/base';
import { emptyProgress } from '@/lib/progress/schema';
import { loadProgress, parseStored, type KeyValueStorage } from '@/lib/progress/storage';
import { createProgressStore } from '@/lib/progress/store';
import { exportProgress, parseImport } from '@/lib/progress/transfer';
import { readUrlParams } from '@/lib/sandbox/urlState';

/**
 * Hostile and unlucky input at every edge where data enters the book: sandbox links, stored
 * progress, imported progress files, assignment links and submissions. Every case must end in a
 * clear refusal or a safe reading, never an exception; a refusal speaks in the book's words (it
 * never quotes the attacker's text); nothing stored is lost. The e2e suite covers the pages
 * (tests/e2e/hostile.spec.ts): no script runs, no request leaves the site, the page stays alive.
 */

/** Text an attacker would like the book to say, or to run. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'Settings expired: log in again at https://evil.example',
  '"><svg onload=alert(1)>',
  '\u202eevil\u202c',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'x'.repeat(5_000),
  '\u0000\u0001\u0002',
  'data:text/html,<b>hi</b>',
  "'; DROP TABLE trips; --",
  '../../etc/passwd',
  '\ud800 lone surrogate',
  'ＳＣＲＩＰＴ',
  '=cmd|\' /c calc\'!A1',
  '\t=HYPERLINK("https://evil.example")',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
];
const echoes = (message: string) => /alert|evil|onerror|onload|expired|constructor|\u202e|x{100}|DROP TABLE|passwd|ＳＣＲＩＰＴ|cmd\||HYPERLINK|data:text|surrogate/i.test(message);

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('hostile links to a sandbox', () => {
  const schema = z.object({
    rows: z.number({ error: 'Enter a number of rows.' }).int('Enter a whole number of rows.').min(1000, 'Use at least 1,000 rows.').max(1_000_000, 'At most 1,000,000 rows.'),
    mode: z.enum(['fast', 'slow'], { error: 'Choose fast or slow.' }),
    fail: z.boolean(),
    seed: z.number().int().min(0),
  });
  const defaults = { rows: 20_000, mode: 'fast' as const, fail: false, seed: 1 };
  const cases: string[] = [];
  for (const p of PAYLOADS) {
    // A lone surrogate cannot be percent-encoded; a link carries it as the bytes of an invalid UTF-8 sequence.
    const v = p.includes('\ud800') ? '%ED%A0%80' : encodeURIComponent(p);
    cases.push(`?s.v=1&s.rows=${v}`, `?s.v=1&s.mode=${v}`, `?s.v=1&s.fail=${v}`, `?s.v=1&s.${v}=1`, `?s.v=${v}&s.rows=2000`, `?s.v=1&s.seed=${v}`);
  }
  cases.push('?s.v=1&s.rows=-1e308', '?s.v=1&s.rows=1e308', '?s.v=1&s.rows=NaN', '?s.v=1&s.rows=Infinity', '?s.v=1&s.rows=0x10', '?s.v=1&s.rows=', '?s.v=1&s.rows=1.5');
  cases.push('?s.v=1&s.rows=abc&s.rows=20000', '?s.v=1&s.v=2', '?s.v=1&s.seed=-5', '?s.v=1&s.mode=FAST', '?s.v=1&s.fail=1', '?s.rows=2000', '?s.v=2&s.rows=2000');

  it.each(cases)('refuses %s in the book’s own words, keeping the defaults', async (search) => {
    const read = await readUrlParams('s', schema, defaults, search);
    expect(read.kind).toBe('refused');
    if (read.kind === 'refused') {
      expect(read.message).toMatch(/The defaults are shown instead\.$/);
      expect(echoes(read.message)).toBe(false);
    }
  });

  it('states the allowed range, even for a whole number far outside it', async () => {
    const read = await readUrlParams('s', schema, defaults, '?s.v=1&s.rows=-1e308');
    expect(read.kind === 'refused' && read.message).toMatch(/at least 1,000 rows/);
  });
});

describe('hostile stored progress', () => {
  const stored: Array<[string, string]> = [
    ['not JSON', 'not json'],
    ['empty object', '{}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['a number', '42'],
    ['a future version', JSON.stringify({ version: 99, quizzes: {}, exercises: {} })],
    ['a prototype key', JSON.stringify({ version: 4, quizzes: { __proto__: { polluted: true } }, exercises: {} })],
    ['deep nesting', `{"version":4,"quizzes":{},"exercises":{"x":{"result":${deep(5_000)}}}}`],
    ['a huge string', JSON.stringify({ version: 4, quizzes: {}, exercises: {}, learnerName: 'x'.repeat(1_000_000) })],
    ['a NUL-filled value', '\u0000'.repeat(1000)],
    ...PAYLOADS.map((p): [string, string] => [`payload ${p.slice(0, 20)}`, JSON.stringify({ version: 4, quizzes: { [p]: { [p]: { pre: p } } }, exercises: { [p]: p } })]),
    ...PAYLOADS.map((p): [string, string] => [`raw payload ${p.slice(0, 20)}`, p]),
  ];

  it.each(stored)('reads %s without throwing, sets it aside, and says why in its own words', (_name, raw) => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, raw);
    const { state, unreadable } = loadProgress(storage, new Date('2026-12-06T00:00:00Z'));
    expect(() => JSON.stringify(state)).not.toThrow();
    // Either it was readable after all (an empty record), or it was set aside with a reason.
    if (unreadable) expect(unreadable.raw.length).toBeGreaterThan(0);
    else expect(state).toEqual(emptyProgress());
    expect(echoes(unreadable?.reason ?? '')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('keeps every readable entry when one entry is bad', () => {
    const good = { first: attempt(1), best: attempt(1), latest: attempt(1), attempts: 1 };
    const raw = JSON.stringify({ version: 4, quizzes: { ingestion: { a: { pre: good }, b: { pre: { ...good, attempts: -1 } } } }, exercises: {} });
    const read = parseStored(raw);
    expect(read.ok && Object.keys(read.state.quizzes.ingestion ?? {})).toEqual(['a']);
  });

  it('refuses a change it could not read back, and keeps what was saved', async () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, () => new Date('2026-12-06T00:00:00Z'));
    await store.getState().setLearnerName('Ada');
    const before = storage.getItem(PROGRESS_KEY);
    await store.getState().recordQuizAttempt('ingestion', 'x'.repeat(500), 'pre', attempt(1));
    expect(store.getState().refused).toMatch(/could not read back/);
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });
});

function attempt(score: number) {
  return { answers: { q1: { choice: 0 } }, correct: score ? ['q1'] : [], score, total: 4, at: '2026-12-06T00:00:00.000Z', questions: ['q1', 'q2', 'q3', 'q4'] };
}

describe('hostile progress files', () => {
  const valid = exportProgress(emptyProgress(), new Date('2026-12-06T00:00:00Z'));
  const files: Array<[string, string]> = [
    ['not JSON', '{oops'],
    ['deep nesting', deep(100_000)],
    ['deep nesting inside a valid envelope', valid.replace('"quizzes": {}', `"quizzes": {"a": ${deep(3_000)}}`)],
    ['a foreign file', JSON.stringify({ name: 'someone else' })],
    ['a wrong kind', valid.replace('data-systems-for-ml/progress', 'evil.example/progress')],
    ['no date', JSON.stringify({ kind: 'data-systems-for-ml/progress', progress: emptyProgress() })],
    ['a future version', valid.replace('"version": 4', '"version": 99')],
    ['an empty file', ''],
    ['whitespace', '   \n  '],
    ...PAYLOADS.map((p): [string, string] => [`payload ${p.slice(0, 20)}`, valid.replace('"quizzes": {}', `"quizzes": ${JSON.stringify({ [p]: p })}`)]),
    ...PAYLOADS.map((p): [string, string] => [`raw ${p.slice(0, 20)}`, p]),
  ];
  it.each(files)('refuses %s, changing nothing, in its own words', (_name, text) => {
    const result = parseImport(text);
    // A "__proto__" key is not data to JSON's reader or to zod: such a file reads as an empty record and pollutes nothing.
    if (result.ok) {
      expect(text).toContain('__proto__');
      expect(result.state).toEqual(emptyProgress());
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, '__proto__') && ({} as Record<string, unknown>).polluted).toBeFalsy();
      return;
    }
    {
      expect(result.message).toMatch(/Nothing was changed\.$|not read/);
      expect(echoes(result.message)).toBe(false);
    }
  });
});

describe('hostile assignment links', () => {
  const codes: Array<[string, () => Promise<string>]> = [
    ['empty', () => Promise.resolve('')],
    ['bad characters', () => Promise.resolve('<script>')],
    ['cut short', async () => (await encodeAssignment({ v: 1, title: 'T', instructions: '', due: '', items: [{ kind: 'exercise', id: 'layout-x' }] })).slice(0, 20)],
    ['deep nesting', () => encodeJson(JSON.parse(deep(1_000)) as unknown)],
    ['a huge title', () => encodeJson({ v: 1, title: 'x'.repeat(10_000), instructions: '', due: '', items: [{ kind: 'exercise', id: 'a' }] })],
    ['no items', () => encodeJson({ v: 1, title: 'T', instructions: '', due: '', items: [] })],
    ['a wrong version', () => encodeJson({ v: 2, title: 'T', instructions: '', due: '', items: [{ kind: 'exercise', id: 'a' }] })],
    ['an id with markup', () => encodeJson({ v: 1, title: 'T', instructions: '', due: '', items: [{ kind: 'exercise', id: '<b>x</b>' }] })],
    ...PAYLOADS.map((p): [string, () => Promise<string>] => [`a payload as the date ${p.slice(0, 20)}`, () => encodeJson({ v: 1, title: 'T', instructions: '', due: p, items: [{ kind: 'exercise', id: 'a' }] })]),
  ];
  it.each(codes)('refuses %s with a message', async (_name, make) => {
    const decoded = await decodeAssignment(await make());
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(echoes(decoded.message)).toBe(false);
  });
});

describe('hostile submissions', () => {
  const files: Array<[string, string]> = [
    ['not JSON', '{'],
    ['deep nesting', deep(200_000)],
    ['a foreign kind', JSON.stringify({ kind: 'evil.example/submission' })],
    ['over 5 MB', ' '.repeat(5_000_001)],
    ['a submission with nothing', JSON.stringify({ kind: 'data-systems-for-ml/submission' })],
    ...PAYLOADS.map((p): [string, string] => [`payload learner ${p.slice(0, 20)}`, JSON.stringify({ kind: 'data-systems-for-ml/submission', learner: p, items: p })]),
    ...PAYLOADS.map((p): [string, string] => [`raw ${p.slice(0, 20)}`, p]),
  ];
  it.each(files)('refuses %s with a reason and never throws', async (_name, text) => {
    const read = await readSubmission(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(echoes(read.message)).toBe(false);
  });
});
