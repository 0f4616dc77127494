import * as arrow from 'apache-arrow';
import { PARQUET_BATCH_ROWS } from '@/lib/engines/duckdb';
import type { ParquetModule } from '@/lib/engines/parquet';
import type { SqlEngine } from '@/lib/engines/sql';
import type { GroupRow } from './model';
import { sqlFor } from './query';
import type { QuerySpec } from './scan';

export interface DuckFile {
  day: number;
  date: string;
  bytes: Uint8Array;
}

export interface DuckRun {
  version: string;
  plan: string;
  loadMs: number;
  queryMs: number;
  rows: Array<{ origin: string; flights: number; meanDelay: number | null }>;
}

const DAY_MS = 86_400_000;

/** A file's rows as Arrow, with flight_date (a DATE taken from its folder name) put in front. */
function withDate(parquet: ParquetModule, file: DuckFile): arrow.Table {
  const table = arrow.tableFromIPC(parquet.readParquet(file.bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream());
  const days = new Int32Array(table.numRows).fill(Date.parse(`${file.date}T00:00:00Z`) / DAY_MS);
  const date = arrow.makeVector(arrow.makeData({ type: new arrow.DateDay(), length: table.numRows, data: days }));
  return new arrow.Table({ flight_date: date }).assign(table);
}

/**
 * Hands every file to DuckDB as one table `flights_clean`, flight_date added from the folder names as
 * Hive partitioning would. This DuckDB build has no Parquet reader (its extension is not shipped), so
 * parquet-wasm decodes the files and DuckDB inserts them as Arrow. Then runs the query, and EXPLAIN
 * ANALYZE on it.
 */
export function runDuckDB(engine: SqlEngine, parquet: ParquetModule, files: readonly DuckFile[], spec: QuerySpec, now: () => number): DuckRun {
  const started = now();
  const batches = files.flatMap((file) => withDate(parquet, file).batches);
  engine.registerFile('flights_clean.arrows', arrow.tableToIPC(new arrow.Table(batches), 'stream'));
  const loadMs = now() - started;
  const sql = sqlFor(spec);
  const rows = engine.query(sql).map((r) => ({
    origin: String(r.origin_airport),
    flights: Number(r.flights),
    meanDelay: r.mean_dep_delay_min === null ? null : Number(r.mean_dep_delay_min),
  }));
  const explained = engine.explain(sql, { analyze: true });
  return { version: engine.version, plan: explained.text, loadMs, queryMs: explained.run?.ms ?? 0, rows };
}

/** Null when DuckDB's rows equal the plans' rows (same airports, counts and means to 1e-12); else what differs. */
export function compareWithDuckDB(ours: readonly GroupRow[], duck: DuckRun['rows']): string | null {
  if (ours.length !== duck.length) return `DuckDB returned ${duck.length} airports, the plans ${ours.length}.`;
  const byOrigin = new Map(duck.map((r) => [r.origin, r]));
  for (const row of ours) {
    const other = byOrigin.get(row.origin);
    if (!other) return `DuckDB has no row for ${row.origin}.`;
    if (other.flights !== row.flights) return `${row.origin}: DuckDB counts ${other.flights} flights, the plans ${row.flights}.`;
    const same = row.meanDelay === null ? other.meanDelay === null : other.meanDelay !== null && Math.abs(other.meanDelay - row.meanDelay) <= 1e-12 * Math.max(1, Math.abs(row.meanDelay));
    if (!same) return `${row.origin}: DuckDB's mean delay is ${other.meanDelay}, the plans' ${row.meanDelay}.`;
  }
  return null;
}
