import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DUCKDB_WASM_URL, DUCKDB_WASM_VERSION } from './duckdb';
import { PARQUET_WASM_URL, PARQUET_WASM_VERSION } from './parquet';
import { SQLITE_WASM_VERSION } from './sqlite';

const installed = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

describe('engine files', () => {
  it('names the installed versions, so the files copy-engines puts in public/ and the URLs agree', () => {
    expect(PARQUET_WASM_VERSION).toBe(installed('parquet-wasm'));
    expect(PARQUET_WASM_URL).toBe(`/engines/parquet-wasm-${installed('parquet-wasm')}.wasm`);
    expect(DUCKDB_WASM_VERSION).toBe(installed('@duckdb/duckdb-wasm'));
    expect(DUCKDB_WASM_URL).toBe(`/engines/duckdb-eh-${installed('@duckdb/duckdb-wasm')}.wasm`);
    expect(SQLITE_WASM_VERSION).toBe(installed('@sqlite.org/sqlite-wasm'));
  });
});
