import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARQUET_WASM_URL, PARQUET_WASM_VERSION } from './parquet';

describe('engine files', () => {
  it('names the parquet-wasm version that is installed, so the copied file and the URL agree', () => {
    const installed = JSON.parse(readFileSync('node_modules/parquet-wasm/package.json', 'utf8')) as { version: string };
    expect(PARQUET_WASM_VERSION).toBe(installed.version);
    expect(PARQUET_WASM_URL).toBe(`/engines/parquet-wasm-${installed.version}.wasm`);
  });
});
