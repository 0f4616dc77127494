import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { createRng } from '@/lib/random';
import { runOltp } from './compute';
import { generateOrders, REGIONS, START_SECONDS, YEAR_SECONDS } from './dataset';
import { defaultOltpParams, oltpParamsSchema } from './model';
import { runMix, runWorkload } from './workload';

// As the worker does: engines loaded once and kept warm, a clean database for each run (so the second run finds no table from the first).
const env = nodeEnv();
const open = { sqlite: () => env.engines.sqlite(), duckdb: () => env.engines.duckdb() };
// Loading the engines is paid once, here, not by the first test that opens them (it is slow on a busy machine).
beforeAll(() => Promise.all([env.engines.preload('sqlite'), env.engines.preload('duckdb')]), 120_000);
const hooks = { now: () => performance.now(), progress: () => undefined };

describe('the orders table', () => {
  it('is the same for the same seed, ids in creation order, every value in range', () => {
    const a = generateOrders(2_000, 3);
    expect(generateOrders(2_000, 3)).toEqual(a);
    expect(generateOrders(2_000, 4)).not.toEqual(a);
    const [id, , region, , price, quantity, created] = a as [number[], number[], string[], string[], number[], number[], number[]];
    expect(id.slice(0, 3)).toEqual([1, 2, 3]);
    expect(new Set(region).size).toBeLessThanOrEqual(REGIONS.length);
    expect(Math.min(...price)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...quantity)).toBeLessThanOrEqual(5);
    expect(created.every((t, i) => i === 0 || t >= created[i - 1]!)).toBe(true);
    expect(created[created.length - 1]).toBeLessThan(START_SECONDS + YEAR_SECONDS);
  });
});

describe('a run on both engines', () => {
  it('gives the same aggregation answer on SQLite and DuckDB and runs every workload', async () => {
    const params = oltpParamsSchema.parse({ ...defaultOltpParams, rows: 20_000, queries: 200, aggregations: 5, budgetSeconds: 20 });
    const result = await runOltp(params, open, hooks);
    expect(result.agreement.equal).toBe(true);
    expect(result.agreement.sqlite.split('|')).toHaveLength(REGIONS.length);
    for (const engine of result.engines) {
      expect(engine.workloads.map((w) => [w.workload, w.ran])).toEqual([
        ['lookup', 200],
        ['update', 200],
        ['aggregate', 5],
      ]);
      expect(engine.mix.lookups + engine.mix.aggregations).toBe(200);
    }
    const sqlite = result.engines.find((e) => e.engine === 'sqlite')!;
    expect(sqlite.lookupPlan).toMatch(/USING INTEGER PRIMARY KEY/);
    expect(sqlite.memoryBytes).toBeGreaterThan(20_000 * 20);
  }, 60_000);

  it('scans the whole table for a lookup once SQLite has no key on id', async () => {
    const params = oltpParamsSchema.parse({ ...defaultOltpParams, rows: 10_000, queries: 20, aggregations: 3, sqliteIndex: false });
    const result = await runOltp(params, open, hooks);
    expect(result.engines.find((e) => e.engine === 'sqlite')!.lookupPlan).toMatch(/^SCAN orders/);
  }, 60_000);
});

describe('the mixed stream', () => {
  // A fake engine whose queries take exactly what a fake clock says, so the replay has a known answer.
  function fakeClock() {
    let t = 0;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  }

  it('adds the wait behind a long aggregation to the lookups that arrive during it', () => {
    const clock = fakeClock();
    const lookup = { run: () => (clock.advance(1), []), close: () => undefined };
    const aggregate = { run: () => (clock.advance(500), []), close: () => undefined };
    const alone = runMix(lookup, aggregate, { queries: 400, lookupShare: 1, arrivalsPerSecond: 10, budgetMs: 1e9, rows: 100, rng: createRng(1), clock });
    // Lookups alone at 10/s, each 1 ms: the engine is idle when each arrives, so every latency is 1 ms.
    expect(alone.lookupLatency.p99).toBe(1);
    expect(alone.utilisation).toBeCloseTo(400 / (400 * 100), 1);
    const mixed = runMix(lookup, aggregate, { queries: 400, lookupShare: 0.9, arrivalsPerSecond: 10, budgetMs: 1e9, rows: 100, rng: createRng(1), clock });
    expect(mixed.aggregations).toBeGreaterThan(20);
    // Some lookups now wait behind a 500 ms aggregation.
    expect(mixed.lookupLatency.p99).toBeGreaterThan(100);
    expect(mixed.lookupLatency.p50).toBe(1);
  });
});

describe('params', () => {
  it('refuses sizes outside the bounds with a message a reader can act on', () => {
    const bad = oltpParamsSchema.safeParse({ ...defaultOltpParams, rows: 5, mixLookupPercent: 100 });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message).join(' ');
    expect(messages).toContain('at least 10,000 rows');
    expect(messages).toContain('At most 99%');
  });
});

describe('timing fast queries on a coarse clock', () => {
  it('groups queries until a sample spans many ticks, so a 5 µs lookup is not read as 0, even after a slow first query', () => {
    let t = 0;
    let calls = 0;
    const clock = { now: () => Math.floor(t / 0.1) * 0.1 }; // a browser worker's 0.1 ms clock
    const stmt = { run: () => ((t += calls++ === 0 ? 0.3 : 0.005), []), close: () => undefined };
    const r = runWorkload(stmt, { workload: 'lookup', asked: 2_000, budgetMs: 1e9, tickMs: 0.1, rows: 100, rng: createRng(1), clock });
    expect(r.group).toBeGreaterThanOrEqual(256);
    expect(r.summary.p50).toBeGreaterThan(0.004);
    expect(r.summary.p50).toBeLessThan(0.006);
  });
});
