import { describe, expect, it } from 'vitest';
import { jsonOverhead, smallestCodec } from './exercises';
import { defaultFormatsParams, type FormatResult, type FormatsResult } from './model';

const format = (id: FormatResult['format'], bytes: number, readMs: number): FormatResult => ({ format: id, label: id, bytes, writeMs: 1, readMs, columnMs: 1, columnAccess: 'column-only', fidelity: [] });

const result: FormatsResult = {
  rows: 1000,
  repeats: 1,
  priceSum: 0,
  formats: [format('json', 5000, 10), format('parquet-snappy', 1300, 4), format('parquet-zstd', 900, 6), format('parquet-gzip', 950, 8)],
};

describe('formats exercises, checked against the run', () => {
  it('smallest codec: passes the codec with its read cost relative to snappy, within 25%', () => {
    expect(smallestCodec.check(result, { format: 'parquet-zstd', factor: '1.5' }, defaultFormatsParams).pass).toBe(true);
    expect(smallestCodec.check(result, { format: 'parquet-zstd', factor: '1.7' }, defaultFormatsParams).pass).toBe(true);
    expect(smallestCodec.check(result, { format: 'parquet-gzip', factor: '2' }, defaultFormatsParams).pass).toBe(false);
    expect(smallestCodec.check(result, { format: 'parquet-zstd', factor: '3' }, defaultFormatsParams)).toMatchObject({ pass: false, feedback: expect.stringContaining('codec is right') });
  });

  it('JSON overhead: the byte ratio within 5%', () => {
    expect(jsonOverhead.check(result, { factor: '5.6' }, defaultFormatsParams).pass).toBe(true);
    expect(jsonOverhead.check(result, { factor: '4' }, defaultFormatsParams).pass).toBe(false);
  });
});
