import { DataType, Float64, Int32, makeData, makeVector, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { DuckDBBindings, DuckDBRuntime, DuckDBBundles, Logger } from '@duckdb/duckdb-wasm/blocking';
import type { ParquetModule } from './parquet';
import { parquetReady } from './parquetReady';
import { previewOf } from './preview';
import { fileStem, ident, plainValue, type ColumnData, type ColumnSpec, type Prepared, type Row, type SqlEngine, type SqlParam } from './sql';

/** Pinned; engines.test.ts checks it against the installed package. */
export const DUCKDB_WASM_VERSION = '1.32.0';
/** The single-threaded "eh" build (no SharedArrayBuffer needed), served by the site itself. */
export const DUCKDB_WASM_URL = `/engines/duckdb-eh-${DUCKDB_WASM_VERSION}.wasm`;

export interface DuckDBSource {
  createDuckDB(bundles: DuckDBBundles, logger: Logger, runtime: DuckDBRuntime): Promise<DuckDBBindings>;
  runtime: DuckDBRuntime;
  /** Where the engine's .wasm is: a URL in the browser, a file path in Node. */
  wasm: string;
}

/** In a browser worker: the blocking (synchronous) bindings, so queries can be timed where they run. */
export async function browserSource(): Promise<DuckDBSource> {
  // An alias (next.config.ts) for the package's browser-blocking build; engine-modules.d.ts types it.
  const mod = await import('duckdb-wasm-browser-blocking');
  return { createDuckDB: mod.createDuckDB, runtime: mod.BROWSER_RUNTIME, wasm: DUCKDB_WASM_URL };
}

const silent: Logger = { log: () => undefined };

/** Loads and instantiates DuckDB's module: the slow part, done once per worker (engines/warm.ts keeps it). */
export async function loadDuckDB(source: () => Promise<DuckDBSource> = browserSource): Promise<DuckDBBindings> {
  try {
    const { createDuckDB, runtime, wasm } = await source();
    const bindings = await createDuckDB({ mvp: { mainModule: wasm, mainWorker: '' }, eh: { mainModule: wasm, mainWorker: '' } }, silent, runtime);
    await bindings.instantiate(() => undefined);
    // The first database opened on a fresh engine costs several times what later ones do (in Node
    // under load: 1.2–1.6 s against 0.16 s; bench -- engines). Opening and closing one here moves
    // that cost into the load, which a sandbox starts when it nears the viewport, not into its first Run.
    openDuckDBDatabase(bindings).close();
    return bindings;
  } catch (error) {
    throw new Error(`DuckDB could not be loaded from ${DUCKDB_WASM_URL}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens an in-memory DuckDB (loading the engine first) that never reaches for extensions over the network. */
export async function openDuckDB(source: () => Promise<DuckDBSource> = browserSource): Promise<SqlEngine> {
  return openDuckDBDatabase(await loadDuckDB(source));
}

/** The database each loaded engine holds now, so opening the next can retire it. */
const current = new WeakMap<DuckDBBindings, { retire(): void }>();

/**
 * A clean in-memory database on an instantiated engine; close() resets it for the next one. An
 * engine holds one database at a time: opening another before close() retires the first, whose
 * later calls throw a message saying so (without this they fail with unrelated parser errors).
 */
export function openDuckDBDatabase(bindings: DuckDBBindings): SqlEngine {
  current.get(bindings)?.retire();
  bindings.open({});
  const conn = bindings.connect();
  // Without these, a query that needs the parquet or json extension tries to download it and hangs
  // (Node) or fails (browser). guard() below keeps SQL from turning them back on.
  conn.query('SET autoinstall_known_extensions=false');
  conn.query('SET autoload_known_extensions=false');
  const version = bindings.getVersion();
  /** Buffers this database registered with the engine's file system: dropped on close, so the next database starts clean. */
  const files = new Set<string>();
  let state: 'open' | 'closed' | 'replaced' = 'open';
  const live = () => {
    if (state === 'replaced') throw new Error('This DuckDB database was replaced: the engine holds one database at a time, and another was opened before this one was closed. Close each database before opening the next.');
    if (state === 'closed') throw new Error('This DuckDB database is closed.');
  };
  const dropFiles = () => {
    for (const name of files) bindings.dropFile(name);
    files.clear();
  };
  current.set(bindings, {
    retire: () => {
      if (state !== 'open') return;
      state = 'replaced';
      conn.close();
      dropFiles();
    },
  });

  /** Runs a call into DuckDB with the guard in front and DuckDB's extension errors explained. */
  const call = <T>(sql: string, run: () => T): T => {
    live();
    guard(sql);
    try {
      return run();
    } catch (error) {
      throw explainError(error, sql);
    }
  };

  const prepare = (sql: string): Prepared => {
    const stmt = call(sql, () => conn.prepare(sql));
    // The guard ran once above; a prepared statement's runs are timed in tight loops, so they only get errors explained.
    const run = (params: readonly SqlParam[] = []) => {
      live();
      try {
        return duckRows(stmt.query(...params));
      } catch (error) {
        throw explainError(error, sql);
      }
    };
    return { run, close: () => stmt.close() };
  };

  const query = (sql: string, params?: readonly SqlParam[]): Row[] => {
    if (!params || params.length === 0) return call(sql, () => duckRows(conn.query(sql)));
    const p = prepare(sql);
    try {
      return p.run(params);
    } finally {
      p.close();
    }
  };

  /** Replaces `table` with an Arrow IPC stream's rows (DuckDB copies them into its own storage). */
  const insertIPC = (table: string, ipc: Uint8Array) => {
    live();
    conn.query(`DROP TABLE IF EXISTS ${ident(table)}`);
    conn.insertArrowFromIPCStream(ipc, { name: ident(table), create: true });
  };

  return {
    kind: 'duckdb',
    version,
    exec: (sql) => void call(sql, () => conn.query(sql)),
    query,
    prepare,
    load: (table, columns, data) => insertIPC(table, tableToIPC(arrowTable(columns, data), 'stream')),
    memoryBytes: () => {
      live();
      const [r] = duckRows(conn.query('SELECT CAST(sum(memory_usage_bytes) AS DOUBLE) AS b FROM duckdb_memory()'));
      return typeof r?.b === 'number' ? r.b : null;
    },
    registerFile: (name, bytes) => {
      live();
      const lower = name.toLowerCase();
      if (lower.endsWith('.parquet')) {
        // DuckDB-wasm 1.32 has no Parquet reader built in, and its parquet extension would be
        // fetched from extensions.duckdb.org, which the site never does: parquet-wasm decodes the
        // file to Arrow here, and DuckDB gets the rows as a table named after the file.
        const table = fileStem(name);
        const parquet = parquetReady();
        if (!parquet) throw new Error(`${name}: ${NO_PARQUET} Load parquet-wasm in this worker first (await env.engines.parquet(), then registerFile again), or use parquetToDuckDB().`);
        insertIPC(table, decodeParquet(parquet, name, bytes));
        return;
      }
      if (lower.endsWith('.arrow') || lower.endsWith('.arrows')) {
        // Arrow IPC: the stream format goes in as is; the file format ("ARROW1" magic) is rewritten as a stream first.
        insertIPC(fileStem(name), isArrowFile(bytes) ? tableToIPC(tableFromIPC(bytes), 'stream') : bytes);
        return;
      }
      if (files.has(name)) bindings.dropFile(name);
      bindings.registerFileBuffer(name, bytes);
      files.add(name);
    },
    preview: (sql, maxRows) => call(sql, () => previewOf(conn.query(sql), maxRows, duckRows)),
    explain: (sql, options = {}) => {
      const statement = `EXPLAIN ${options.analyze ? 'ANALYZE ' : ''}${trimStatement(sql)}`;
      const started = performance.now();
      const rows = query(statement, options.params);
      const ms = performance.now() - started;
      const text = rows.map((r) => String(r.explain_value ?? '')).join('\n').trimEnd();
      return options.analyze ? { text, rows, run: { ms, rows: analyzedRows(text) } } : { text, rows };
    },
    close: () => {
      if (state !== 'open') {
        state = 'closed';
        return;
      }
      state = 'closed';
      conn.close();
      dropFiles();
      bindings.reset();
      current.delete(bindings);
    },
  };
}

const NO_PARQUET =
  'DuckDB here has no Parquet reader: its parquet extension is not part of the site, and nothing is fetched from another host at run time. Parquet files are decoded by parquet-wasm and handed to DuckDB as Arrow, as a table named after the file.';
const NO_JSON =
  "DuckDB here has no JSON reader: its json extension is not part of the site, and nothing is fetched from another host at run time. Parse the JSON in JavaScript and load() the columns, or register it as CSV.";

/**
 * Refuses, before DuckDB sees them, the statements that would make it fetch an extension: LOAD and
 * INSTALL, and settings that turn autoloading back on (in Node a fetch blocks the thread for good).
 */
function guard(sql: string): void {
  const statementStart = /(?:^|;)(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:force\s+)?(install|load)\s/i;
  const load = statementStart.exec(sql);
  if (load) throw new Error(`DuckDB here does not ${load[1]!.toUpperCase()} extensions: the site ships none and fetches nothing from another host at run time. ${/parquet/i.test(sql) ? NO_PARQUET : ''}`.trim());
  const enable = /\b(?:autoload|autoinstall)_known_extensions\s*(?:=|\bto\b)\s*'?(?:true|1|on|yes)\b/i;
  const reset = /\breset\s+(?:(?:global|session|local)\s+)?(?:all\b|autoload_known_extensions|autoinstall_known_extensions)/i;
  if (enable.test(sql) || reset.test(sql)) {
    throw new Error('DuckDB here keeps extension autoloading off: an extension would be fetched from another host, which the site never does.');
  }
}

/** DuckDB's errors about missing extensions, rewritten to say what to do here instead (its own words kept at the end). */
function explainError(error: unknown, sql: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? message;
  const missingFile = /does not exist|No extension found/i.test(message);
  const parquetFile = /'([^']*\.parquet)'/i.exec(sql)?.[1];
  if (/parquet extension|extension 'parquet'/i.test(message) || (parquetFile && missingFile)) {
    const hint = parquetFile ? ` Register ${parquetFile} with registerFile('${parquetFile}', bytes) and query its table (${safeStem(parquetFile) ?? 'named after the file'}).` : '';
    return new Error(`${NO_PARQUET}${hint} (DuckDB said: ${first})`);
  }
  if (/json extension|extension 'json'/i.test(message) || (/'[^']*\.(nd)?json'/i.test(sql) && missingFile)) return new Error(`${NO_JSON} (DuckDB said: ${first})`);
  return error instanceof Error ? error : new Error(message);
}

/**
 * Rows per Arrow batch when parquet-wasm decodes for DuckDB: DuckDB's row-group size. parquet-wasm's
 * default (1,024) gives ~1,000 batches per million rows, and DuckDB inserted them about a third
 * slower here (median of 7, three times: 670–730 ms against 495 for 1M rows × 3 columns).
 */
export const PARQUET_BATCH_ROWS = 122_880;

/** All of a Parquet file's columns as an Arrow IPC stream (parquet-wasm's synchronous reader reads every column). */
function decodeParquet(parquet: ParquetModule, name: string, bytes: Uint8Array): Uint8Array {
  try {
    return parquet.readParquet(bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream();
  } catch (error) {
    throw new Error(`${name} could not be decoded as Parquet: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function safeStem(name: string): string | null {
  try {
    return fileStem(name);
  } catch {
    return null;
  }
}

function trimStatement(sql: string): string {
  return sql.trim().replace(/;\s*$/, '');
}

function isArrowFile(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && String.fromCharCode(...bytes.subarray(0, 6)) === 'ARROW1';
}

/**
 * The rows the analysed query returned, read from DuckDB's EXPLAIN ANALYZE drawing: the first
 * operator below EXPLAIN_ANALYZE (which itself shows "0 rows") holds the query's result count.
 */
export function analyzedRows(text: string): number | null {
  const at = text.indexOf('EXPLAIN_ANALYZE', text.indexOf('┌'));
  if (at < 0) return null;
  const counts = [...text.slice(at).matchAll(/│\s*([\d,]+) rows?\s*│/g)];
  const root = counts[1]?.[1];
  return root === undefined ? null : Number(root.replace(/,/g, ''));
}

/**
 * An Arrow result as plain rows. DECIMAL (and HUGEINT, which DuckDB-wasm sends as DECIMAL(38,0))
 * arrives as an unscaled big number: it is scaled here, or sum() over an integer column would read
 * as the string "45" and 1.50::DECIMAL(10,2) as 150.
 */
export function duckRows(table: Table): Row[] {
  const scales = new Map<string, number>();
  for (const field of table.schema.fields) if (DataType.isDecimal(field.type)) scales.set(field.name, field.type.scale);
  return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r.toJSON())) {
      const scale = scales.get(k);
      out[k] = scale === undefined || v === null || v === undefined ? plainValue(v) : decimalToNumber(decimalText(v), scale);
    }
    return out;
  });
}

