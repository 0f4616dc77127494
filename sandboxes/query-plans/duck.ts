import type { ParquetModule } from '@/lib/engines/parquet';
import { parquetToDuckDB } from '@/lib/engines/parquetToDuckDB';
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

/**
 * Registers every file with DuckDB (parquet-wasm decodes each to Arrow: this DuckDB build has no
 * Parquet reader) and gathers them into one table `flights_clean`, adding flight_date from the folder
 * name as Hive partitioning would. Then runs the query, and EXPLAIN ANALYZE on it.
 */
export async function runDuckDB(engine: SqlEngine, parquet: ParquetModule, files: readonly DuckFile[], spec: QuerySpec, now: () => number): Promise<DuckRun> {
  const started = now();
  for (const file of files) {
    const part = `part_${String(file.day).padStart(2, '0')}`;
    await parquetToDuckDB(engine, `${part}.parquet`, file.bytes, { parquet, now });
    const select = `SELECT DATE '${file.date}' AS flight_date, * FROM ${part}`;
    engine.exec(file === files[0] ? `CREATE TABLE flights_clean AS ${select}` : `INSERT INTO flights_clean ${select}`);
    engine.exec(`DROP TABLE ${part}`);
  }
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
