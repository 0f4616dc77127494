import type { SandboxEnv } from '@/lib/sandbox/serve';
import { fetchBytes } from './fetchBytes';
import type { EngineStatus } from './kinds';
import { createEngineCache, type EngineSources } from './warm';

/**
 * The engines as a browser worker loads them: each module's bytes fetched from the site with
 * progress, instantiated once, and a clean database opened for each run. Each engine's code is
 * imported only when it is first needed, so a worker that uses none carries none.
 */
export const browserSources: EngineSources = {
  duckdb: {
    async load(onBytes) {
      const duckdb = await import('./duckdb');
      const bytes = await fetchBytes(duckdb.DUCKDB_WASM_URL, onBytes);
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
      try {
        const bindings = await duckdb.loadDuckDB(async () => ({ ...(await duckdb.browserSource()), wasm: url }));
        return () => duckdb.openDuckDBDatabase(bindings);
      } finally {
        URL.revokeObjectURL(url);
      }
    },
  },
  sqlite: {
    async load(onBytes) {
      const sqlite = await import('./sqlite');
      const module = await sqlite.loadSqlite(sqlite.browserInit, await fetchBytes(`${sqlite.SQLITE_WASM_DIR}/sqlite3.wasm`, onBytes));
      return () => sqlite.openSqliteDatabase(module);
    },
  },
  parquet: {
    async load(onBytes) {
      const parquet = await import('./parquet');
      const module = await parquet.loadParquet(await fetchBytes(parquet.PARQUET_WASM_URL, onBytes));
      return () => module;
    },
  },
};

/** The environment a browser worker gives its sandbox: the page's clock and warm engines whose status goes to the page. */
export function browserEnv(report: (status: EngineStatus) => void): SandboxEnv {
  const now = () => performance.now();
  return { now, engines: createEngineCache(browserSources, report, now) };
}
