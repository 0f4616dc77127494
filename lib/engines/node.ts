/**
 * Engine sources for Node (vitest and `npm run bench`), never bundled into the site: the browser
 * loads the same engines from the site's own files (see duckdb.ts and sqlite.ts).
 */
import { createRequire } from 'node:module';
import { openDuckDB, type DuckDBSource } from './duckdb';
import { openSqlite } from './sqlite';
import type { SqlEngine } from './sql';

const require = createRequire(import.meta.url);

export function openNodeDuckDB(): Promise<SqlEngine> {
  return openDuckDB(async (): Promise<DuckDBSource> => {
    const mod = await import('@duckdb/duckdb-wasm/blocking');
    return { createDuckDB: mod.createDuckDB as DuckDBSource['createDuckDB'], runtime: mod.NODE_RUNTIME, wasm: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm') };
  });
}

export function openNodeSqlite(): Promise<SqlEngine> {
  return openSqlite(async () => (await import('@sqlite.org/sqlite-wasm')).default as never);
}
