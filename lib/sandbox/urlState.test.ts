import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { linkWithParams, readUrlParams } from './urlState';

const schema = z.object({ rows: z.number().int().min(1000, 'Use at least 1,000 rows.').max(4_000_000), seed: z.number().int().min(0), fail: z.boolean() });
const defaults = { rows: 100_000, seed: 42, fail: false };

describe('sandbox settings in the URL', () => {
  it('ignores a URL without this sandbox’s keys', async () => {
    expect(await readUrlParams('layout', schema, defaults, '?formats.v=1&formats.rows=5')).toEqual({ kind: 'none' });
  });

  it('round-trips settings through a link', async () => {
    const link = await linkWithParams('layout', { rows: 20000, seed: 7, fail: true }, 'https://book.example/chapters/fundamentals/?other=1#x');
    expect(link).toBe('https://book.example/chapters/fundamentals/?other=1&layout.v=1&layout.rows=20000&layout.seed=7&layout.fail=true#sandbox-layout');
    expect(await readUrlParams('layout', schema, defaults, new URL(link).search)).toEqual({ kind: 'ok', params: { rows: 20000, seed: 7, fail: true } });
  });

  it('keeps defaults for settings the link leaves out', async () => {
    expect(await readUrlParams('layout', schema, defaults, '?layout.v=1&layout.seed=3')).toEqual({ kind: 'ok', params: { rows: 100_000, seed: 3, fail: false } });
  });

  it.each([
    ['?layout.v=1&layout.rows=12', /rows: Use at least 1,000 rows/],
    ['?layout.v=1&layout.rows=abc', /rows:/],
    ['?layout.v=1&layout.rows=1e12', /rows:/],
    ['?layout.v=1&layout.evil=%3Cscript%3E', /names a setting this sandbox does not have/],
    ['?layout.v=9&layout.rows=2000', /another version of the book’s links/],
    ['?layout.rows=2000', /does not say which version/],
    ['?layout.v=1&layout.rows=abc&layout.rows=20000', /same setting more than once/],
    ['?layout.v=1&layout.v=2&layout.rows=20000', /same setting more than once/],
    [`?layout.v=1&layout.rows=${'9'.repeat(100)}`, /too long/],
    ['?layout.v=1&layout.fail=maybe', /fail:/],
  ])('refuses %s with a message', async (search, message) => {
    const read = await readUrlParams('layout', schema, defaults, search);
    expect(read.kind).toBe('refused');
    expect(read.kind === 'refused' && read.message).toMatch(message);
  });

  it('never quotes what the link’s author wrote', async () => {
    const phishing = 'Settings expired: log in again at evil.example';
    for (const search of [
      `?layout.v=1&layout.${encodeURIComponent(phishing)}=1`,
      `?layout.v=${encodeURIComponent(phishing)}&layout.rows=2000`,
      `?layout.v=1&layout.rows=${encodeURIComponent(phishing)}`,
    ]) {
      const read = await readUrlParams('layout', schema, defaults, search);
      expect(read.kind).toBe('refused');
      expect(read.kind === 'refused' && read.message).not.toMatch(/expired|evil|log in/i);
    }
  });
});

describe('a script setting in the URL', () => {
  const action = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('commit'), rows: z.number().int().min(1).max(10_000) }),
    z.object({ kind: z.literal('delete'), where: z.string().max(100) }),
  ]);
  const scripted = z.object({ seed: z.number().int(), steps: z.array(action).max(50, 'At most 50 steps.') });
  const start = { seed: 1, steps: [] as Array<z.infer<typeof action>> };
  const versions = { steps: 2 };

  it('round-trips 30 actions through one compact key', async () => {
    const steps: Array<z.infer<typeof action>> = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? { kind: 'delete' as const, where: `id < ${i}` } : { kind: 'commit' as const, rows: 100 * i }));
    const link = await linkWithParams('lake', { seed: 5, steps }, 'https://book.example/c/', versions);
    const value = new URL(link).searchParams.get('lake.steps')!;
    expect(value.startsWith('~')).toBe(true);
    expect(value.length).toBeLessThan(400);
    expect(await readUrlParams('lake', scripted, start, new URL(link).search, versions)).toEqual({ kind: 'ok', params: { seed: 5, steps } });
  });

  it.each([
    ['not a script', 'lake.steps=commit', /not written as a script/],
    ['garbage', 'lake.steps=~AAAA', /could not be unpacked|does not hold/],
    ['bad characters', 'lake.steps=~%3Cscript%3E', /characters/],
  ])('refuses %s', async (_name, query, message) => {
    const read = await readUrlParams('lake', scripted, start, `?lake.v=1&${query}`, versions);
    expect(read.kind).toBe('refused');
    expect(read.kind === 'refused' && read.message).toMatch(message);
  });

  it('refuses a script written for another version of the actions, and one the schema refuses', async () => {
    const old = await linkWithParams('lake', { seed: 5, steps: [{ kind: 'commit', rows: 5 }] }, 'https://book.example/c/', { steps: 1 });
    expect(await readUrlParams('lake', scripted, start, new URL(old).search, versions)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/another version of this sandbox's actions/) });
    const huge = await linkWithParams('lake', { seed: 5, steps: [{ kind: 'commit', rows: 1e9 }] }, 'https://book.example/c/', versions);
    expect(await readUrlParams('lake', scripted, start, new URL(huge).search, versions)).toMatchObject({ kind: 'refused', message: expect.stringMatching(/steps\.0\.rows/) });
  });
});
