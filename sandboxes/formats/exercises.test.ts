import { describe, expect, it } from 'vitest';
import { checkSmallestCodec } from './exercises';
import type { FormatResult, FormatsResult } from './model';

const format = (id: string, bytes: number, readMs: number): FormatResult =>
  ({ format: id, label: id, bytes, writeMs: 1, readMs, columnMs: 1, columnAccess: 'column-only', fidelity: [] }) as unknown as FormatResult;

describe('the codec exercise is checked against the run', () => {
  const result: FormatsResult = {
    rows: 1000,
    repeats: 1,
    priceSum: 0,
    formats: [format('json', 5000, 10), format('parquet-snappy', 1300, 4), format('parquet-zstd', 900, 6), format('parquet-gzip', 950, 8)],
  };

  it('passes the smallest codec with its read cost relative to snappy, within 25%', () => {
    expect(checkSmallestCodec(result, { format: 'parquet-zstd', factor: 1.5 }).pass).toBe(true);
    expect(checkSmallestCodec(result, { format: 'parquet-zstd', factor: 1.7 }).pass).toBe(true);
  });

  it('refuses the wrong codec, and a wrong factor', () => {
    expect(checkSmallestCodec(result, { format: 'parquet-gzip', factor: 2 }).pass).toBe(false);
    expect(checkSmallestCodec(result, { format: 'parquet-zstd', factor: 3 })).toMatchObject({ pass: false, feedback: expect.stringContaining('codec is right') });
  });
});
