#!/usr/bin/env node
// Reports each exported page's first-load JavaScript (the scripts its HTML loads, gzipped) and its
// HTML (gzipped), and fails when a heavy library that must load lazily — mermaid, a chart library, a
// data engine — is among the scripts, or when a page's first-load JavaScript or HTML passes its
// budget in budgets.json (a section too long for its HTML budget is cut into parts: see README,
// "Writing a chapter"). Runs after every build (npm's postbuild).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = 'out';
/** Budgets, gzipped kB, from the one budget file. */
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const htmlBudgetKB = budgets.pageHtml;
const firstLoadBudgetKB = budgets.firstLoad;
const chunksDir = join(out, '_next', 'static', 'chunks');

/** Strings that only occur in the library's own code. */
const heavy = {
  mermaid: 'flowchart-v2',
  recharts: 'recharts-',
  'duckdb-wasm': 'duckdb_web',
  'sqlite-wasm': 'sqlite3_vfs',
  'parquet-wasm': 'parquet_wasm',
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const chunkFiles = walk(chunksDir).filter((f) => f.endsWith('.js'));
const heavyChunks = new Map(); // chunk path → library
for (const file of chunkFiles) {
  const text = readFileSync(file, 'utf8');
  for (const [library, marker] of Object.entries(heavy)) if (text.includes(marker)) heavyChunks.set(file, library);
}
if (![...heavyChunks.values()].includes('mermaid')) {
  console.error('first-load: no chunk holds mermaid, so this check could not tell whether it is lazy. Has the marker changed?');
  process.exit(1);
}

const gzSize = new Map();
const gz = (file) => {
  if (!gzSize.has(file)) gzSize.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzSize.get(file);
};

const pages = walk(out).filter((f) => f.endsWith('.html') && !f.includes('_next'));
const rows = [];
const problems = [];
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  // A noModule script (Next's legacy polyfills) is skipped by every browser that runs modules, so it is not counted.
  const scripts = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1] + m[3]))
    .map((m) => join(out, m[2]));
  const route = '/' + relative(out, page).replace(/index\.html$/, '').replace(/\.html$/, '');
  for (const script of scripts) {
    const library = heavyChunks.get(script);
    if (library) problems.push(`${route} loads ${library} up front (${relative(out, script)})`);
  }
  const htmlKB = gzipSync(html, { level: 9 }).length / 1024;
  if (htmlKB > htmlBudgetKB) problems.push(`${route} is ${htmlKB.toFixed(0)} kB of gzipped HTML, over the ${htmlBudgetKB} kB budget`);
  const kB = scripts.reduce((sum, s) => sum + gz(s), 0) / 1024;
  if (kB > firstLoadBudgetKB) problems.push(`${route} loads ${kB.toFixed(1)} kB of JavaScript up front, over the ${firstLoadBudgetKB} kB budget`);
  rows.push({ route, scripts: scripts.length, kB, htmlKB });
}

rows.sort((a, b) => a.route.localeCompare(b.route));
const width = Math.max(...rows.map((row) => row.route.length)) + 2;
console.log(`First-load JavaScript (budget ${firstLoadBudgetKB} kB) and HTML (budget ${htmlBudgetKB} kB) per page, gzipped:\n  ${'page'.padEnd(width)} ${'JavaScript'.padEnd(22)} ${'HTML'.padStart(7)}`);
for (const row of rows) {
  console.log(`  ${row.route.padEnd(width)} ${row.kB.toFixed(1).padStart(7)} kB  (${String(row.scripts).padStart(2)} files) ${row.htmlKB.toFixed(1).padStart(7)} kB`);
}
const lazyLibraries = [...new Set(heavyChunks.values())].join(', ');
console.log(`Loaded only on demand: ${lazyLibraries}.`);
if (problems.length) {
  console.error(`\nHeavy code in first-load JavaScript, or pages over budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
