import { describe, expect, it } from 'vitest';
import { cellText, resultSummary } from './ResultTable';

const result = (total: number, rows: number, columns = 2, statements = 1) => ({
  columns: Array.from({ length: columns }, (_, i) => ({ name: `c${i}`, type: 'bigint' })),
  rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => 1)),
  total,
  ms: 1,
  statements,
  earlier: [],
  buildMs: null,
});

describe('resultSummary', () => {
  it('says how many rows came back and how many are shown', () => {
    expect(resultSummary(result(20_000, 100))).toBe('20,000 rows × 2 columns, showing 100 of 20,000');
    expect(resultSummary(result(1, 1, 1, 2))).toBe('1 row × 1 column (the last of 2 statements)');
    expect(resultSummary(result(0, 0, 0, 3))).toBe('The 3 statements ran; no rows came back.');
  });
});

describe('cellText', () => {
  it('formats numbers, keeps ids and small integers plain, and marks NULL', () => {
    expect(cellText(1234567, 'bigint', 'revenue')).toBe('1,234,567');
    expect(cellText(60100042, 'bigint', 'order_id')).toBe('60100042');
    expect(cellText(42, 'integer', 'n')).toBe('42');
    expect(cellText(2.3456789, 'double', 'share')).toBe('2.3457');
    expect(cellText(12345, 'double', 'total')).toBe('12,345');
    expect(cellText(null, 'text', 'x')).toBe('NULL');
    expect(cellText('Closed', 'text', 'status')).toBe('Closed');
  });
});
