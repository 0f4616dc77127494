import { describe, expect, it } from 'vitest';
import type { EngineKind } from '@/lib/engines/sql';
import { summarize } from '@/lib/stats';
import { newQuestion, viewOrTable, whatWasDropped, whereSqlRuns } from './exercises';
import { defaultEtlEltParams, type EtlEltResult, type NewQuestionRun, type Pattern, type PatternRun, type StageId, type WarehouseResult } from './model';

const ORDER: Record<Pattern, StageId[]> = { etl: ['extract', 'transform', 'load', 'query'], elt: ['extract', 'load', 'transform', 'query'] };
const run = (pattern: Pattern, ms: Record<StageId, number>, rowsStored: number): PatternRun => ({
  pattern,
  stages: ORDER[pattern].map((stage) => ({ stage, samples: [ms[stage]], summary: summarize([ms[stage]]), rowsIn: 1, rowsOut: 1 })),
  total: summarize([Object.values(ms).reduce((a, b) => a + b, 0)]),
  tables: [],
  rowsStored,
});
const question = (pattern: Pattern, ms: number, sourceRowsRead: number): NewQuestionRun => ({
  pattern,
  stages: [],
  total: summarize([ms]),
  sourceRowsRead,
  warehouseRowsRead: 10_000,
  rowsStored: 1,
});
const match = { equal: true, rowsCompared: 1, maxFloatDiff: 0, mismatch: null };
const wh = (engine: EngineKind, eltTransform: number, eltQuery: number): WarehouseResult => ({
  engine,
  version: 'x',
  etl: run('etl', { extract: 10, transform: 30, load: 20, query: 2 }, 8_000),
  elt: run('elt', { extract: 10, load: 40, transform: eltTransform, query: eltQuery }, 18_012),
  match: { etl: match, elt: match },
  newQuestion: { etl: question('etl', 60, 10_012), elt: question('elt', 15, 0), answer: [], match },
});
const result = (over: Partial<EtlEltResult> = {}): EtlEltResult => ({
  rows: 10_000,
  complexity: 'heavy',
  eltAs: 'view',
  reads: 20,
  repeats: 1,
  source: { csvBytes: 1, lines: 10_000, lookupRows: 12, countrySpellings: 90, countryCodes: 15 },
  dropped: { order_id: 100, customer_id: 100, amount: 100, created_at: 100, test: 100, duplicate: 1_500 },
  duplicatesKept: 0,
  finalRows: 8_000,
  finalColumns: [],
  preview: [],
  warehouses: [wh('duckdb', 20, 40), wh('sqlite', 400, 800)],
  allMatch: true,
  ...over,
});
const p = defaultEtlEltParams;

describe('etl-elt exercises', () => {
  it('what was dropped: exact counts, and only where duplicates are removed', () => {
    expect(whatWasDropped.check(result(), { dropped: '2,000', duplicates: '1500' }, p).pass).toBe(true);
    expect(whatWasDropped.check(result(), { dropped: '1500', duplicates: '1500' }, p).feedback).toContain('10,000 lines');
    expect(whatWasDropped.check(result(), { dropped: '2000', duplicates: '100' }, p).feedback).toContain('duplicates');
    expect(whatWasDropped.check(result({ complexity: 'light' }), { dropped: '2000', duplicates: '1500' }, p).feedback).toContain('Light');
  });

  it('where the SQL runs: SQLite’s transform over DuckDB’s, and the sooner pattern on SQLite', () => {
    // SQLite: ETL 62 ms in total, ELT 10 + 40 + 400 + 800.
    expect(whereSqlRuns.check(result(), { factor: '20', winner: 'etl' }, p).pass).toBe(true);
    expect(whereSqlRuns.check(result(), { factor: '20', winner: 'elt' }, p).feedback).toContain('compare the two SQLite totals');
    expect(whereSqlRuns.check(result(), { factor: '2', winner: 'etl' }, p).pass).toBe(false);
    expect(whereSqlRuns.check(result({ warehouses: [wh('duckdb', 20, 40)] }), { factor: '20', winner: 'etl' }, p).feedback).toContain('both warehouses');
  });

  it('the new question: the source rows exactly, the time ratio within a quarter', () => {
    expect(newQuestion.check(result(), { rows: '10012', factor: '4' }, p).pass).toBe(true);
    expect(newQuestion.check(result(), { rows: '0', factor: '4' }, p).feedback).toContain('extracts the whole source again');
    expect(newQuestion.check(result(), { rows: '10012', factor: '1' }, p).pass).toBe(false);
    expect(newQuestion.check(result({ warehouses: [wh('sqlite', 1, 1)] }), { rows: '10012', factor: '4' }, p).pass).toBe(false);
  });

  it('view or table: one view read over one table read, only for a view', () => {
    expect(viewOrTable.check(result(), { factor: '20' }, p).pass).toBe(true);
    expect(viewOrTable.check(result(), { factor: '2' }, p).pass).toBe(false);
    expect(viewOrTable.check(result({ eltAs: 'table' }), { factor: '20' }, p).feedback).toContain('Set ELT to a view');
  });
});
