import type { Prepared, SqlEngine, SqlParam } from '@/lib/engines/sql';
import { summarize } from '@/lib/stats';
import type { Rng } from '@/lib/random';
import { START_SECONDS, STATUSES, YEAR_SECONDS } from './dataset';
import type { MixResult, WorkloadId, WorkloadResult } from './model';

export interface Clock {
  now(): number;
}

/** The statements each workload runs. DuckDB needs its parameters cast: a bare ? binds a DOUBLE and skips the row-group pruning. */
export function statements(kind: SqlEngine['kind']) {
  const int = kind === 'duckdb' ? '?::INTEGER' : '?';
  return {
    lookup: `SELECT * FROM orders WHERE id = ${int}`,
    update: `UPDATE orders SET status = ?, quantity = quantity + 1 WHERE id = ${int}`,
    aggregate: `SELECT region, avg(price) AS avg_price, count(*) AS orders FROM orders WHERE created_at >= ${int} AND created_at < ${int} GROUP BY region ORDER BY region`,
  } satisfies Record<WorkloadId, string>;
}

/** A random 90-day range inside the year of orders. */
export function ninetyDays(rng: Rng): [number, number] {
  const from = START_SECONDS + rng.int(0, YEAR_SECONDS - 90 * 86_400);
  return [from, from + 90 * 86_400];
}

export function paramsFor(workload: WorkloadId, rows: number, rng: Rng): SqlParam[] {
  if (workload === 'lookup') return [rng.int(1, rows)];
  if (workload === 'update') return [STATUSES[rng.int(0, STATUSES.length - 1)]!, rng.int(1, rows)];
  return ninetyDays(rng);
}

export interface WorkloadOptions {
  workload: WorkloadId;
  asked: number;
  budgetMs: number;
  tickMs: number;
  rows: number;
  rng: Rng;
  clock: Clock;
  onProgress?: (fraction: number) => void;
}

/**
 * Runs `asked` queries of one workload, timed inside this worker. When one query takes less than
 * about 20 ticks of the clock, consecutive queries are timed together and each sample is their mean,
 * so a fast lookup does not read as 0 ms.
 */
export function runWorkload(stmt: Prepared, o: WorkloadOptions): WorkloadResult {
  const { clock } = o;
  // Warm up: run until at least two ticks pass (not counted; the first queries also pay for caches).
  let warm = 0;
  const w0 = clock.now();
  while (clock.now() - w0 < 2 * o.tickMs && warm < 2_000) {
    stmt.run(paramsFor(o.workload, o.rows, o.rng));
    warm++;
  }
  // Calibrate on warm queries: double the group until one group spans at least 20 ticks.
  let group = 1;
  while (group < 4_096) {
    const t0 = clock.now();
    for (let i = 0; i < group; i++) stmt.run(paramsFor(o.workload, o.rows, o.rng));
    if (clock.now() - t0 >= 20 * o.tickMs) break;
    group *= 2;
  }

  const samples: number[] = [];
  const started = clock.now();
  let ran = 0;
  let budgetHit = false;
  while (ran < o.asked) {
    const n = Math.min(group, o.asked - ran);
    const batch = Array.from({ length: n }, () => paramsFor(o.workload, o.rows, o.rng));
    const t0 = clock.now();
    for (const p of batch) stmt.run(p);
    samples.push((clock.now() - t0) / n);
    ran += n;
    o.onProgress?.(ran / o.asked);
    if (clock.now() - started > o.budgetMs && ran < o.asked) {
      budgetHit = true;
      break;
    }
  }
  return { workload: o.workload, ran, asked: o.asked, group, samples, summary: summarize(samples), budgetHit };
}

export interface MixOptions {
  queries: number;
  lookupShare: number;
  arrivalsPerSecond: number;
  budgetMs: number;
  rows: number;
  rng: Rng;
  clock: Clock;
  /** The clock's step; a lookup measured below it is counted at `fastLookupMs`, its grouped measurement. */
  tickMs?: number;
  fastLookupMs?: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Lookups and aggregations arriving at random (Poisson) on one engine that runs one query at a time.
 * Each query's own time is measured; a lookup's latency adds the wait behind whatever was running
 * when it arrived — the replay is exact arithmetic over measured times: start = max(arrival, previous finish).
 */
export function runMix(lookup: Prepared, aggregate: Prepared, o: MixOptions): MixResult {
  const { clock } = o;
  let arrival = 0;
  let finish = 0;
  let busy = 0;
  let lookups = 0;
  let aggregations = 0;
  let lastArrival = 0;
  const latencies: number[] = [];
  let budgetHit = false;
  for (let i = 0; i < o.queries; i++) {
    arrival += o.rng.exponential(o.arrivalsPerSecond) * 1000;
    const isLookup = o.rng.next() < o.lookupShare;
    const params = isLookup ? paramsFor('lookup', o.rows, o.rng) : paramsFor('aggregate', o.rows, o.rng);
    const t0 = clock.now();
    (isLookup ? lookup : aggregate).run(params);
    const measured = clock.now() - t0;
    // Below one tick the clock reads 0 (or one tick); the lookup workload's grouped timing is the better number.
    const service = isLookup && o.fastLookupMs !== undefined && measured < (o.tickMs ?? 0) ? o.fastLookupMs : measured;
    const start = Math.max(arrival, finish);
    finish = start + service;
    busy += service;
    lastArrival = arrival;
    if (isLookup) {
      lookups++;
      latencies.push(finish - arrival);
    } else aggregations++;
    if (i % 16 === 0) o.onProgress?.(i / o.queries);
    if (busy > o.budgetMs && i < o.queries - 1) {
      budgetHit = true;
      break;
    }
  }
  if (latencies.length === 0) latencies.push(0);
  return {
    lookups,
    aggregations,
    lookupLatency: summarize(latencies),
    lookupLatencySamples: latencies,
    utilisation: lastArrival > 0 ? busy / lastArrival : 0,
    budgetHit,
  };
}
