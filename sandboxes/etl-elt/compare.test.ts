import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '@/lib/engines/sql';
import { compareAnswers, compareValues, floatsAgree, OrderedComparison, sortedOrder } from './compare';

const columns: ColumnSpec[] = [
  { name: 'id', type: 'int' },
  { name: 'code', type: 'text' },
  { name: 'total', type: 'float' },
];
const expected = [
  [2, 1, 1],
  ['b', 'a', null],
  [0.3, 10, 5],
];

describe('comparing ordered rows', () => {
  it('sorts nulls last and text by code unit, as ORDER BY … NULLS LAST does', () => {
    expect([null, 'b', 'B', 'a'].sort(compareValues)).toEqual(['B', 'a', 'b', null]);
    expect(sortedOrder(expected)).toEqual([1, 2, 0]);
  });

  it('lets floats differ by rounding, not by a cent', () => {
    expect(floatsAgree(0.1 + 0.2, 0.3)).toBe(true);
    expect(floatsAgree(1e9 + 1e-4, 1e9)).toBe(true);
    expect(floatsAgree(10, 10.01)).toBe(false);
  });

  it('passes the same rows in order, fed in chunks', () => {
    const cmp = new OrderedComparison(expected, columns);
    cmp.feed([{ id: 1, code: 'a', total: 10 }]);
    cmp.feed([
      { id: 1, code: null, total: 5 },
      { id: 2, code: 'b', total: 0.1 + 0.2 },
    ]);
    expect(cmp.finish()).toEqual({ equal: true, rowsCompared: 3, maxFloatDiff: Math.abs(0.3 - (0.1 + 0.2)), mismatch: null });
  });

  it('names the first difference, a missing row and an extra row', () => {
    const changed = new OrderedComparison(expected, columns);
    changed.feed([{ id: 1, code: 'a', total: 10.5 }]);
    expect(changed.finish().mismatch).toBe('row 1 in order, column total: expected 10, found 10.5');
    const short = new OrderedComparison(expected, columns);
    short.feed([{ id: 1, code: 'a', total: 10 }]);
    expect(short.finish()).toMatchObject({ equal: false, mismatch: 'the warehouse has 1 rows, 3 expected' });
    const long = compareAnswers([{ id: 1, code: 'a', total: 1 }], [{ id: 1, code: 'a', total: 1 }, { id: 1, code: 'a', total: 1 }], columns);
    expect(long.mismatch).toMatch(/more than the 1 rows/);
    expect(compareAnswers([{ id: 1, code: 'a', total: 1 }], [{ id: 1, code: 'A', total: 1 }], columns).equal).toBe(false);
  });
});
