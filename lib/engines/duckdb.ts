import { Float64, Int32, makeVector, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
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
async function browserSource(): Promise<DuckDBSource> {
  // An alias (next.config.ts) for the package's browser-blocking build; engine-modules.d.ts types it.
  const mod = await import('duckdb-wasm-browser-blocking');
  return { createDuckDB: mod.createDuckDB, runtime: mod.BROWSER_RUNTIME, wasm: DUCKDB_WASM_URL };
}

const silent: Logger = { log: () => undefined };

/** Opens an in-memory DuckDB that never reaches for extensions over the network. */
export async function openDuckDB(source: () => Promise<DuckDBSource> = browserSource): Promise<SqlEngine> {
  let bindings: DuckDBBindings;
  try {
    const { createDuckDB, runtime, wasm } = await source();
    bindings = await createDuckDB({ mvp: { mainModule: wasm, mainWorker: '' }, eh: { mainModule: wasm, mainWorker: '' } }, silent, runtime);
    await bindings.instantiate(() => undefined);
    bindings.open({});
  } catch (error) {
    throw new Error(`DuckDB could not be loaded from ${DUCKDB_WASM_URL}: ${error instanceof Error ? error.message : String(error)}`);
  }
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
    else vectors[c.name] = vectorFromArray(values.map((v) => (v === null ? null : String(v))), new Utf8());
  });
  return new Table(vectors);
}
