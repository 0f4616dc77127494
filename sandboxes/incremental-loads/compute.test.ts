import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import type { Op } from './changes';
import { runIncrementalLoads, runOps, type Engines } from './compute';
import { DAY, defaultIncrementalLoadsParams, type StrategyId } from './model';

const env = nodeEnv();
const engines: Engines = { sqlite: () => env.engines.sqlite(), duckdb: () => env.engines.duckdb() };

/** A hand-written change: at `time`, stamped `time + skew`, visible from `commit`. */
const op = (kind: Op['kind'], id: number, time: number, commit = time, skew = 0): Op => ({ kind, id, time, stamp: time + skew, commit, skew });
const wrong = (day: { byStrategy: Record<StrategyId, { missing: number; stale: number; softKept: number; hardKept: number }> }, s: StrategyId) => {
  const d = day.byStrategy[s];
  return { missing: d.missing, stale: d.stale, softKept: d.softKept, hardKept: d.hardKept };
};
const gtQuery = (run: { summaries: ReadonlyArray<{ strategy: StrategyId; lastQuery: string }> }) => run.summaries.find((s) => s.strategy === 'gt')!.lastQuery;
const none = { missing: 0, stale: 0, softKept: 0, hardKept: 0 };

// Loading the engines takes seconds on a busy machine; each run then opens clean databases on them.
beforeAll(async () => {
  (await engines.duckdb()).close();
  (await engines.sqlite()).close();
}, 120_000);

describe('incremental loads on hand tables', () => {
  it('a > watermark misses exactly the row tied at the watermark that committed after the load; ≥ reads it and re-reads the ties it held', async () => {
    // Day 1 ends at minute 1440. Rows 3, 4 and 5 are all stamped 23:59; row 4 commits two minutes late.
    const ops = [op('insert', 1, 600), op('insert', 2, 1000), op('insert', 3, 1439), op('insert', 5, 1439), op('insert', 4, 1439, 1441), op('insert', 6, DAY + 300)];
    const run = await runOps(ops, { days: 2, margin: 60, lookback: 1 }, engines);
    const [d1, d2] = run.days;
    expect(d1!.byStrategy.gt.read).toBe(4);
    expect(d2!.byStrategy.gt.from).toBe(1439);
    expect(d2!.byStrategy.gt.read).toBe(1); // row 6 only
    expect(wrong(d2!, 'gt')).toEqual({ ...none, missing: 1 });
    expect(gtQuery(run)).toMatch(/updated_at > 1439$/);
    const gt = run.summaries.find((s) => s.strategy === 'gt')!;
    expect(gt.examples.map((e) => [e.id, e.problem])).toEqual([[4, 'missing']]);
    expect(gt.examples[0]).toMatchObject({ updatedAt: 1439, committedAt: 1441 });
    // ≥ reads rows 3, 4, 5 and 6; it already held 3 and 5.
    expect(d2!.byStrategy.ge).toMatchObject({ read: 4, alreadyHeld: 2, ...none });
    for (const s of ['full', 'overlap', 'lookback'] as const) expect(wrong(d2!, s), s).toEqual(none);
    expect(d2!.byStrategy.full).toMatchObject({ read: 6, alreadyHeld: 4 });
  }, 60_000);

  it('a late commit stamped before the watermark is missed by > and ≥ and by a margin too short, and caught by the lookback', async () => {
    // Row 3 is stamped 21:40 on day 1 but commits at 01:00 on day 2; row 2 (23:00) sets the watermark.
    const ops = [op('insert', 1, 100), op('insert', 3, 1300, 1500), op('insert', 2, 1380), op('insert', 4, DAY + 200)];
    const run = await runOps(ops, { days: 2, margin: 60, lookback: 1 }, engines);
    const d2 = run.days[1]!;
    for (const s of ['gt', 'ge', 'overlap'] as const) expect(wrong(d2, s), s).toEqual({ ...none, missing: 1 });
    expect(d2.byStrategy.overlap.from).toBe(1320);
    expect(wrong(d2, 'lookback')).toEqual(none);
    expect(d2.byStrategy.lookback).toMatchObject({ from: 1380 - DAY, read: 4, alreadyHeld: 2 });
    // A margin longer than the 80 minutes between the stamp and the watermark catches it.
    const wider = await runOps(ops, { days: 2, margin: 90, lookback: 1 }, engines);
    expect(wrong(wider.days[1]!, 'overlap')).toEqual(none);
  }, 60_000);

  it('an update to a row older than the lookback, a soft delete and a hard delete', async () => {
    const ops = [
      op('insert', 1, 60),
      op('insert', 2, 120),
      op('insert', 3, DAY + 600),
      op('update', 1, 2 * DAY + 60),
      op('softDelete', 2, 2 * DAY + 100),
      op('hardDelete', 3, 2 * DAY + 200),
      op('insert', 4, 2 * DAY + 600),
    ];
    const run = await runOps(ops, { days: 3, margin: 60, lookback: 1 }, engines);
    const d3 = run.days[2]!;
    expect(d3).toMatchObject({ sourceRows: 3, liveRows: 2 });
    // The lookback's window starts a day before row 3's creation (its watermark): rows 1 and 2 are older.
    expect(d3.byStrategy.lookback.from).toBe(DAY + 600 - DAY);
    expect(wrong(d3, 'lookback')).toEqual({ missing: 0, stale: 1, softKept: 1, hardKept: 1 });
    for (const s of ['gt', 'ge', 'overlap'] as const) expect(wrong(d3, s), s).toEqual({ ...none, hardKept: 1 });
    expect(wrong(d3, 'full')).toEqual(none);
    const lookback = run.summaries.find((s) => s.strategy === 'lookback')!;
    expect(lookback.examples.map((e) => [e.id, e.problem, e.heldVersion])).toEqual([
      [1, 'stale', 1],
      [2, 'softKept', 1],
      [3, 'hardKept', 1],
    ]);
    expect(lookback.firstWrongDay).toBe(3);
  }, 60_000);

  it('writer B’s clock 90 minutes behind: its changes land behind the watermark', async () => {
    // Row 2 is written at 00:30 on day 2 but stamped 23:00 on day 1, before row 1 (23:30) set the watermark.
    const ops = [op('insert', 1, 1410), op('insert', 2, DAY + 30, DAY + 30, -90)];
    const run = await runOps(ops, { days: 2, margin: 60, lookback: 1 }, engines);
    const d2 = run.days[1]!;
    expect(wrong(d2, 'gt')).toEqual({ ...none, missing: 1 });
    expect(wrong(d2, 'overlap')).toEqual(none); // 1380 > 1410 − 60
    expect(run.summaries.find((s) => s.strategy === 'gt')!.examples[0]).toMatchObject({ id: 2, skew: -90, updatedAt: DAY - 60 });
  }, 60_000);
});

