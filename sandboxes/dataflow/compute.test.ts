import { describe, expect, it } from 'vitest';
import { rpcPrediction, runDataflow } from './compute';
import { leadChanges, overtakesAt } from './crossover';
import { dataflowParamsSchema, defaultDataflowParams, SWEEP_FAILURE_RATES, SWEEP_HOPS, type DataflowParams, type DataflowProgress } from './model';

const small = (overrides: Partial<DataflowParams> = {}): DataflowParams =>
  dataflowParamsSchema.parse({ ...defaultDataflowParams, requestRate: 50, runSec: 60, outageStartSec: 20, outageSec: 5, sweep: false, ...overrides });

describe('the closed forms shown beside the run', () => {
  it('give the chapter’s numbers', () => {
    const fixed = { shape: 'fixed', ms: 10 } as const;
    expect(rpcPrediction(0.01, 4, fixed, 250, 0).predictedErrorRate).toBeCloseTo(0.03940399, 8); // ≈ 3.9 %
    expect(1 - rpcPrediction(0.01, 5, fixed, 250, 0).predictedErrorRate).toBeCloseTo(0.95099005, 8); // ≈ 95 %
    expect(1 - rpcPrediction(0.001, 10, fixed, 250, 0).predictedErrorRate).toBeCloseTo(0.99004488, 8); // ten hops at 99.9 %: 99 %
    expect(rpcPrediction(0.2, 4, fixed, 250, 2).perHopSuccess).toBeCloseTo(0.992, 12); // 1 − 0.2³
  });

  it('count calls slower than the timeout as failed attempts', () => {
    // Slow tail: 1 call in 100 takes 10 × 30 = 300 ms, past a 250 ms timeout.
    expect(rpcPrediction(0, 1, { shape: 'slow-tail', ms: 30 }, 250, 0).perAttemptFailure).toBeCloseTo(0.01, 12);
    expect(rpcPrediction(0.05, 1, { shape: 'exponential', ms: 10 }, 20, 0).perAttemptFailure).toBeCloseTo(0.05 + 0.95 * Math.exp(-2), 12);
  });
});

describe('a run of the sandbox', () => {
  it('runs the chosen mode only, on the same arrivals for every mode', () => {
    const rpcOnly = runDataflow(small({ mode: 'rpc' }));
    expect(rpcOnly.runs.map((r) => r.mode)).toEqual(['rpc']);
    expect(rpcOnly.db).toBeNull();
    expect(rpcOnly.bus).toBeNull();
    expect(rpcOnly.sweep).toBeNull();
    const all = runDataflow(small());
    expect(all.runs.map((r) => r.mode)).toEqual(['db', 'rpc', 'bus']);
    expect(new Set(all.runs.map((r) => r.requests)).size).toBe(1);
    expect(all.runs.find((r) => r.mode === 'rpc')).toEqual(rpcOnly.runs[0]);
  });

  it('accounts for every request: answered, failed or lost', () => {
    const result = runDataflow(small({ failureRate: 0.05, outageSec: 30, outageStartSec: 10, retentionSec: 20 }));
    for (const run of result.runs) {
      expect(run.answered + run.failed + run.lost).toBe(run.requests);
      expect(run.histogram.reduce((a, b) => a + b, 0)).toBe(run.answered);
      expect(run.late).toBeLessThanOrEqual(run.answered);
    }
    const bus = result.runs.find((r) => r.mode === 'bus')!;
    expect(bus.failed).toBe(0);
    expect(bus.lost).toBeGreaterThan(0); // a 30 s outage against 20 s of retention
    // About λ × (outage − retention) = 50 × 10 = 500: a Poisson count, sd √500 ≈ 22, 4 sd ≈ 90.
    expect(Math.abs(bus.lost - result.bus!.predictedLost)).toBeLessThan(90);
  });

  it('is reproducible from its seed, and another seed gives another run', () => {
    expect(runDataflow(small())).toEqual(runDataflow(small()));
    expect(runDataflow(small({ seed: 7 })).runs[1]!.failed).not.toBe(runDataflow(small()).runs[1]!.failed);
  });

  it("shows B's slow queries in A's tail on the shared database", () => {
    const result = runDataflow(small({ mode: 'db', failureRate: 0, slowQueriesPerSec: 2, slowQueryMs: 1500, timeoutMs: 5000 }));
    const withB = result.runs[0]!.endToEnd!.p99;
    expect(withB).toBeGreaterThan(2 * result.db!.withoutB.p99!);
  });
});

