import { ident, type ColumnSpec, type Row, type SqlEngine } from '@/lib/engines/sql';
import { compareAnswers, orderByAll, OrderedComparison } from './compare';
import type { ChannelRow, Complexity, StageId, StoredTable, TableMatch } from './model';
import type { Source } from './source';
import { channelSql, dashboardSql, transformSql } from './sql';
import { extract, LOOKUP_COLUMNS, RAW_COLUMNS, transformJs, type Transformed } from './transform';

export interface Clock {
  now(): number;
}

/** One stage of one run: its time and the rows it read and left. */
export interface StageSample {
  stage: StageId;
  ms: number;
  rowsIn: number;
  rowsOut: number;
}

export interface PipelineOptions {
  engine: SqlEngine;
  source: Pick<Source, 'csv' | 'lookupCsv'>;
  complexity: Complexity;
  eltAs: 'table' | 'view';
  reads: number;
  clock: Clock;
}

export const ETL_TABLE = 'etl_orders';
export const ELT_TABLE = 'elt_orders';
export const ELT_CHANNEL_VIEW = 'elt_orders_with_channel';

/** Times `work` and records it as a stage. */
function stage<T>(samples: StageSample[], clock: Clock, id: StageId, work: () => T, rows: (result: T) => { rowsIn: number; rowsOut: number }): T {
  const t0 = clock.now();
  const result = work();
  samples.push({ stage: id, ms: clock.now() - t0, ...rows(result) });
  return result;
}

function dashboardReads(o: PipelineOptions, samples: StageSample[], table: string, rowsPerRead: number): void {
  if (o.reads === 0) return;
  stage(
    samples,
    o.clock,
    'query',
    () => {
      let answer: Row[] = [];
      for (let r = 0; r < o.reads; r++) answer = o.engine.query(dashboardSql(table));
      return answer;
    },
    (answer) => ({ rowsIn: rowsPerRead * o.reads, rowsOut: answer.length }),
  );
}

const sourceRows = (lines: number, lookupRows: number) => lines + lookupRows;

/** ETL: extract, clean in JavaScript here in the worker, load only the result, then serve the dashboard from it. */
export function runEtl(o: PipelineOptions): { samples: StageSample[]; transformed: Transformed } {
  const samples: StageSample[] = [];
  const ex = stage(samples, o.clock, 'extract', () => extract(o.source), (e) => ({ rowsIn: sourceRows(e.lines, lookupRows(e)), rowsOut: sourceRows(e.lines, lookupRows(e)) }));
  const used = ex.lines + (o.complexity === 'light' ? 0 : lookupRows(ex));
  const transformed = stage(samples, o.clock, 'transform', () => transformJs(ex, o.complexity), (t) => ({ rowsIn: used, rowsOut: t.rows }));
  stage(samples, o.clock, 'load', () => o.engine.load(ETL_TABLE, transformed.columns, transformed.data), () => ({ rowsIn: transformed.rows, rowsOut: transformed.rows }));
  dashboardReads(o, samples, ETL_TABLE, transformed.rows);
  return { samples, transformed };
}

function lookupRows(ex: { lookup: readonly (readonly unknown[])[] }): number {
  return ex.lookup[0]?.length ?? 0;
}

/** Drops a table or view of this name, whichever it is (each engine refuses DROP VIEW on a table). */
function dropRelation(engine: SqlEngine, name: string): void {
  for (const kind of ['VIEW', 'TABLE']) {
    try {
      engine.exec(`DROP ${kind} IF EXISTS ${ident(name)}`);
    } catch {
      // It is the other kind; the next statement drops it.
    }
  }
}

/** ELT: extract, land every raw row in the warehouse as text, then shape it there with SQL (a table or a view). */
export function runElt(o: PipelineOptions): { samples: StageSample[] } {
  const { engine } = o;
  dropRelation(engine, ELT_CHANNEL_VIEW);
  dropRelation(engine, ELT_TABLE);
  const samples: StageSample[] = [];
  const ex = stage(samples, o.clock, 'extract', () => extract(o.source), (e) => ({ rowsIn: sourceRows(e.lines, lookupRows(e)), rowsOut: sourceRows(e.lines, lookupRows(e)) }));
  const landed = sourceRows(ex.lines, lookupRows(ex));
  stage(
    samples,
    o.clock,
    'load',
    () => {
      engine.load('raw_orders', RAW_COLUMNS, ex.raw);
      engine.load('countries', LOOKUP_COLUMNS, ex.lookup);
    },
    () => ({ rowsIn: landed, rowsOut: landed }),
  );
  const used = ex.lines + (o.complexity === 'light' ? 0 : lookupRows(ex));
  stage(samples, o.clock, 'transform', () => engine.exec(`CREATE ${o.eltAs === 'view' ? 'VIEW' : 'TABLE'} ${ELT_TABLE} AS ${transformSql(engine.kind, o.complexity)}`), () => ({ rowsIn: o.eltAs === 'view' ? 0 : used, rowsOut: 0 }));
  // Counted after the clock stopped; for a view, counting runs its transform once more.
  samples[samples.length - 1]!.rowsOut = countRows(engine, ELT_TABLE);
  const finalRows = samples[samples.length - 1]!.rowsOut;
  dashboardReads(o, samples, ELT_TABLE, o.eltAs === 'view' ? used : finalRows);
  return { samples };
}

export function countRows(engine: SqlEngine, table: string): number {
  return Number(engine.query(`SELECT count(*) AS n FROM ${ident(table)}`)[0]?.n ?? 0);
}

