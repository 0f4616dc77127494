import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, openNodeSqlite } from '@/lib/engines/node';
import type { SqlEngine } from '@/lib/engines/sql';
import { runEtlElt } from './compute';
import { csvLine } from './csv';
import { defaultEtlEltParams, etlEltParamsSchema, RAW_FIELDS, type Complexity } from './model';
import { compareTable, ELT_TABLE, ETL_TABLE, newQuestionElt, newQuestionEtl, runElt, runEtl, type PipelineOptions } from './pipeline';
import { COUNTRIES, LOOKUP_FIELDS } from './source';
import { extract, finalColumns, transformJs } from './transform';

/**
 * A hand-written extract: every rule has a line that breaks it, order 1 comes twice (written
 * differently), order 4's first copy is broken and its second is good, and customers 7 and 8 each
 * have two orders at the same moment (ties go to the lower order id).
 */
const HAND_LINES = [
  ['1', '7', 'us', '10.00', '2025-01-01 10:00:00', 'paid', 'web'], // 1 kept
  ['2', '7', 'U.S.', '5.5', '2025-01-02T09:00:00Z', 'PAID', 'App'], // 2 kept
  ['1', '7', 'US ', '10', '2025-01-01T10:00:00Z', 'paid', 'web'], // 3 a second copy of order 1
  ['3', '8', 'de', '20.25', '2025-01-01 12:00:00', 'refunded', null], // 4 kept, channel unknown
  ['ORD-4', '8', 'DE', '1.00', '2025-01-03 00:00:00', 'paid', 'web'], // 5 order_id
  ['5', null, 'FR', '3.00', '2025-01-03 00:00:00', 'paid', 'web'], // 6 customer_id
  ['6', '9', 'fr', '12,50', '2025-01-03 00:00:00', 'paid', 'web'], // 7 amount: decimal comma
  ['7', '9', 'FR', '0.00', '2025-01-03 00:00:00', 'paid', 'web'], // 8 amount: not above 0
  ['8', '9', 'FR', '4.00', '2025-02-30 08:00:00', 'paid', 'web'], // 9 created_at: no such day
  ['9', '9', 'FR', '4.00', '03/04/2025 10:15', 'paid', 'web'], // 10 created_at: US style
  ['10', '9', 'fr', '4.00', '2025-01-05 00:00:00', 'test', 'web'], // 11 a test order
  ['11', '8', 'XX', '7.25', '2025-01-01 12:00:00', 'paid', 'phone'], // 12 kept, no such country
  ['12', '7', null, '2.25', '2025-01-01 10:00:00', 'Paid', ' web '], // 13 kept, no country
  ['4', '8', 'DE', '1.00', '2025-01-03 00:00:00', 'paid', 'web'], // 14 order 4's good copy
];
const HAND = {
  csv: `${[RAW_FIELDS.join(','), ...HAND_LINES.map(csvLine)].join('\n')}\n`,
  lookupCsv: `${[LOOKUP_FIELDS.join(','), ...COUNTRIES.map((c) => csvLine([c.code, c.name, c.region]))].join('\n')}\n`,
};

// order_id, customer_id, country, amount, created_at, status: sorted by order id, then the rest.
const LIGHT = [
  [1, 7, 'US', 10, '2025-01-01 10:00:00', 'paid'],
  [1, 7, 'US', 10, '2025-01-01 10:00:00', 'paid'],
  [2, 7, 'US', 5.5, '2025-01-02 09:00:00', 'paid'],
  [3, 8, 'DE', 20.25, '2025-01-01 12:00:00', 'refunded'],
  [4, 8, 'DE', 1, '2025-01-03 00:00:00', 'paid'],
  [11, 8, 'XX', 7.25, '2025-01-01 12:00:00', 'paid'],
  [12, 7, null, 2.25, '2025-01-01 10:00:00', 'paid'],
];
const REGION: Record<number, string> = { 1: 'North America', 2: 'North America', 3: 'Europe', 4: 'Europe', 11: 'Unknown', 12: 'Unknown' };
const MEDIUM = LIGHT.slice(1).map(([id, ...rest]) => {
  const row = [id, ...rest];
  row.splice(3, 0, REGION[id as number]);
  return row;
});
// Customer 7: order 1 (10:00), then 12 (10:00, higher id), then 2. Customer 8: 3 and 11 (12:00), then 4.
const WINDOWS: Record<number, [number, number]> = { 1: [10, 1], 12: [12.25, 2], 2: [17.75, 3], 3: [20.25, 1], 11: [27.5, 2], 4: [28.5, 3] };
const HEAVY = MEDIUM.map((row) => [...row, ...WINDOWS[row[0] as number]!]);
const EXPECTED: Record<Complexity, unknown[][]> = { light: LIGHT, medium: MEDIUM, heavy: HEAVY };
const CHANNELS = [
  { channel: 'app', orders: 1, revenue: 5.5 },
  { channel: 'phone', orders: 1, revenue: 7.25 },
  { channel: 'unknown', orders: 1, revenue: 20.25 },
  { channel: 'web', orders: 3, revenue: 13.25 },
];

