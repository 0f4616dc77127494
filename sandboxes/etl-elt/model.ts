import { z } from 'zod';
import type { EngineKind } from '@/lib/engines/sql';
import type { Summary } from '@/lib/stats';

export const SANDBOX_ID = 'etl-elt';
export const RESULTS_VERSION = 1;

const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

export const COMPLEXITIES = ['light', 'medium', 'heavy'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];
export const COMPLEXITY_LABEL: Record<Complexity, string> = {
  light: 'light: cast and filter',
  medium: 'medium: + dedupe and join',
  heavy: 'heavy: + running total and rank per customer',
};

export const WAREHOUSES = ['both', 'duckdb', 'sqlite'] as const;
export type WarehouseChoice = (typeof WAREHOUSES)[number];

/** Rows × timed runs above this would keep a phone busy for minutes. */
export const MAX_WORK_ROWS = 3_000_000;

export const etlEltParamsSchema = z
  .object({
    /** Lines in the raw extract, duplicates and broken lines included. */
    rows: whole('rows').min(1_000, 'Use at least 1,000 rows.').max(500_000, 'At most 500,000 rows (27 MB of CSV, kept in memory by the page and both warehouses).'),
    complexity: z.enum(COMPLEXITIES, { error: 'Choose light, medium or heavy.' }),
    warehouse: z.enum(WAREHOUSES, { error: 'Choose DuckDB, SQLite or both.' }),
    /** Share of lines that re-send an order already extracted (a retried batch). */
    duplicatePercent: whole('percent').min(0, 'Duplicates cannot be below 0%.').max(50, 'At most 50% duplicates.'),
    /** Share of lines with one broken field: a missing id, an unreadable amount or timestamp, a test order. */
    dirtyPercent: whole('percent').min(0, 'Broken lines cannot be below 0%.').max(50, 'At most 50% broken lines.'),
    /** How ELT keeps its result: a table built once (CREATE TABLE AS) or a view that reruns on every read. */
    eltAs: z.enum(['table', 'view'], { error: 'Choose a table or a view.' }),
    /** Dashboard queries of the final result after the load, each timed. */
    reads: whole('reads').min(0, 'Reads cannot be below 0.').max(50, 'At most 50 dashboard reads.'),
    repeats: whole('runs').min(1, 'Time at least 1 run.').max(9, 'At most 9 timed runs.'),
    seed: whole('seed').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
  })
  .superRefine((p, ctx) => {
    if (p.rows * p.repeats > MAX_WORK_ROWS)
      ctx.addIssue({
        code: 'custom',
        path: ['repeats'],
        message: `Rows × timed runs must not exceed ${MAX_WORK_ROWS.toLocaleString('en-US')}: at ${p.rows.toLocaleString('en-US')} rows, use at most ${Math.max(1, Math.floor(MAX_WORK_ROWS / p.rows))} runs.`,
      });
    if (p.eltAs === 'view' && p.reads === 0)
      ctx.addIssue({ code: 'custom', path: ['reads'], message: 'A view runs only when it is read: with ELT as a view, read the result at least once.' });
  });
export type EtlEltParams = z.infer<typeof etlEltParamsSchema>;

export const defaultEtlEltParams: EtlEltParams = {
  rows: 10_000,
  complexity: 'medium',
  warehouse: 'both',
  duplicatePercent: 8,
  dirtyPercent: 6,
  eltAs: 'table',
  reads: 3,
  repeats: 2,
  seed: 11,
};

export type Pattern = 'etl' | 'elt';
export const PATTERN_LABEL: Record<Pattern, string> = { etl: 'ETL', elt: 'ELT' };

export type StageId = 'extract' | 'transform' | 'load' | 'query';
export const STAGE_LABEL: Record<StageId, string> = { extract: 'Extract', transform: 'Transform', load: 'Load', query: 'Dashboard reads' };