/** What each pattern keeps in the warehouse after its run. */
export function storedTables(engine: SqlEngine, pattern: 'etl' | 'elt', eltAs: 'table' | 'view', withChannelView = false): StoredTable[] {
  if (pattern === 'etl') return [{ name: ETL_TABLE, kind: 'table', rows: countRows(engine, ETL_TABLE) }];
  const tables: StoredTable[] = [
    { name: 'raw_orders', kind: 'table', rows: countRows(engine, 'raw_orders') },
    { name: 'countries', kind: 'table', rows: countRows(engine, 'countries') },
    { name: ELT_TABLE, kind: eltAs, rows: eltAs === 'view' ? 0 : countRows(engine, ELT_TABLE) },
  ];
  if (withChannelView) tables.push({ name: ELT_CHANNEL_VIEW, kind: 'view', rows: 0 });
  return tables;
}

const CHANNEL_COLUMNS: readonly ColumnSpec[] = [
  { name: 'channel', type: 'text' },
  { name: 'orders', type: 'int' },
  { name: 'revenue', type: 'float' },
];

export function channelRows(rows: readonly Row[]): ChannelRow[] {
  return rows.map((r) => ({ channel: String(r.channel), orders: Number(r.orders), revenue: Number(r.revenue) }));
}

export interface NewQuestionSample {
  samples: StageSample[];
  answer: Row[];
  sourceRowsRead: number;
  warehouseRowsRead: number;
}

/**
 * A team now needs revenue per sales channel, a field ETL's transform dropped. ETL goes back to the
 * source: extract again, transform everything again with the field kept, reload, then answer.
 */
export function newQuestionEtl(o: PipelineOptions): NewQuestionSample {
  const samples: StageSample[] = [];
  const ex = stage(samples, o.clock, 'extract', () => extract(o.source), (e) => ({ rowsIn: sourceRows(e.lines, lookupRows(e)), rowsOut: sourceRows(e.lines, lookupRows(e)) }));
  const used = ex.lines + (o.complexity === 'light' ? 0 : lookupRows(ex));
  const t = stage(samples, o.clock, 'transform', () => transformJs(ex, o.complexity, true), (r) => ({ rowsIn: used, rowsOut: r.rows }));
  stage(samples, o.clock, 'load', () => o.engine.load(ETL_TABLE, t.columns, t.data), () => ({ rowsIn: t.rows, rowsOut: t.rows }));
  const answer = stage(samples, o.clock, 'query', () => o.engine.query(channelSql(ETL_TABLE)), (a) => ({ rowsIn: t.rows, rowsOut: a.length }));
  return { samples, answer, sourceRowsRead: sourceRows(ex.lines, lookupRows(ex)), warehouseRowsRead: t.rows };
}

/** ELT kept the raw rows: one view over them with the field kept, then the answer. The source is not touched. */
export function newQuestionElt(o: PipelineOptions, rawRows: number, lookup: number): NewQuestionSample {
  const samples: StageSample[] = [];
  const used = rawRows + (o.complexity === 'light' ? 0 : lookup);
  stage(
    samples,
    o.clock,
    'transform',
    () => {
      dropRelation(o.engine, ELT_CHANNEL_VIEW);
      o.engine.exec(`CREATE VIEW ${ELT_CHANNEL_VIEW} AS ${transformSql(o.engine.kind, o.complexity, true)}`);
    },
    () => ({ rowsIn: 0, rowsOut: 0 }),
  );
  const answer = stage(samples, o.clock, 'query', () => o.engine.query(channelSql(ELT_CHANNEL_VIEW)), (a) => ({ rowsIn: used, rowsOut: a.length }));
  return { samples, answer, sourceRowsRead: 0, warehouseRowsRead: used };
}

export function compareChannelAnswers(etl: readonly Row[], elt: readonly Row[]): TableMatch {
  return compareAnswers(etl, elt, CHANNEL_COLUMNS);
}

/** Rows per read-back query when comparing a table with the transform's own rows. */
const CHUNK_ROWS = 100_000;

/**
 * Reads `table` back in order, a range of order ids at a time, and compares it with `expected` (the
 * JavaScript transform's rows). A view is first copied to a table, so its transform runs once.
 */
export function compareTable(engine: SqlEngine, table: string, expected: Transformed, isView = false): TableMatch {
  let source = ident(table);
  if (isView) {
    engine.exec('DROP TABLE IF EXISTS compare_copy');
    engine.exec(`CREATE TABLE compare_copy AS SELECT * FROM ${source}`);
    source = 'compare_copy';
  }
  try {
    const cmp = new OrderedComparison(expected.data, expected.columns);
    const [range] = engine.query(`SELECT min(order_id) AS lo, max(order_id) AS hi, count(*) AS n FROM ${source}`);
    const n = Number(range?.n ?? 0);
    if (n > 0) {
      const lo = Number(range!.lo);
      const hi = Number(range!.hi);
      const chunks = Math.max(1, Math.ceil(n / CHUNK_ROWS));
      const step = Math.ceil((hi - lo + 1) / chunks);
      const cols = expected.columns.map((c) => ident(c.name)).join(', ');
      for (let from = lo; from <= hi && !cmp.done; from += step)
        cmp.feed(engine.query(`SELECT ${cols} FROM ${source} WHERE order_id >= ${from} AND order_id < ${from + step} ORDER BY ${orderByAll(expected.columns)}`));
    }
    return cmp.finish();
  } finally {
    if (isView) engine.exec('DROP TABLE IF EXISTS compare_copy');
  }
}
