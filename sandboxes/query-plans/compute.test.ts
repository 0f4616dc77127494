import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { runQueryPlans, plansFor, planName, type Engines } from './compute';
import { defaultQueryPlansParams, queryPlansParamsSchema, type QueryPlansParams, type QueryPlansResult } from './model';

const env = nodeEnv();
let engines: Engines;
const hooks = { now: () => performance.now(), progress: () => undefined };
const small: QueryPlansParams = { ...defaultQueryPlansParams, flightsPerDay: 600, rowGroupRows: 100, repeats: 1 };
const run = (params: Partial<QueryPlansParams>): Promise<QueryPlansResult> => runQueryPlans({ ...small, ...params }, engines, hooks);
const plan = (r: QueryPlansResult, name: string) => r.plans.find((p) => p.name === name);

describe('query-plans compute', () => {
  beforeAll(async () => {
    engines = { parquet: await env.engines.parquet(), duckdb: () => env.engines.duckdb() };
  });

  it('names the plans and adds the reader’s own only when it is not already there', () => {
    expect(plansFor({ partitions: true, stats: true, columns: true })).toMatchObject({ chosen: 4 });
    const mixed = plansFor({ partitions: true, stats: false, columns: true });
    expect(mixed.plans).toHaveLength(6);
    expect(mixed.chosen).toBe(5);
    expect(planName({ partitions: true, stats: false, columns: true })).toBe('Partition pruning + column pruning');
    expect(planName({ partitions: false, stats: true, columns: false })).toBe('Row-group statistics only');
  });

  it('sorted by airline: every plan and DuckDB give the same answer, and pushdown reads far less', async () => {
    const r = await run({ order: 'carrier', partitionPruning: true, statsPruning: false, columnPruning: true });
    expect(r.plans.every((p) => p.sameAnswer)).toBe(true);
    expect(r.duckdb.mismatch).toBeNull();
    expect(r.duckdb.plan).toMatch(/Filters:[\s\S]*is_cancelled/);
    const none = plan(r, 'No pushdown')!;
    expect(none.bytesRead).toBe(r.totalBytes);
    expect(none.requests).toBe(14);
    expect(plan(r, 'Partition pruning only')!.filesSkipped).toBe(14 - 7);
    const all = plan(r, 'All three pushdowns')!;
    for (const p of r.plans) expect(all.bytesRead).toBeLessThanOrEqual(p.bytesRead);
    expect(all.bytesRead * 5).toBeLessThan(none.bytesRead);
    // 6 row groups a file; AA and AS together are under a quarter of the flights, so at most 3 groups can overlap them.
    expect(all.rowGroupsSkippedByStats).toBeGreaterThanOrEqual(7 * 3);
    expect(r.plans[r.chosen]!.name).toBe('Partition pruning + column pruning');
    // The map of the reader's plan: 7 files pruned, every row group of the other 7 read (no statistics).
    expect(r.layout.groupsPerCell).toBe(1);
    expect(r.layout.rows.filter((row) => row.pruned)).toHaveLength(7);
    expect(r.layout.rows.flatMap((row) => row.cells).reduce((a, b) => a + b, 0)).toBe(r.plans[r.chosen]!.rowGroupsRead);
  }, 60_000);

  it('in departure order (or random) the statistics skip nothing, but the answer stays the same', async () => {
    const sorted = await run({ order: 'carrier' });
    for (const order of ['departure', 'random'] as const) {
      const r = await run({ order });
      expect(plan(r, 'All three pushdowns')!.rowGroupsSkippedByStats).toBe(0);
      expect(r.answer).toEqual(sorted.answer);
      expect(r.duckdb.agrees).toBe(true);
    }
  }, 60_000);

  it('the same seed writes the same files and reads the same bytes', async () => {
    const [a, b] = [await run({}), await run({})];
    expect(a.files).toEqual(b.files);
    expect(a.plans.map((p) => p.bytesRead)).toEqual(b.plans.map((p) => p.bytesRead));
  }, 60_000);

  it('refuses settings out of range', () => {
    expect(queryPlansParamsSchema.safeParse(defaultQueryPlansParams).success).toBe(true);
    for (const bad of [{ days: 0 }, { days: 14 }, { airlines: 9 }, { flightsPerDay: 100 }, { rowGroupRows: 50.5 }, { order: 'sideways' }, { seed: -1 }]) {
      expect(queryPlansParamsSchema.safeParse({ ...defaultQueryPlansParams, ...bad }).success).toBe(false);
    }
  });
});
