/**
 * Engine sources for Node (vitest and `npm run bench`), never bundled into the site: the browser
 * loads the same engines from the site's own files (see duckdb.ts and sqlite.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SandboxEnv } from '@/lib/sandbox/serve';
import { loadDuckDB, openDuckDB, openDuckDBDatabase, type DuckDBSource } from './duckdb';
import type { EngineStatus } from './kinds';
import { loadParquet } from './parquet';
import { createEngineCache, type EngineSources } from './warm';
import { loadSqlite, openSqlite, openSqliteDatabase } from './sqlite';
import type { SqlEngine } from './sql';

const require = createRequire(import.meta.url);

export function openNodeDuckDB(): Promise<SqlEngine> {
  return openDuckDB(async (): Promise<DuckDBSource> => {
    const mod = await import('@duckdb/duckdb-wasm/blocking');
    return { createDuckDB: mod.createDuckDB, runtime: mod.NODE_RUNTIME, wasm: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm') };
  });
}

export function openNodeSqlite(): Promise<SqlEngine> {
  return openSqlite(async () => (await import('@sqlite.org/sqlite-wasm')).default);
}

/** The engines as Node loads them (vitest, the bench), behind the same warm cache the browser worker uses. */
export const nodeSources: EngineSources = {
  duckdb: {
    async load() {
      const bindings = await loadDuckDB(async (): Promise<DuckDBSource> => {
        const mod = await import('@duckdb/duckdb-wasm/blocking');
        return { createDuckDB: mod.createDuckDB, runtime: mod.NODE_RUNTIME, wasm: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm') };
      });
      return () => openDuckDBDatabase(bindings);
    },
  },
  sqlite: {
    async load() {
      const module = await loadSqlite(async () => (await import('@sqlite.org/sqlite-wasm')).default);
      return () => openSqliteDatabase(module);
    },
  },
  parquet: {
    async load() {
      const bytes = readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm'));
      const module = await loadParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      return () => module;
    },
  },
};

/** A sandbox environment for Node: performance.now() and warm engines; statuses go to `report` (ignored by default). */
export function nodeEnv(report: (status: EngineStatus) => void = () => undefined): SandboxEnv {
  const now = () => performance.now();
  return { now, engines: createEngineCache(nodeSources, report, now) };
}
