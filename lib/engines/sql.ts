/**
 * One small interface over the book's two SQL engines, so a sandbox can run the same statements on
 * a row store (SQLite) and a column store (DuckDB) and time them alike, inside its own worker.
 * Both engines are synchronous once open: a query's time is measured around the call itself.
 */
import type { Preview } from './preview';

export type EngineKind = 'sqlite' | 'duckdb';
export type SqlParam = number | string | null;
export type Row = Record<string, number | string | null>;

export type ColumnType = 'int' | 'float' | 'text';
export interface ColumnSpec {
  name: string;
  type: ColumnType;
}
/** A table as columns: one array per column, all the same length; null is SQL NULL. */
export type ColumnData = ReadonlyArray<ReadonlyArray<number | string | null>>;

export interface Prepared {
  /** Runs the statement with these parameters and returns its rows (empty for statements without). */
  run(params?: readonly SqlParam[]): Row[];
  close(): void;
}

export interface SqlEngine {
  readonly kind: EngineKind;
  /** The engine's own version string, e.g. "3.54.1" or "v1.4.3". */
  readonly version: string;
  /** Runs one or more statements that return nothing. */
  exec(sql: string): void;
  query(sql: string, params?: readonly SqlParam[]): Row[];
  prepare(sql: string): Prepared;
  /**
   * Creates `table` with these columns and loads the data (replacing any table of that name).
   * `primaryKey` makes SQLite keep the table's B-tree in that column's order (an INTEGER PRIMARY KEY);
   * DuckDB stores columns as they come and keeps min/max per row group instead, so it ignores it.
   */
  load(table: string, columns: readonly ColumnSpec[], data: ColumnData, options?: { primaryKey?: string }): void;
  /** Bytes the engine reports holding for its data, or null if it cannot say. */
  memoryBytes(): number | null;
  /**
   * Makes a file's bytes readable by SQL in this database (they never leave the worker; nothing is
   * fetched). What each engine can read, and under which name (the stem is the name without its
   * folder and extension, and must be a plain identifier):
   * - DuckDB: a file DuckDB reads without an extension (CSV) by its name: `SELECT * FROM 'trips.csv'`.
   *   `.parquet` is decoded by parquet-wasm (DuckDB-wasm here has no Parquet reader, see
   *   parquetToDuckDB.ts) and becomes table `<stem>`; parquet-wasm must already be loaded in this
   *   worker (`await env.engines.parquet()`). `.arrow`/`.arrows` (Arrow IPC) becomes table `<stem>`.
   *   JSON needs DuckDB's json extension, which the site does not ship: reading it fails with a message.
   * - SQLite: a database image (a file that begins "SQLite format 3") attached as schema `<stem>`:
   *   `SELECT * FROM shop.orders`. Anything else is refused with a message.
   * Registering a name again replaces it; the file is gone when the engine closes.
   */
  registerFile(name: string, bytes: Uint8Array): void;
  /**
   * The engine's plan for `sql` as text (for a <pre>) and as the engine's own rows. With `analyze`
   * the query is also run: DuckDB's EXPLAIN ANALYZE (rows and time per operator); SQLite has no
   * EXPLAIN ANALYZE, so it runs the query once after EXPLAIN QUERY PLAN and reports rows and time.
   */
  explain(sql: string, options?: ExplainOptions): ExplainResult;
  /**
   * DuckDB only: runs `sql` (one or more statements) and returns the last statement's first
   * `maxRows` rows with its column types and its row count, without converting the rest.
   */
  preview?(sql: string, maxRows: number): Preview;
  close(): void;
}

export interface ExplainOptions {
  /** Also run the query and report what running it took. */
  analyze?: boolean;
  /** Values for the statement's `?` placeholders (unbound ones are NULL). */
  params?: readonly SqlParam[];
}

export interface ExplainResult {
  /** The plan as the engine prints it (SQLite's as the sqlite3 shell draws it), ready for a <pre>. */
  text: string;
  /** The plan as the engine returns it: SQLite (id, parent, notused, detail), DuckDB (explain_key, explain_value). */
  rows: Row[];
  /** With `analyze`: the time around the call in ms and the rows the query returned (null if the engine does not say). */
  run?: { ms: number; rows: number | null };
}

export const ENGINE_LABEL: Record<EngineKind, string> = { sqlite: 'SQLite (row store)', duckdb: 'DuckDB (column store)' };

/** Only identifiers we write ourselves reach SQL text; this refuses anything else. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return name;
}

/**
 * The table or schema name a registered file gets: its name without folder and extension
 * ("data/trips.parquet" → "trips"), refused unless it is a plain identifier.
 */
export function fileStem(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  if (!/^[a-z_][a-z0-9_]*$/i.test(stem)) throw new Error(`A registered file's name without its extension becomes a table or schema name, so it must be a plain identifier (letters, digits, _): "${name}" gives "${stem}".`);
  return stem;
}

/** Turns engine values (bigint, Date) into JSON-safe numbers and strings. */
export function plainValue(value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  const text = typeof value === 'object' ? ownText(value) : null;
  return text ?? JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? null;
}

/** The text an object gives itself (an Arrow list, a blob's bytes); null for a plain object, whose own would be "[object Object]". */
function ownText(value: object): string | null {
  const toString: unknown = value.toString;
  return typeof toString === 'function' && toString !== Object.prototype.toString ? String(toString.call(value)) : null;
}
