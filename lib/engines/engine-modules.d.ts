// The name next.config.ts aliases to DuckDB's synchronous browser build, typed by what we use of it.
declare module 'duckdb-wasm-browser-blocking' {
  import type { DuckDBBindings, DuckDBBundles, DuckDBRuntime, Logger } from '@duckdb/duckdb-wasm/blocking';
  export function createDuckDB(bundles: DuckDBBundles, logger: Logger, runtime: DuckDBRuntime): Promise<DuckDBBindings>;
  export const BROWSER_RUNTIME: DuckDBRuntime;
}