const clock = { now: () => performance.now() };

function readSorted(engine: SqlEngine, table: string, complexity: Complexity): unknown[][] {
  const cols = finalColumns(complexity, false).map((c) => c.name);
  return engine.query(`SELECT ${cols.join(', ')} FROM ${table} ORDER BY ${cols.map((c) => `${c} NULLS LAST`).join(', ')}`).map((r) => cols.map((c) => r[c]));
}

describe('the JavaScript transform on the hand-written extract', () => {
  it('drops each broken line for its reason and keeps the first good copy of each order', () => {
    const t = transformJs(extract(HAND), 'medium');
    expect(t.dropped).toEqual({ order_id: 1, customer_id: 1, amount: 2, created_at: 2, test: 1, duplicate: 1 });
    expect(Array.from(t.outcome)).toEqual([0, 0, 6, 0, 1, 2, 3, 3, 4, 4, 5, 0, 0, 0]);
    expect(transformJs(extract(HAND), 'light').dropped.duplicate).toBe(0);
  });
});

describe.each([
  ['sqlite', openNodeSqlite],
  ['duckdb', openNodeDuckDB],
] as const)('ETL and ELT on %s', (_kind, open) => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await open();
  }, 30_000);
  afterAll(() => engine?.close());
  const options = (complexity: Complexity, eltAs: 'table' | 'view' = 'table'): PipelineOptions => ({ engine, source: HAND, complexity, eltAs, reads: 1, clock });

  describe.each(['light', 'medium', 'heavy'] as const)('%s', (complexity) => {
    it('both patterns give the hand-computed final table, with a table and with a view', () => {
      const etl = runEtl(options(complexity));
      expect(etl.samples.map((s) => s.stage)).toEqual(['extract', 'transform', 'load', 'query']);
      expect(readSorted(engine, ETL_TABLE, complexity)).toEqual(EXPECTED[complexity]);
      for (const eltAs of ['table', 'view'] as const) {
        const elt = runElt(options(complexity, eltAs));
        expect(elt.samples.map((s) => s.stage)).toEqual(['extract', 'load', 'transform', 'query']);
        expect(elt.samples.map((s) => s.rowsOut)).toEqual([14 + COUNTRIES.length, 14 + COUNTRIES.length, EXPECTED[complexity].length, 4]); // the dashboard: US, DE, XX and no country
        expect(readSorted(engine, ELT_TABLE, complexity)).toEqual(EXPECTED[complexity]);
      }
    });

    it('the new question gets the same answer both ways; only ETL goes back to the source', () => {
      runEtl(options(complexity));
      runElt(options(complexity));
      const etl = newQuestionEtl(options(complexity));
      const elt = newQuestionElt(options(complexity), 14, COUNTRIES.length);
      const want = complexity === 'light' ? [...CHANNELS.slice(0, 3), { channel: 'web', orders: 4, revenue: 23.25 }] : CHANNELS;
      expect(etl.answer).toEqual(want);
      expect(elt.answer).toEqual(want);
      expect(etl.sourceRowsRead).toBe(14 + COUNTRIES.length);
      expect(elt.sourceRowsRead).toBe(0);
      expect(elt.warehouseRowsRead).toBe(14 + (complexity === 'light' ? 0 : COUNTRIES.length));
      expect(etl.samples.map((s) => s.stage)).toEqual(['extract', 'transform', 'load', 'query']);
      expect(elt.samples.map((s) => s.stage)).toEqual(['transform', 'query']);
    });
  });

  it('the table check finds a changed cent, a lost row and an extra row', () => {
    runEtl(options('heavy'));
    const reference = transformJs(extract(HAND), 'heavy');
    expect(compareTable(engine, ETL_TABLE, reference).equal).toBe(true);
    engine.exec(`UPDATE ${ETL_TABLE} SET amount = amount + 0.01 WHERE order_id = 11`);
    expect(compareTable(engine, ETL_TABLE, reference).mismatch).toBe('row 5 in order, column amount: expected 7.25, found 7.26');
    runEtl(options('heavy'));
    engine.exec(`DELETE FROM ${ETL_TABLE} WHERE order_id = 12`);
    expect(compareTable(engine, ETL_TABLE, reference).mismatch).toMatch(/5 rows, 6 expected/);
    runEtl(options('heavy'));
    engine.exec(`INSERT INTO ${ETL_TABLE} SELECT * FROM ${ETL_TABLE} WHERE order_id = 4`);
    expect(compareTable(engine, ETL_TABLE, reference).equal).toBe(false);
  });
});

