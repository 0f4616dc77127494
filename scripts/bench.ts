/**
 * npm run bench: speed goals, measured side by side in one run with the same code the sandboxes'
 * workers run. Prints ratios; asserts nothing (tests never time anything).
 *   npm run bench                 all benchmarks
 *   npm run bench -- layout       one of them (layout, formats, oltp [rows], etl-elt [rows] [light|medium|heavy])
 *   npm run bench -- layout       one of them (layout, formats, oltp [rows], models [users])
 *   npm run bench -- engines [runs] [rows]   cold vs warm engines; Parquet into DuckDB per MB
 *   npm run bench -- defaults [runs] [id]    every sandbox from its defaults, engines loaded
 *   npm run bench -- pages [--no-build] [--runs=3] [--routes=/,/glossary/] [--forms=mobile,desktop]   Lighthouse on every page
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { runLayout } from '../sandboxes/layout/compute';
import { columnSweep } from '../sandboxes/layout/model';

const only = process.argv[2];
console.log(`node ${process.version} · ${os.cpus()[0]?.model ?? 'unknown CPU'} · ${os.cpus().length} cores\n`);

if (!only || only === 'layout') {
  const rows = 1_000_000;
  const params = { rows, maxColumns: 64 as const, lookups: 20_000, repeats: 7, seed: 42 };
  console.log(`layout: ${rows.toLocaleString('en-US')} rows × M float64 columns, median of ${params.repeats}; ${params.lookups.toLocaleString('en-US')} random lookups per sample`);
  const started = performance.now();
  const result = runLayout(params, { now: () => performance.now(), progress: () => {} });
  const header = ['M', 'row bytes', 'scan row ms', 'scan col ms', 'col scan lead', 'lookup row ns', 'lookup col ns', 'row lookup lead', 'lines/scan row:col'];
  const lines = result.sweep.map((s) => [
    String(s.columns),
    String(s.rowBytes),
    s.row.scanMs.toFixed(3),
    s.column.scanMs.toFixed(3),
    `${(s.row.scanMs / s.column.scanMs).toFixed(2)}×`,
    s.row.lookupNs.toFixed(1),
    s.column.lookupNs.toFixed(1),
    `${(s.column.lookupNs / s.row.lookupNs).toFixed(2)}×`,
    `${(s.row.scanLines / s.column.scanLines).toFixed(0)}:1`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]) => console.log('  ' + cells.map((c, i) => c.padStart(widths[i]!)).join('  '));
  print(header);
  lines.forEach(print);
  console.log(`  (M = ${columnSweep(64).join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (!only || only === 'formats') {
  const { readFileSync } = await import('node:fs');
  const pq = await import('parquet-wasm/esm');
  pq.initSync({ module: readFileSync('node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm') });
  const { runFormats } = await import('../sandboxes/formats/compute');
  const rows = 1_000_000;
  console.log(`formats: ${rows.toLocaleString('en-US')} rows × 10 columns, median of 3; ratios relative to JSON`);
  const started = performance.now();
  const result = await runFormats({ rows, repeats: 3, seed: 42 }, pq, { now: () => performance.now(), progress: () => {} });
  const json = result.formats.find((f) => f.format === 'json')!;
  const header = ['format', 'MB', 'size', 'write ms', 'write', 'read ms', 'read', 'sum 1 col ms', 'sum 1 col', 'lost on round trip'];
  const lines = result.formats.map((f) => [
    f.format,
    (f.bytes / 1e6).toFixed(1),
    `${(f.bytes / json.bytes).toFixed(2)}×`,
    f.writeMs.toFixed(0),
    `${(f.writeMs / json.writeMs).toFixed(2)}×`,
    f.readMs.toFixed(1),
    `${(f.readMs / json.readMs).toFixed(2)}×`,
    f.columnMs.toFixed(1),
    `${(f.columnMs / json.columnMs).toFixed(2)}×`,
    f.fidelity.length ? f.fidelity.map((x) => `${x.column}`).join(', ') : 'nothing',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]) => console.log('  ' + cells.map((c, i) => (i === 0 || i === 9 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  print(header);
  lines.forEach(print);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

if (!only || only === 'oltp') {
  const { benchOltp } = await import('./bench/oltp');
  await benchOltp(Number(process.argv[3] ?? 1_000_000));
}

if (!only || only === 'etl-elt') {
  const { benchEtlElt } = await import('./bench/etl-elt');
  const complexity = process.argv[4];
  await benchEtlElt(Number(process.argv[3] ?? 200_000), complexity === 'light' || complexity === 'medium' || complexity === 'heavy' ? complexity : undefined);
}

if (!only || only === 'models') {
  const { benchDataModels } = await import('./bench/data-models');
  await benchDataModels(Number(process.argv[3] ?? 50_000));
}

if (!only || only === 'engines') {
  const { benchEngines } = await import('./bench/engines');
  await benchEngines(Number(process.argv[3] ?? 5), Number(process.argv[4] ?? 1_000_000));
}

if (only === 'defaults') {
  const { benchDefaults } = await import('./bench/defaults');
  await benchDefaults(Number(process.argv[3] ?? 3), process.argv[4]);
}

if (only === 'pages') {
  const { benchPages } = await import('./bench/pages');
  await benchPages();
}