/** An unscaled decimal ("-150", scale 2) as the nearest double (-1.5), integer and fraction apart so both stay exact when they can. */
export function decimalToNumber(unscaled: string, scale: number): number {
  const n = BigInt(unscaled);
  if (scale === 0) return Number(n);
  const unit = 10n ** BigInt(scale);
  return Number(n / unit) + Number(n % unit) / 10 ** scale;
}

/** Columns as an Arrow table, as load() hands them to DuckDB (exported for the bench). */
export function arrowTable(columns: readonly ColumnSpec[], data: ColumnData): Table {
  const vectors: Record<string, Vector> = {};
  columns.forEach((c, i) => {
    const values = data[i] ?? [];
    const hasNull = values.includes(null);
    if (c.type === 'int') vectors[c.name] = hasNull ? vectorFromArray(values as (number | null)[], new Int32()) : makeVector(Int32Array.from(values as number[]));
    else if (c.type === 'float') vectors[c.name] = hasNull ? vectorFromArray(values as (number | null)[], new Float64()) : makeVector(Float64Array.from(values as number[]));
    else vectors[c.name] = utf8Vector(values);
  });
  return new Table(vectors);
}

/**
 * A text column built directly as Arrow's layout (one UTF-8 buffer, offsets, a validity bitmap):
 * apache-arrow's general vectorFromArray takes about 7× as long for text, which would be charged to
 * DuckDB's load time.
 */
export function utf8Vector(values: ReadonlyArray<number | string | null>): Vector {
  const encoder = new TextEncoder();
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array(Math.ceil(n / 8));
  let bytes = new Uint8Array(Math.max(16, n * 8));
  let used = 0;
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      nulls++;
    } else {
      validity[i >> 3]! |= 1 << (i & 7);
      const text = String(v);
      // Make room for the worst case (3 bytes per UTF-16 unit), then encode in place.
      if (used + text.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
        grown.set(bytes.subarray(0, used));
        bytes = grown;
      }
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
    }
    offsets[i + 1] = used;
  }
  const data = makeData({ type: new Utf8(), length: n, nullCount: nulls, nullBitmap: nulls > 0 ? validity : null, valueOffsets: offsets, data: bytes.subarray(0, used) });
  return makeVector(data);
}

/** Arrow hands a DECIMAL over as an object whose own toString gives the unscaled integer in base 10. */
function decimalText(value: unknown): string {
  return typeof value === 'bigint' || typeof value === 'number' ? value.toString() : (value as { toString(): string }).toString();
}
