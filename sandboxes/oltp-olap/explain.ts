import { formatMs } from '@/lib/format';
import type { OltpResult, WorkloadId } from './model';

const ratio = (a: number, b: number) => (a >= b ? `${(a / b).toFixed(1)}×` : `${(b / a).toFixed(1)}×`);

/** Sentences about this run, computed from it: who won each workload and by how much, and what the mix did. */
export function explainOltp(result: OltpResult): string[] {
  const sqlite = result.engines.find((e) => e.engine === 'sqlite');
  const duck = result.engines.find((e) => e.engine === 'duckdb');
  if (!sqlite || !duck) return [];
  const p = (e: typeof sqlite, w: WorkloadId) => e.workloads.find((x) => x.workload === w)!.summary.p50;
  const out: string[] = [];
  const [sl, dl] = [p(sqlite, 'lookup'), p(duck, 'lookup')];
  const keyed = /PRIMARY KEY/.test(sqlite.lookupPlan);
  out.push(
    sl <= dl
      ? `Point lookups: SQLite ${formatMs(sl)} against DuckDB ${formatMs(dl)}, ${ratio(sl, dl)} in SQLite’s favour. ${keyed ? 'Its table is a B-tree keyed by id, so a lookup reads a handful of pages and one contiguous row.' : ''}`
      : `Point lookups: DuckDB ${formatMs(dl)} against SQLite ${formatMs(sl)}, ${ratio(sl, dl)} in DuckDB’s favour. ${keyed ? '' : 'SQLite has no key on id in this run, so every lookup scans the whole table: its plan is under Details.'}`,
  );
  const [su, du] = [p(sqlite, 'update'), p(duck, 'update')];
  out.push(`Single-row updates: SQLite ${formatMs(su)}, DuckDB ${formatMs(du)}. A row store rewrites one record in place; a column store touches a value in several column segments and keeps versions for its transactions.`);
  const [sa, da] = [p(sqlite, 'aggregate'), p(duck, 'aggregate')];
  out.push(
    `Aggregation over 90 days: SQLite ${formatMs(sa)}, DuckDB ${formatMs(da)} — ${ratio(sa, da)} in ${sa >= da ? 'DuckDB' : 'SQLite'}’s favour. DuckDB reads only the created_at, region and price columns and skips row groups outside the range by their min and max.`,
  );
  const alone = sqlite.workloads.find((w) => w.workload === 'lookup')!.summary.p99;
  const mixed = sqlite.mix.lookupLatency.p99;
  out.push(
    `In the mixed stream SQLite was busy ${(sqlite.mix.utilisation * 100).toFixed(0)}% of the time, and a lookup’s p99 went from ${formatMs(alone)} alone to ${formatMs(mixed)}: a lookup that arrives during an aggregation waits for it to finish.${sqlite.mix.utilisation >= 1 ? ' Above 100% busy the queue only grows, so these latencies depend on how long the stream ran.' : ''}`,
  );
  return out;
}