describe('a whole run on a generated extract', () => {
  const open = { sqlite: openNodeSqlite, duckdb: openNodeDuckDB };
  const hooks = { now: () => performance.now(), progress: () => undefined };

  it('matches on both warehouses, light and heavy, and counts what each pattern stores and re-reads', async () => {
    for (const complexity of ['light', 'heavy'] as const) {
      const params = etlEltParamsSchema.parse({ ...defaultEtlEltParams, rows: 3_000, complexity, duplicatePercent: 20, dirtyPercent: 20, repeats: 2, reads: 2 });
      const result = await runEtlElt(params, open, hooks);
      expect(result.allMatch).toBe(true);
      expect(result.warehouses.map((w) => w.engine)).toEqual(['duckdb', 'sqlite']);
      const n = 3_000;
      const lookup = COUNTRIES.length;
      const dropped = Object.values(result.dropped).reduce((a, b) => a + b, 0);
      expect(result.finalRows).toBe(n - dropped);
      for (const w of result.warehouses) {
        expect(w.match.etl).toMatchObject({ equal: true, rowsCompared: result.finalRows });
        expect(w.match.elt).toMatchObject({ equal: true, rowsCompared: result.finalRows });
        expect(w.etl.stages.map((s) => [s.stage, s.rowsOut])).toEqual([
          ['extract', n + lookup],
          ['transform', result.finalRows],
          ['load', result.finalRows],
          ['query', w.etl.stages[3]!.rowsOut],
        ]);
        expect(w.etl.stages[3]!.rowsIn).toBe(2 * result.finalRows);
        expect(w.elt.stages.map((s) => s.stage)).toEqual(['extract', 'load', 'transform', 'query']);
        expect(w.etl.rowsStored).toBe(result.finalRows);
        expect(w.elt.rowsStored).toBe(n + lookup + result.finalRows);
        expect(w.etl.stages.every((s) => s.samples.length === 2)).toBe(true);
        expect(w.newQuestion.etl.sourceRowsRead).toBe(n + lookup);
        expect(w.newQuestion.elt.sourceRowsRead).toBe(0);
        expect(w.newQuestion.match.equal).toBe(true);
        expect(w.newQuestion.answer.reduce((s, r) => s + r.orders, 0)).toBe(result.finalRows);
      }
      expect(result.duplicatesKept > 0).toBe(complexity === 'light');
      expect(result.preview.map((p) => p.outcome)).toEqual(expect.arrayContaining(['kept', 'order_id', 'amount', 'created_at', 'test']));
    }
  }, 120_000);

  it('with ELT as a view stores no final rows, and each dashboard read reruns the transform over the raw rows', async () => {
    const params = etlEltParamsSchema.parse({ ...defaultEtlEltParams, rows: 2_000, warehouse: 'duckdb', eltAs: 'view', reads: 3, repeats: 1, complexity: 'medium' });
    const result = await runEtlElt(params, open, hooks);
    const w = result.warehouses[0]!;
    expect(result.allMatch).toBe(true);
    expect(w.elt.rowsStored).toBe(2_000 + COUNTRIES.length);
    expect(w.elt.tables.find((t) => t.name === ELT_TABLE)).toEqual({ name: ELT_TABLE, kind: 'view', rows: 0 });
    expect(w.elt.stages.find((s) => s.stage === 'query')!.rowsIn).toBe(3 * (2_000 + COUNTRIES.length));
  }, 60_000);
});

describe('params', () => {
  it('refuses bad sizes and impossible combinations with messages a reader can act on', () => {
    const messages = (p: object) => {
      const r = etlEltParamsSchema.safeParse({ ...defaultEtlEltParams, ...p });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages({})).toEqual([]);
    expect(messages({ rows: 10 })).toEqual(['rows: Use at least 1,000 rows.']);
    expect(messages({ rows: 1.5 })).toEqual(['rows: Enter a whole number of rows.']);
    expect(messages({ complexity: 'extreme' })).toEqual(['complexity: Choose light, medium or heavy.']);
    expect(messages({ rows: 500_000, repeats: 7 })).toEqual(['repeats: Rows × timed runs must not exceed 3,000,000: at 500,000 rows, use at most 6 runs.']);
    expect(messages({ rows: 1_000_000 })).toEqual(['rows: At most 500,000 rows (27 MB of CSV, kept in memory by the page and both warehouses).']);
    expect(messages({ eltAs: 'view', reads: 0 })).toEqual(['reads: A view runs only when it is read: with ELT as a view, read the result at least once.']);
  });
});
