#!/usr/bin/env node
// Copies the engines' files into public/engines/, named by version, so the site serves them itself
// (never from a CDN). Runs before every build and dev server. public/engines/ is not committed.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const version = (pkg) => JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')).version;
const copies = [
  ['parquet-wasm', 'esm/parquet_wasm_bg.wasm', `parquet-wasm-${version('parquet-wasm')}.wasm`],
  // DuckDB's single-threaded build: a static export cannot send the headers threads need.
  ['@duckdb/duckdb-wasm', 'dist/duckdb-eh.wasm', `duckdb-eh-${version('@duckdb/duckdb-wasm')}.wasm`],
  // SQLite cannot be bundled: its module and the files it loads beside itself are served as they are.
  ...['index.mjs', 'sqlite3.wasm', 'sqlite3-opfs-async-proxy.js', 'sqlite3-worker1.mjs'].map((f) => ['@sqlite.org/sqlite-wasm', `dist/${f}`, `sqlite/${f}`]),
];
mkdirSync(join('public', 'engines', 'sqlite'), { recursive: true });
for (const [pkg, file, name] of copies) {
  const target = join('public', 'engines', name);
  copyFileSync(join('node_modules', pkg, file), target);
  console.log(`engine: ${target}`);
}
