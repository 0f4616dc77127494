import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/stats';
import { interference, lookupWinner, tenTimes } from './exercises';
import { defaultOltpParams, type EngineResult, type OltpResult, type WorkloadId } from './model';

const workload = (w: WorkloadId, ms: number[]) => ({ workload: w, ran: ms.length, asked: ms.length, group: 1, samples: ms, summary: summarize(ms), budgetHit: false });
const engine = (kind: EngineResult['engine'], lookup: number, aggregate: number, mixedP99: number): EngineResult => ({
  engine: kind,
  version: 'x',
  loadMs: 1,
  memoryBytes: 1,
  workloads: [workload('lookup', [lookup, lookup]), workload('update', [1, 1]), workload('aggregate', [aggregate, aggregate])],
  mix: { lookups: 9, aggregations: 1, lookupLatency: summarize([mixedP99, mixedP99]), lookupLatencySamples: [mixedP99], utilisation: 0.1, budgetHit: false },
  lookupPlan: '',
});
const result = (rows: number, sqliteAgg: number): OltpResult => ({
  rows,
  clockTickMs: 0.1,
  engines: [engine('sqlite', 0.02, sqliteAgg, 40), engine('duckdb', 0.5, 4, 10)],
  agreement: { sqlite: 'a', duckdb: 'a', equal: true },
});

describe('oltp-olap exercises', () => {
  it('ten times: passes only with the run’s own row count and a lead of 10× or more', () => {
    expect(tenTimes.check(result(200_000, 60), { rows: '200000' }, defaultOltpParams).pass).toBe(true);
    expect(tenTimes.check(result(200_000, 60), { rows: '100000' }, defaultOltpParams).feedback).toContain('200,000');
    expect(tenTimes.check(result(20_000, 20), { rows: '20,000' }, defaultOltpParams).feedback).toContain('5.0×');
  });

  it('lookup winner: engine and factor within a quarter', () => {
    expect(lookupWinner.check(result(1e5, 60), { engine: 'sqlite', factor: '25' }, defaultOltpParams).pass).toBe(true);
    expect(lookupWinner.check(result(1e5, 60), { engine: 'duckdb', factor: '25' }, defaultOltpParams).pass).toBe(false);
    expect(lookupWinner.check(result(1e5, 60), { engine: 'sqlite', factor: '5' }, defaultOltpParams).feedback).toContain('divide');
    expect(lookupWinner.check(result(1e5, 60), { engine: 'sqlite', factor: '25' }, { ...defaultOltpParams, sqliteIndex: false }).pass).toBe(false);
  });

  it('interference: the p99 in the mix over the p99 alone', () => {
    expect(interference.check(result(1e5, 60), { factor: '2000' }, defaultOltpParams).pass).toBe(true);
    expect(interference.check(result(1e5, 60), { factor: '2' }, defaultOltpParams).pass).toBe(false);
  });
});
