import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, openNodeSqlite } from '@/lib/engines/node';
import type { SqlEngine } from '@/lib/engines/sql';
import { cleanAmount, cleanChannel, cleanCountry, cleanTimestamp, cleanWholeNumber, cleanWord, trimSpaces } from './clean';
import type { CsvValue } from './csv';
import { cleaningSql } from './sql';
import { RAW_COLUMNS } from './transform';

/** Each rule's hand cases: the raw text and what the rule must make of it. */
const ids: [CsvValue, number | null][] = [
  ['42', 42],
  [' 42 ', 42],
  ['00042', 42],
  ['999999999', 999_999_999],
  ['1000000000', null], // ten digits: past the 32-bit column
  ['ORD-42', null],
  ['42.0', null],
  ['-42', null],
  ['4 2', null],
  ['', null],
  ['   ', null],
  [null, null],
];
const amounts: [CsvValue, number | null][] = [
  ['12.50', 12.5],
  ['12.5', 12.5],
  [' 12.50', 12.5],
  ['12', 12],
  ['0012.50', 12.5],
  ['0.00', 0], // a number: the filter (amount > 0) drops it, not the cast
  ['12,50', null], // decimal comma
  ['n/a', null],
  ['.5', null],
  ['12.', null],
  ['1.2.3', null],
  ['-3.00', null],
  ['1e3', null],
  ['$12.50', null],
  ['1234567890.12', null], // 13 characters
  [null, null],
];
const moments: [CsvValue, string | null][] = [
  ['2025-03-04 10:15:00', '2025-03-04 10:15:00'],
  ['2025-03-04T10:15:00Z', '2025-03-04 10:15:00'],
  ['2025-03-04T10:15:00', '2025-03-04 10:15:00'],
  [' 2025-03-04 10:15:00 ', '2025-03-04 10:15:00'],
  ['2024-02-29 23:59:59', '2024-02-29 23:59:59'], // a leap day
  ['2025-02-29 00:00:00', null],
  ['2025-02-30 08:00:00', null], // SQLite would roll this over to 2 March
  ['1900-02-29 00:00:00', null], // not a leap year
  ['2025-04-31 00:00:00', null],
  ['2025-13-01 00:00:00', null],
  ['2025-00-10 00:00:00', null],
  ['2025-03-04 24:00:00', null],
  ['2025-03-04 23:60:00', null],
  ['2025-03-04 23:59:60', null],
  ['2025-3-4 1:2:3', null], // DuckDB's strptime alone accepts this
  ['2025-03-04', null],
  ['2025-03-04 10:15', null],
  ['2025-03-04 10:15:00.5', null],
  ['03/04/2025 10:15', null], // Date.parse accepts this; the rule does not
  ['not recorded', null],
  ['', null],
  [null, null],
];
const countries: [CsvValue, string | null][] = [
  ['US', 'US'],
  ['us', 'US'],
  [' US', 'US'],
  ['US ', 'US'],
  ['U.S.', 'US'],
  ['Us ', 'US'],
  ['g.b.', 'GB'],
  ['XX', 'XX'],
  ['  ', null],
  ['', null],
  [null, null],
];
const words: [CsvValue, string | null][] = [
  ['paid', 'paid'],
  ['PAID', 'paid'],
  ['Paid ', 'paid'],
  ['', ''],
  [null, null],
];
const channels: [CsvValue, string][] = [
  ['web', 'web'],
  [' APP', 'app'],
  ['Phone ', 'phone'],
  ['', 'unknown'],
  ['  ', 'unknown'],
  [null, 'unknown'],
];

describe('the cleaning rules in JavaScript', () => {
  it('trims spaces only, as SQL does', () => {
    expect(trimSpaces('  a b  ')).toBe('a b');
    expect(trimSpaces('\ta ')).toBe('\ta');
    expect(trimSpaces('')).toBe('');
  });
  it.each(ids)('whole number %j → %j', (raw, want) => expect(cleanWholeNumber(raw)).toBe(want));
  it.each(amounts)('amount %j → %j', (raw, want) => expect(cleanAmount(raw)).toBe(want));
  it.each(moments)('timestamp %j → %j', (raw, want) => expect(cleanTimestamp(raw)).toBe(want));
  it.each(countries)('country %j → %j', (raw, want) => expect(cleanCountry(raw)).toBe(want));
  it.each(words)('status %j → %j', (raw, want) => expect(cleanWord(raw)).toBe(want));
  it.each(channels)('channel %j → %j', (raw, want) => expect(cleanChannel(raw)).toBe(want));
});

/** All hand cases as one raw table, one case per line and column (null where a column has fewer cases). */
function handTable() {
  const columns: CsvValue[][] = [ids, ids, countries, amounts, moments, words, channels].map((cases) => cases.map(([raw]) => raw));
  const n = Math.max(...columns.map((c) => c.length));
  const pad = (c: CsvValue[]) => [...c, ...Array<CsvValue>(n - c.length).fill(null)];
  return { n, data: [Array.from({ length: n }, (_, i) => i + 1), ...columns.map(pad)] };
}

describe.each([
  ['sqlite', openNodeSqlite],
  ['duckdb', openNodeDuckDB],
] as const)('the same rules in %s SQL', (kind, open) => {
  let engine: SqlEngine;
  let rows: Record<string, number | string | null>[];
  beforeAll(async () => {
    engine = await open();
    const { data } = handTable();
    engine.load('raw_orders', RAW_COLUMNS, data);
    const r = cleaningSql(kind);
    rows = engine.query(
      `SELECT ${r.orderId} AS order_id, ${r.country} AS country, ${r.amount} AS amount, ${r.createdAt} AS created_at, ${r.status} AS status, ${r.channel} AS channel FROM raw_orders ORDER BY line`,
    );
  }, 30_000);
  afterAll(() => engine?.close());

  const column = (name: string, count: number) => rows.slice(0, count).map((r) => r[name]);
  it('reads ids as JavaScript does', () => expect(column('order_id', ids.length)).toEqual(ids.map(([raw]) => cleanWholeNumber(raw))));
  it('reads amounts as JavaScript does', () => expect(column('amount', amounts.length)).toEqual(amounts.map(([raw]) => cleanAmount(raw))));
  it('reads timestamps as JavaScript does', () => expect(column('created_at', moments.length)).toEqual(moments.map(([raw]) => cleanTimestamp(raw))));
  it('reads country codes as JavaScript does', () => expect(column('country', countries.length)).toEqual(countries.map(([raw]) => cleanCountry(raw))));
  it('reads status and channel as JavaScript does', () => {
    expect(column('status', words.length)).toEqual(words.map(([raw]) => cleanWord(raw)));
    expect(column('channel', channels.length)).toEqual(channels.map(([raw]) => cleanChannel(raw)));
  });
});