describe('the default run', () => {
  it('shows the chapter’s story: the ties break > on day 4 only, the full reload never errs, the cost grows with the table', async () => {
    const result = await runIncrementalLoads(defaultIncrementalLoadsParams, engines, () => undefined);
    expect(result.days).toHaveLength(14);
    const day = (n: number) => result.days[n - 1]!;
    expect(wrong(day(3), 'gt')).toEqual(none);
    expect(day(4).byStrategy.gt.missing).toBeGreaterThanOrEqual(5);
    expect(day(4).byStrategy.ge.missing).toBe(0);
    for (const d of result.days) expect(wrong(d, 'full')).toEqual(none);
    expect(day(14).byStrategy.full.read).toBe(day(14).sourceRows);
    // The hard deletes on day 12 stay in every incremental copy.
    for (const s of ['gt', 'ge', 'overlap', 'lookback'] as const) expect(day(12).byStrategy[s].hardKept).toBe(6);
    // Updates to rows 9+ days old: the 7-day lookback misses them, the watermarks do not.
    expect(day(10).byStrategy.lookback.stale).toBeGreaterThanOrEqual(15);
    const full = result.summaries.find((s) => s.strategy === 'full')!;
    const gt = result.summaries.find((s) => s.strategy === 'gt')!;
    expect(full.totalRead).toBeGreaterThan(5 * gt.totalRead);
  }, 60_000);

  it('the same settings and seed give the same result', async () => {
    const params = { ...defaultIncrementalLoadsParams, days: 5 };
    const a = await runIncrementalLoads(params, engines, () => undefined);
    const b = await runIncrementalLoads(params, engines, () => undefined);
    expect(b).toEqual(a);
  }, 60_000);
});
