#!/usr/bin/env node
// Copies the engines' WebAssembly files into public/engines/, named by version, so the site serves
// them itself (never from a CDN). Runs before every build and dev server.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const engines = [{ pkg: 'parquet-wasm', file: 'esm/parquet_wasm_bg.wasm', name: 'parquet-wasm' }];
mkdirSync(join('public', 'engines'), { recursive: true });
for (const { pkg, file, name } of engines) {
  const { version } = JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8'));
  const target = join('public', 'engines', `${name}-${version}.wasm`);
  copyFileSync(join('node_modules', pkg, file), target);
  console.log(`engine: ${target}`);
}
