import { describe, expect, it } from 'vitest';
import { explainFormats, shortName } from './explain';
import type { FidelityFinding, FormatResult, FormatsResult } from './model';

const format = (id: FormatResult['format'], label: string, bytes: number, readMs: number, columnMs: number, columnAccess: FormatResult['columnAccess'], fidelity: FidelityFinding[] = []): FormatResult => ({
  format: id,
  label,
  bytes,
  writeMs: 10,
  readMs,
  columnMs,
  columnAccess,
  fidelity,
});
const lost = (column: string, what: string): FidelityFinding => ({ column, what, changed: 1 });

const result: FormatsResult = {
  rows: 1000,
  repeats: 1,
  priceSum: 0,
  formats: [
    format('json', 'JSON (array of objects)', 200_000, 20, 22, 'parse-all', [lost('created_at', 'timestamps came back as text')]),
    format('csv', 'CSV (types guessed on read)', 90_000, 15, 16, 'parse-all', [
      lost('zip', 'text read as a number'),
      lost('zip', 'text read as a number: leading zeros lost'),
      lost('coupon', 'missing values came back as empty strings'),
    ]),
    format('arrow', 'Arrow IPC file', 120_000, 0.05, 0.1, 'in-place'),
    format('parquet-zstd', 'Parquet, zstd', 25_000, 2, 0.5, 'column-only'),
    format('parquet-snappy', 'Parquet, snappy', 40_000, 1.5, 0.4, 'column-only'),
  ],
};

describe('what a formats run shows', () => {
  it('reads sizes, times and losses off the run, naming each changed column once', () => {
    const [size, read, column, fidelity] = explainFormats(result);
    expect(size).toBe('The smallest file was Parquet, zstd: 25.0 kB, 8.0× smaller than the 200.0 kB of JSON; CSV, which names each column once instead of in every record, came to 0.45× JSON’s size.');
    expect(read).toMatch(/^Reading a whole file back was fastest for Arrow IPC file, 0\.0500 ms against 20\.00 ms for JSON: an Arrow IPC file/);
    expect(column).toBe('To sum one column, the Parquet files read only that column’s pages and took 0.400 ms to 0.500 ms; JSON and CSV had to parse every row, 16.00 ms to 22.00 ms.');
    expect(fidelity).toBe('3 of the 5 files gave back every value with its type; JSON changed created_at and CSV changed zip and coupon (the Tables tab says how).');
  });

  it('says nothing it cannot read off the run', () => {
    expect(explainFormats({ ...result, formats: [] })).toEqual([]);
    const jsonOnly = explainFormats({ ...result, formats: [result.formats[0]!] });
    expect(jsonOnly).toHaveLength(2); // no faster reader to name, no Parquet to compare with
  });

  it('names formats briefly', () => {
    expect(['json', 'arrow', 'avro', 'parquet-lz4_raw'].map((format) => shortName({ format: format as FormatResult['format'] }))).toEqual(['JSON', 'Arrow', 'Avro', 'Parquet lz4 raw']);
  });
});
