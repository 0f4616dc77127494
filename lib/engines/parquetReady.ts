import type { ParquetModule } from './parquet';

/**
 * parquet-wasm once it is loaded in this worker, or null. DuckDB's registerFile('x.parquet', …) is
 * synchronous, so it can only use a Parquet reader that is already there; it looks here instead of
 * importing parquet.ts, so a worker that never reads Parquet carries none of parquet-wasm's code.
 */
let ready: ParquetModule | null = null;

export function parquetReady(): ParquetModule | null {
  return ready;
}

/** Called by loadParquet when its load succeeds. */
export function setParquetReady(module: ParquetModule): void {
  ready = module;
}
