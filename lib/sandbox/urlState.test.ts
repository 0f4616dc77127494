import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { linkWithParams, readUrlParams } from './urlState';

const schema = z.object({ rows: z.number().int().min(1000, 'Use at least 1,000 rows.').max(4_000_000), seed: z.number().int().min(0), fail: z.boolean() });
const defaults = { rows: 100_000, seed: 42, fail: false };

describe('sandbox settings in the URL', () => {
  it('ignores a URL without this sandbox’s keys', () => {
    expect(readUrlParams('layout', schema, defaults, '?formats.v=1&formats.rows=5')).toEqual({ kind: 'none' });
  });

  it('round-trips settings through a link', () => {
    const link = linkWithParams('layout', { rows: 20000, seed: 7, fail: true }, 'https://book.example/chapters/fundamentals/?other=1#x');
    expect(link).toBe('https://book.example/chapters/fundamentals/?other=1&layout.v=1&layout.rows=20000&layout.seed=7&layout.fail=true#sandbox-layout');
    expect(readUrlParams('layout', schema, defaults, new URL(link).search)).toEqual({ kind: 'ok', params: { rows: 20000, seed: 7, fail: true } });
  });

  it('keeps defaults for settings the link leaves out', () => {
    expect(readUrlParams('layout', schema, defaults, '?layout.v=1&layout.seed=3')).toEqual({ kind: 'ok', params: { rows: 100_000, seed: 3, fail: false } });
  });

  it.each([
    ['?layout.v=1&layout.rows=12', /rows: Use at least 1,000 rows/],
    ['?layout.v=1&layout.rows=abc', /rows:/],
    ['?layout.v=1&layout.rows=1e12', /rows:/],
    ['?layout.v=1&layout.evil=%3Cscript%3E', /“evil” is not a setting/],
    ['?layout.v=9&layout.rows=2000', /version is “9”/],
    ['?layout.rows=2000', /version is missing/],
    [`?layout.v=1&layout.rows=${'9'.repeat(100)}`, /too long/],
    ['?layout.v=1&layout.fail=maybe', /fail:/],
  ])('refuses %s with a message', (search, message) => {
    const read = readUrlParams('layout', schema, defaults, search);
    expect(read.kind).toBe('refused');
    expect(read.kind === 'refused' && read.message).toMatch(message);
  });
});
