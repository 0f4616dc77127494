import init, * as parquet from 'parquet-wasm/esm';
import { setParquetReady } from './parquetReady';

export type ParquetModule = typeof parquet;

/** Pinned; engines.test.ts checks it against the installed package. */
export const PARQUET_WASM_VERSION = '0.8.0';
/** Served by the site itself: scripts/copy-engines.mjs puts it there at build time. */
export const PARQUET_WASM_URL = `/engines/parquet-wasm-${PARQUET_WASM_VERSION}.wasm`;

let loading: Promise<ParquetModule> | null = null;

/**
 * Loads parquet-wasm once per worker; every caller shares the one in-flight load. A failed load can be
 * retried. `bytes` hands it the module already fetched (with progress); otherwise it fetches it.
 */
export function loadParquet(bytes?: ArrayBuffer): Promise<ParquetModule> {
  loading ??= init({ module_or_path: bytes ?? PARQUET_WASM_URL }).then(
    () => {
      setParquetReady(parquet);
      return parquet;
    },
    (error: unknown) => {
      loading = null;
      throw new Error(`The Parquet engine could not be loaded from ${PARQUET_WASM_URL}: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  return loading;
}
