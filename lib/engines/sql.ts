/**
 * One small interface over the book's two SQL engines, so a sandbox can run the same statements on
 * a row store (SQLite) and a column store (DuckDB) and time them alike, inside its own worker.
 * Both engines are synchronous once open: a query's time is measured around the call itself.
 */
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
  close(): void;
}

export const ENGINE_LABEL: Record<EngineKind, string> = { sqlite: 'SQLite (row store)', duckdb: 'DuckDB (column store)' };

/** Only identifiers we write ourselves reach SQL text; this refuses anything else. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return name;
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
