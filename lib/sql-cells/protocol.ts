import { z } from 'zod';
import type { EngineId } from '@/lib/engines/kinds';
import { datasetIds } from './catalog';

/** Rows a cell shows and the worker sends: the first this many of a result, with the total beside them. */
export const ROW_CAP = 100;
export const MAX_SQL = 20_000;
/** Rows shown for each earlier statement of a cell that returns rows, and how many such statements are shown. */
export const EARLIER_ROW_CAP = 20;
export const EARLIER_MAX = 8;

export const cellRequestSchema = z.object({
  dataset: z.enum(datasetIds, { error: 'This cell names a dataset the book does not have.' }),
  sql: z
    .string()
    .max(MAX_SQL, `A query here can be at most ${MAX_SQL.toLocaleString('en-US')} characters.`)
    .refine((sql) => sql.trim().length > 0, 'Write a query first: the editor is empty.'),
});
export type CellRequest = z.infer<typeof cellRequestSchema>;

const cellValueSchema = z.union([z.number(), z.string(), z.null()]);
const columnsSchema = z.array(z.object({ name: z.string(), type: z.string() })).max(2_000);
/** What an earlier statement of the cell returned (a SELECT before an UPDATE, say): its first rows. */
export const earlierSchema = z.object({
  /** Its place among the cell's statements, from 1. */
  statement: z.number().int().positive(),
  columns: columnsSchema,
  rows: z.array(z.array(cellValueSchema)).max(EARLIER_ROW_CAP),
  total: z.number().int().nonnegative(),
});
export type EarlierResult = z.infer<typeof earlierSchema>;
export const cellResultSchema = z.object({
  columns: columnsSchema,
  rows: z.array(z.array(cellValueSchema)).max(ROW_CAP),
  /** Rows the last statement returned in all (only the first ROW_CAP travel). */
  total: z.number().int().nonnegative(),
  /** Time around the statements themselves, in the worker. */
  ms: z.number().nonnegative(),
  statements: z.number().int().positive(),
  /** The earlier statements that returned rows, in order (the first EARLIER_MAX of them). */
  earlier: z.array(earlierSchema).max(EARLIER_MAX),
  /** Time to build the dataset when this run built it, else null. */
  buildMs: z.number().nonnegative().nullable(),
});
export type CellResult = z.infer<typeof cellResultSchema>;

export const cellProgressSchema = z.object({ stage: z.enum(['dataset', 'running']), dataset: z.enum(datasetIds) });
export type CellProgress = z.infer<typeof cellProgressSchema>;

export const cellWarmSchema = z.object({ engines: z.array(z.enum(['sqlite', 'duckdb', 'parquet'])) });

/** The SQL cells' worker: `query` runs a cell, `warm` loads DuckDB before the first Run. */
export type CellApi = {
  query: { request: CellRequest; response: CellResult; progress: CellProgress };
  warm: { request: null; response: { engines: EngineId[] }; progress: never };
};

/** The name a refused query's error carries across the worker boundary. */
export const REFUSED_ERROR = 'SqlCellRefusedError';