/** Why the cleaning drops a line, in the order the rules are tried (the first that fails counts). */
export const DROP_REASONS = ['order_id', 'customer_id', 'amount', 'created_at', 'test', 'duplicate'] as const;
export type DropReason = (typeof DROP_REASONS)[number];
export const DROP_LABEL: Record<DropReason, string> = {
  order_id: 'order_id missing or not a whole number',
  customer_id: 'customer_id missing or not a whole number',
  amount: 'amount missing, not a plain decimal, or not above 0',
  created_at: 'created_at missing or not a real “YYYY-MM-DD HH:MM:SS” time',
  test: 'a test order',
  duplicate: 'a second copy of an order already kept',
};

export interface StageTiming {
  stage: StageId;
  /** Milliseconds, one per timed run. */
  samples: number[];
  summary: Summary;
  /** Rows the stage read and rows it left behind (the answer's rows for dashboard reads). */
  rowsIn: number;
  rowsOut: number;
}

export interface StoredTable {
  name: string;
  kind: 'table' | 'view';
  /** Rows the warehouse keeps for it (0 for a view: it keeps only its SQL). */
  rows: number;
}

export interface PatternRun {
  pattern: Pattern;
  /** In the order the pattern runs them: ETL extract → transform → load; ELT extract → load → transform. */
  stages: StageTiming[];
  total: Summary;
  tables: StoredTable[];
  rowsStored: number;
}

/** "A new question arrives": the revenue per sales channel, a field ETL's transform dropped. */
export interface NewQuestionRun {
  pattern: Pattern;
  /** ETL: re-extract, re-transform, re-load, answer. ELT: create a view over the raw rows, answer. */
  stages: StageTiming[];
  total: Summary;
  /** Lines read again from the source system (the CSV extract and the lookup). */
  sourceRowsRead: number;
  /** Rows the warehouse read to answer. */
  warehouseRowsRead: number;
  rowsStored: number;
}

export interface ChannelRow {
  channel: string;
  orders: number;
  revenue: number;
}

/** Two tables compared row by row in one order, floats within a tolerance. */
export interface TableMatch {
  equal: boolean;
  rowsCompared: number;
  /** The largest absolute difference seen in a float column. */
  maxFloatDiff: number;
  /** The first difference, in words, when there is one. */
  mismatch: string | null;
}

export interface WarehouseResult {
  engine: EngineKind;
  version: string;
  etl: PatternRun;
  elt: PatternRun;
  /** ETL's loaded table and ELT's SQL result, each against the transform's own rows. */
  match: { etl: TableMatch; elt: TableMatch };
  newQuestion: { etl: NewQuestionRun; elt: NewQuestionRun; answer: ChannelRow[]; match: TableMatch };
}

export interface PreviewLine {
  line: number;
  raw: Record<RawField, string | null>;
  /** 'kept' or the reason the cleaning dropped it. */
  outcome: 'kept' | DropReason;
}

export const RAW_FIELDS = ['order_id', 'customer_id', 'country', 'amount', 'created_at', 'status', 'channel'] as const;
export type RawField = (typeof RAW_FIELDS)[number];

export interface EtlEltResult {
  rows: number;
  complexity: Complexity;
  eltAs: 'table' | 'view';
  reads: number;
  repeats: number;
  source: {
    csvBytes: number;
    lines: number;
    lookupRows: number;
    /** Distinct ways the country field was written, and distinct codes after cleaning. */
    countrySpellings: number;
    countryCodes: number;
  };
  /** Lines the cleaning dropped, per reason (light keeps duplicates, so it drops none for that). */
  dropped: Record<DropReason, number>;
  /** Kept rows that repeat an order already kept: light does not dedupe, so its result counts some orders twice. */
  duplicatesKept: number;
  finalRows: number;
  finalColumns: string[];
  preview: PreviewLine[];
  warehouses: WarehouseResult[];
  /** Each warehouse's tables matched the same JavaScript result, so they match each other too. */
  allMatch: boolean;
}

export interface EtlEltProgress {
  engine: EngineKind | 'data';
  step: string;
  fraction: number;
}
