import { Float64, Int32, makeData, makeVector, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { DuckDBBindings, DuckDBRuntime, DuckDBBundles, Logger } from '@duckdb/duckdb-wasm/blocking';
import { ident, plainValue, type ColumnData, type ColumnSpec, type Prepared, type Row, type SqlEngine, type SqlParam } from './sql';

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
    return bindings;
  } catch (error) {
    throw new Error(`DuckDB could not be loaded from ${DUCKDB_WASM_URL}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens an in-memory DuckDB (loading the engine first) that never reaches for extensions over the network. */
export async function openDuckDB(source: () => Promise<DuckDBSource> = browserSource): Promise<SqlEngine> {
  return openDuckDBDatabase(await loadDuckDB(source));
}

/** A clean in-memory database on an instantiated engine; close() resets it for the next one. */
export function openDuckDBDatabase(bindings: DuckDBBindings): SqlEngine {
  bindings.open({});
  const conn = bindings.connect();
  // Without these, a query that needs the parquet or json extension tries to download it and hangs or fails.
  conn.query('SET autoinstall_known_extensions=false');
  conn.query('SET autoload_known_extensions=false');
  const version = bindings.getVersion();

  const rows = (table: { toArray(): Array<{ toJSON(): Record<string, unknown> }> }): Row[] =>
    table.toArray().map((r) => {
      const out: Row = {};
      for (const [k, v] of Object.entries(r.toJSON())) out[k] = plainValue(v);
      return out;
    });

  const prepare = (sql: string): Prepared => {
    const stmt = conn.prepare(sql);
    return { run: (params = []) => rows(stmt.query(...params)), close: () => stmt.close() };
  };

  return {
    kind: 'duckdb',
    version,
    exec: (sql) => void conn.query(sql),
    query: (sql, params?: readonly SqlParam[]) => {
      if (!params || params.length === 0) return rows(conn.query(sql));
      const p = prepare(sql);
      try {
        return p.run(params);
      } finally {
        p.close();
      }
    },
    prepare,
    load: (table, columns, data) => {
      conn.query(`DROP TABLE IF EXISTS ${ident(table)}`);
      conn.insertArrowFromIPCStream(tableToIPC(arrowTable(columns, data), 'stream'), { name: ident(table), create: true });
    },
    memoryBytes: () => {
      const [r] = rows(conn.query('SELECT CAST(sum(memory_usage_bytes) AS DOUBLE) AS b FROM duckdb_memory()'));
      return typeof r?.b === 'number' ? r.b : null;
    },
    close: () => {
      conn.close();
      bindings.reset();
    },
  };
}

function arrowTable(columns: readonly ColumnSpec[], data: ColumnData): Table {
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
