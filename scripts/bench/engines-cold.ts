/**
 * One cold start, run by scripts/bench/engines.ts in a fresh Node process per sample (so nothing
 * is cached: modules imported, wasm compiled and instantiated, first database opened), then warm
 * opens on the same loaded engine. Prints one JSON line: { engine, coldMs (= loadMs, what preload()
 * does, + firstOpenMs), warmMs[], loads }.
 */
import { performance } from 'node:perf_hooks';

const engine = process.argv[2];
if (engine !== 'sqlite' && engine !== 'duckdb' && engine !== 'parquet') throw new Error(`engine: sqlite | duckdb | parquet, not ${engine}`);
const warmOpens = Number(process.argv[3] ?? 5);

const started = performance.now();
const { nodeSources } = await import('../../lib/engines/node');
const { createEngineCache } = await import('../../lib/engines/warm');
let loads = 0;
const cache = createEngineCache(nodeSources, (s) => void (s.state === 'ready' && loads++), () => performance.now());

/** Opens a clean database, runs one statement and closes it: what a sandbox's Run does before its own work. */
async function openOnce(): Promise<void> {
  if (engine === 'parquet') {
    void (await cache.parquet());
    return;
  }
  const db = await (engine === 'sqlite' ? cache.sqlite() : cache.duckdb());
  db.query('SELECT 1 AS one');
  db.close();
}

await cache.preload(engine);
const loadMs = performance.now() - started;
const firstOpenStarted = performance.now();
await openOnce();
const firstOpenMs = performance.now() - firstOpenStarted;
const coldMs = performance.now() - started;
const warmMs: number[] = [];
for (let i = 0; i < warmOpens; i++) {
  const t = performance.now();
  await openOnce();
  warmMs.push(performance.now() - t);
}
console.log(JSON.stringify({ engine, coldMs, loadMs, firstOpenMs, warmMs, loads }));
