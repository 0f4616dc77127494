import { PARQUET_BATCH_ROWS } from './duckdb';
import { loadParquet, type ParquetModule } from './parquet';
import { fileStem, ident, type SqlEngine } from './sql';

export interface ParquetToDuckDBOptions {
  /** Read only these columns (parquet-wasm's async reader skips the others' pages; its sync reader would decode them all). They keep the file's order. */
  columns?: readonly string[];
  /** The table to create or replace; by default the file's name without its extension. */
  table?: string;
  /** parquet-wasm already loaded (env.engines.parquet()); by default loadParquet(), which shares this worker's one load. */
  parquet?: ParquetModule;
  /** The clock for the reported times; performance.now() by default. */
  now?: () => number;
}

export interface ParquetToDuckDBResult {
  table: string;
  rows: number;
  columns: string[];
  /** Parquet → Arrow IPC stream in parquet-wasm (decompress, decode, copy out of its memory). */
  decodeMs: number;
  /** Arrow IPC stream → DuckDB table (DuckDB copies the rows into its own storage). */
  insertMs: number;
  /** Size of the Arrow IPC stream handed over: the decoded data, uncompressed. */
  arrowBytes: number;
}

/**
 * Reads a Parquet file into DuckDB as a table, through Arrow. DuckDB-wasm 1.32 has no Parquet reader
 * built in: `read_parquet` lives in its parquet extension, which DuckDB would download from
 * extensions.duckdb.org, no npm package ships it, and the site fetches nothing from another host at
 * run time. So parquet-wasm (installed, served by the site) decodes the file to an Arrow IPC stream
 * and DuckDB inserts that stream as a table. SQL then reads the table, not the file: `read_parquet`
 * fails fast with a message saying so. Costs (notes-engines.md): the file is decoded in full up
 * front (no row-group skipping by DuckDB), and the data is held twice for a moment (Arrow, then
 * DuckDB's own copy).
 */
export async function parquetToDuckDB(engine: SqlEngine, name: string, bytes: Uint8Array, options: ParquetToDuckDBOptions = {}): Promise<ParquetToDuckDBResult> {
  if (engine.kind !== 'duckdb') throw new Error(`parquetToDuckDB needs a DuckDB engine, not ${engine.kind}.`);
  const table = ident(options.table ?? fileStem(name));
  const now = options.now ?? (() => performance.now());
  const parquet = options.parquet ?? (await loadParquet());
  const started = now();
  let ipc: Uint8Array;
  try {
    if (options.columns) {
      // A view typed as over an ArrayBuffer, as Blob wants (a copy only if the bytes sit in shared memory).
      const view = bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
      const file = await parquet.ParquetFile.fromFile(new Blob([view]));
      try {
        ipc = (await file.read({ columns: [...options.columns], batchSize: PARQUET_BATCH_ROWS })).intoIPCStream();
      } finally {
        file.free();
      }
    } else {
      ipc = parquet.readParquet(bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream();
    }
  } catch (error) {
    throw new Error(`${name} could not be decoded as Parquet${options.columns ? ` (columns ${options.columns.join(', ')})` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = now();
  engine.registerFile(`${table}.arrows`, ipc);
  const inserted = now();
  const described = engine.query(`SELECT column_name FROM (DESCRIBE ${table})`);
  const [count] = engine.query(`SELECT count(*) AS n FROM ${table}`);
  return {
    table,
    rows: Number(count?.n ?? 0),
    columns: described.map((r) => String(r.column_name)),
    decodeMs: decoded - started,
    insertMs: inserted - decoded,
    arrowBytes: ipc.byteLength,
  };
}
