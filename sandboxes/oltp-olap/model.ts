import { z } from 'zod';
import type { EngineKind } from '@/lib/engines/sql';
import type { Summary } from '@/lib/stats';

export const SANDBOX_ID = 'oltp-olap';
export const RESULTS_VERSION = 1;

const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

export const oltpParamsSchema = z.object({
  rows: whole('rows').min(10_000, 'Use at least 10,000 rows.').max(2_000_000, 'At most 2,000,000 rows (about 200 MB across both engines).'),
  queries: whole('queries').min(20, 'Use at least 20 queries per workload, so a p99 means something.').max(20_000, 'At most 20,000 queries per workload.'),
  aggregations: whole('aggregations').min(3, 'Use at least 3 aggregations.').max(200, 'At most 200 aggregations.'),
  /** Share of the mixed stream that are point lookups; the rest are aggregations. */
  mixLookupPercent: whole('percent').min(50, 'Make at least 50% of the mixed stream lookups.').max(99, 'At most 99%: keep some aggregations in the mix.'),
  /** Queries arriving per second in the mixed stream. */
  arrivalsPerSecond: whole('queries per second').min(1, 'At least 1 query per second.').max(2_000, 'At most 2,000 queries per second.'),
  /** Off: SQLite's table has no key on id, so a lookup by id scans every row. */
  sqliteIndex: z.boolean(),
  /** Stops a workload that runs longer than this, and says so. */
  budgetSeconds: whole('seconds').min(1, 'Give each workload at least 1 second.').max(60, 'At most 60 seconds per workload.'),
  seed: whole('seed').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
});
export type OltpParams = z.infer<typeof oltpParamsSchema>;

export const defaultOltpParams: OltpParams = {
  rows: 50_000,
  queries: 300,
  aggregations: 10,
  mixLookupPercent: 95,
  arrivalsPerSecond: 50,
  sqliteIndex: true,
  budgetSeconds: 10,
  seed: 7,
};

export type WorkloadId = 'lookup' | 'update' | 'aggregate';
export const WORKLOAD_LABEL: Record<WorkloadId, string> = {
  lookup: 'Point lookup by id',
  update: 'Single-row update',
  aggregate: 'Average price by region, 90 days',
};

export interface WorkloadResult {
  workload: WorkloadId;
  /** Queries run (fewer than asked when the time budget ran out). */
  ran: number;
  asked: number;
  /** Each sample is the mean time of `group` consecutive queries (grouped when one query is below the clock's resolution). */
  group: number;
  /** Milliseconds per query, one per sample. */
  samples: number[];
  summary: Summary;
  budgetHit: boolean;
}

export interface MixResult {
  lookups: number;
  aggregations: number;
  /** Lookup latency in the mix: waiting behind whatever ran before it, plus its own time (ms). */
  lookupLatency: Summary;
  lookupLatencySamples: number[];
  /** Busy time over the span of arrivals: above 1 the queue only grows. */
  utilisation: number;
  budgetHit: boolean;
}

export interface EngineResult {
  engine: EngineKind;
  version: string;
  loadMs: number;
  /** As the engine reports it: SQLite's pages × page size, DuckDB's duckdb_memory(). */
  memoryBytes: number | null;
  workloads: WorkloadResult[];
  mix: MixResult;
  /** How SQLite says it runs a lookup by id (EXPLAIN QUERY PLAN), e.g. "SEARCH orders USING INTEGER PRIMARY KEY". */
  lookupPlan: string;
}

export interface OltpResult {
  rows: number;
  /** The smallest step of this context's clock, in ms (0.1 in a browser without cross-origin isolation). */
  clockTickMs: number;
  engines: EngineResult[];
  /** A checksum both engines must agree on: the aggregation's answer for one fixed range. */
  agreement: { sqlite: string; duckdb: string; equal: boolean };
}

export interface OltpProgress {
  engine: EngineKind | 'data';
  step: string;
  fraction: number;
}
