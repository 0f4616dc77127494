import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hintWithRange, numberRange } from './range';

const schema = z.object({
  rows: z.number().int().min(1000, 'Use at least 1,000 rows.').max(4_000_000),
  rate: z.number().positive().max(0.5).default(0.1),
  seed: z.number().int().min(0),
  mode: z.enum(['a', 'b']),
  share: z.number().min(0).max(1).optional(),
});

describe('the range a number setting accepts', () => {
  it('is read from the schema, both bounds or none', () => {
    expect(numberRange(schema, 'rows')).toEqual({ min: 1000, max: 4_000_000, minIncluded: true, maxIncluded: true });
    expect(numberRange(schema, 'share')).toEqual({ min: 0, max: 1, minIncluded: true, maxIncluded: true });
    expect(numberRange(schema, 'rate')).toEqual({ min: 0, max: 0.5, minIncluded: false, maxIncluded: true });
    expect(numberRange(schema, 'seed'), 'int() alone bounds nothing a reader needs').toBeNull();
    expect(numberRange(schema, 'mode')).toBeNull();
    expect(numberRange(schema, 'missing')).toBeNull();
    expect(numberRange(z.number().min(1).max(2), 'x')).toBeNull();
  });

  it('is said after the hint', () => {
    const both = { minIncluded: true, maxIncluded: true };
    expect(hintWithRange('Rows to generate', { min: 1000, max: 4_000_000, ...both })).toBe('Rows to generate. From 1,000 to 4,000,000.');
    expect(hintWithRange('Rows to generate.', { min: 0, max: 0.25, ...both })).toBe('Rows to generate. From 0 to 0.25.');
    expect(hintWithRange(undefined, { min: 1, max: 9, ...both })).toBe('From 1 to 9.');
    expect(hintWithRange('Rate', numberRange(schema, 'rate'))).toBe('Rate. More than 0 and at most 0.5.');
    expect(hintWithRange('Seed', null)).toBe('Seed');
    expect(hintWithRange('1 to 10 calls, one after another.', { min: 1, max: 10, ...both }), 'a hint that states the range keeps its words').toBe('1 to 10 calls, one after another.');
    expect(hintWithRange('Between 10 and 100 calls.', { min: 1, max: 10, ...both })).toBe('Between 10 and 100 calls. From 1 to 10.');
    expect(hintWithRange('0.5 to 20 %.', { min: 0, max: 20, ...both })).toBe('0.5 to 20 %. From 0 to 20.');
  });
});