describe('the sweep', () => {
  const progress: DataflowProgress[] = [];
  const result = runDataflow(small({ sweep: true, requestRate: 40, runSec: 30, outageStartSec: 10, outageSec: 3 }), { progress: (p) => progress.push(p) });
  const sweep = result.sweep!;

  it('runs all three modes at every swept failure rate and every chain length', () => {
    expect(sweep.rows.map((r) => r.failureRate)).toEqual([...SWEEP_FAILURE_RATES]);
    expect(sweep.hops.map((h) => h.hops)).toEqual([...SWEEP_HOPS]);
    expect(sweep.crossovers.map((c) => `${c.a}-${c.b}`)).toEqual(['rpc-bus', 'rpc-db', 'db-bus']);
  });

  it('contains the main run as its point at the same failure rate', () => {
    const row = sweep.rows.find((r) => r.failureRate === 0.01)!;
    for (const run of result.runs) expect(row[run.mode].missedShare).toBe(run.missedShare);
    const hop = sweep.hops.find((h) => h.hops === 4)!;
    expect(hop.errorRate).toBe(result.runs.find((r) => r.mode === 'rpc')!.errorRate);
  });

  it('has the chain’s error rate rise with the failure rate and with hops', () => {
    const chain = sweep.rows.map((r) => r.rpc.errorRate);
    expect(chain[0]).toBe(0);
    expect(chain.at(-1)!).toBeGreaterThan(0.6); // 1 − 0.7⁴ = 76 %
    const byHops = sweep.hops.map((h) => h.predictedErrorRate);
    expect(byHops).toEqual([...byHops].sort((a, b) => a - b));
  });

  it('reports progress up to its total, in order', () => {
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
  });
});

describe('finding where one mode overtakes another', () => {
  const rates = [0, 0.01, 0.02, 0.04];

  it('finds the change of leader and interpolates where the lines cross', () => {
    const crossover = leadChanges(rates, 'rpc', [0, 0.01, 0.02, 0.04], 'bus', [0.03, 0.03, 0.03, 0.03]);
    expect(crossover.atStart).toBe('rpc');
    expect(crossover.changes).toEqual([{ fromRate: 0.02, toRate: 0.04, estimate: 0.03, leader: 'bus' }]);
    expect(overtakesAt(crossover, 'bus')).toEqual(crossover.changes[0]);
    expect(overtakesAt(crossover, 'rpc')).toBe('from-start');
  });

  it('passes over ties, and treats a tie at the start as nobody leading', () => {
    const crossover = leadChanges(rates, 'rpc', [0, 0.02, 0.02, 0.05], 'bus', [0, 0.01, 0.02, 0.01]);
    expect(crossover.atStart).toBe('tie');
    expect(crossover.changes).toEqual([{ fromRate: 0, toRate: 0.01, estimate: 0, leader: 'bus' }]);
    expect(overtakesAt(crossover, 'bus')).toEqual(crossover.changes[0]);
    expect(overtakesAt(crossover, 'rpc')).toBeNull();
  });

  it('lists every change when the lead goes back and forth', () => {
    const crossover = leadChanges(rates, 'rpc', [0, 0.04, 0.05, 0.5], 'bus', [0.02, 0.02, 0.1, 0.4]);
    expect(crossover.changes.map((c) => c.leader)).toEqual(['bus', 'rpc', 'bus']);
  });
});
