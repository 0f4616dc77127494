import { performance } from 'node:perf_hooks';
import { openNodeDuckDB, openNodeSqlite } from '../../lib/engines/node';
import { runOltp } from '../../sandboxes/oltp-olap/compute';
import { oltpParamsSchema, defaultOltpParams, WORKLOAD_LABEL } from '../../sandboxes/oltp-olap/model';
import { printTable } from './table';

/** The oltp-olap sandbox's own code on 1M rows: each engine's p50 and p99 per workload, and the ratios. */
export async function benchOltp(rows = 1_000_000): Promise<void> {
  const params = oltpParamsSchema.parse({ ...defaultOltpParams, rows, queries: 2_000, aggregations: 10, budgetSeconds: 30 });
  console.log(`oltp-olap: ${rows.toLocaleString('en-US')} orders in SQLite and DuckDB (wasm, in Node), ${params.queries} lookups/updates, ${params.aggregations} aggregations`);
  const started = performance.now();
  const result = await runOltp(params, { sqlite: openNodeSqlite, duckdb: openNodeDuckDB }, { now: () => performance.now(), progress: () => {} });
  const [sqlite, duck] = [result.engines.find((e) => e.engine === 'sqlite')!, result.engines.find((e) => e.engine === 'duckdb')!];
  const lines = (['lookup', 'update', 'aggregate'] as const).map((w) => {
    const s = sqlite.workloads.find((x) => x.workload === w)!.summary;
    const d = duck.workloads.find((x) => x.workload === w)!.summary;
    const lead = s.p50 <= d.p50 ? `SQLite ${(d.p50 / s.p50).toFixed(1)}×` : `DuckDB ${(s.p50 / d.p50).toFixed(1)}×`;
    return [WORKLOAD_LABEL[w], s.p50.toFixed(4), d.p50.toFixed(4), s.p99.toFixed(4), d.p99.toFixed(4), lead];
  });
  lines.push(['lookups among aggregations', sqlite.mix.lookupLatency.p50.toFixed(4), duck.mix.lookupLatency.p50.toFixed(4), sqlite.mix.lookupLatency.p99.toFixed(4), duck.mix.lookupLatency.p99.toFixed(4), '']);
  printTable(['workload', 'SQLite p50 ms', 'DuckDB p50 ms', 'SQLite p99 ms', 'DuckDB p99 ms', 'faster at p50'], lines);
  console.log(`  load: SQLite ${sqlite.loadMs.toFixed(0)} ms, DuckDB ${duck.loadMs.toFixed(0)} ms; same aggregation answer: ${result.agreement.equal ? 'yes' : 'NO'} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
