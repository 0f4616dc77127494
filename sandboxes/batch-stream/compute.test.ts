import { describe, expect, it } from 'vitest';
import { KeyTotals, WindowJob, aggregateRange, processEvent } from './aggregate';
import { generateArrivals, generateStream, type EventStream } from './arrivals';
import { runBatchStream, sweepWindows } from './compute';
import { batchStreamParamsSchema, defaultBatchStreamParams, KEY_COUNT, type BatchStreamParams } from './model';
import { simulatePerEvent, simulateWindows, steadyWindowedMeanWait, windowedCapacity, windowedUtilisation } from './simulate';

const hooks = { now: () => performance.now(), progress: () => {} };
const fixed = (overrides: Partial<BatchStreamParams>): BatchStreamParams =>
  batchStreamParamsSchema.parse({ ...defaultBatchStreamParams, costMode: 'fixed', ...overrides });

describe('the real work: a count and a sum per key', () => {
  const tiny: EventStream = { arrivals: Float64Array.of(0.1, 0.2, 0.3, 0.4), keys: Uint16Array.of(1, 1, 2, 1), values: Uint8Array.of(5, 7, 9, 1) };

  it('aggregates a hand-checked range', () => {
    const totals = new KeyTotals();
    aggregateRange(tiny, 0, 3, totals);
    expect([totals.counts[1], totals.sums[1], totals.counts[2], totals.sums[2]]).toEqual([2, 12, 1, 9]);
    // checksum = Σ (key + 1) × count + sum = 2×2 + 12 + 3×1 + 9
    expect(totals.checksum()).toBe(28);
  });

  it('gives the same totals job by job, in one job, and event by event', () => {
    const oneJob = new KeyTotals();
    new WindowJob().run(tiny, 0, 4, oneJob);
    const twoJobs = new KeyTotals();
    const job = new WindowJob();
    job.run(tiny, 0, 2, twoJobs);
    job.run(tiny, 2, 4, twoJobs);
    const perEvent = new KeyTotals();
    const visible = [0, 1, 2, 3].map((i) => processEvent(tiny, i, perEvent));
    expect(visible).toEqual([5, 12, 9, 13]); // each event makes its key's running total visible
    expect(twoJobs.checksum()).toBe(oneJob.checksum());
    expect(perEvent.checksum()).toBe(oneJob.checksum());
  });
});

describe('arrivals', () => {
  it('steady arrivals sit mid-slot: rate × W of them in every window', () => {
    const a = generateArrivals(4, 10, 'steady', 1);
    expect(a.length).toBe(40);
    expect([a[0], a[1], a[39]]).toEqual([0.125, 0.375, 9.875]);
  });

  it('bursty arrivals keep the mean rate but bunch up', () => {
    const rate = 20;
    const duration = 20_000;
    const a = generateArrivals(rate, duration, 'bursty', 7);
    expect(a.length / duration).toBeGreaterThan(rate * 0.9);
    expect(a.length / duration).toBeLessThan(rate * 1.1);
    // Counts per 10 s: a Poisson stream has variance ≈ mean (200); bursts make it far larger.
    const counts = new Array(duration / 10).fill(0);
    for (const t of a) counts[Math.floor(t / 10)]++;
    const mean = counts.reduce((s, x) => s + x, 0) / counts.length;
    const variance = counts.reduce((s, x) => s + (x - mean) ** 2, 0) / counts.length;
    expect(variance).toBeGreaterThan(mean * 10);
    expect(a.every((t, i) => i === 0 || t >= a[i - 1]!)).toBe(true);
  });

  it('the same seed gives the same stream, another seed another', () => {
    const a = generateStream(5, 500, 'bursty', 3);
    expect(generateStream(5, 500, 'bursty', 3)).toEqual(a);
    expect(generateStream(5, 500, 'bursty', 4).arrivals).not.toEqual(a.arrivals);
    expect(Math.max(...a.keys)).toBeLessThan(KEY_COUNT);
  });
});

describe('closed forms on the simulated clock', () => {
  it('batch, steady arrivals, no queueing: mean latency = W/2 + job time', () => {
    const arrivals = generateArrivals(10, 600, 'steady', 1);
    const latencies = new Float64Array(arrivals.length);
    const out = simulateWindows(arrivals, { window: 60, overhead: 5, costPerEvent: 0.001, horizon: 600 }, undefined, latencies);
    const job = 5 + 10 * 60 * 0.001; // 5.6 s
    expect(out.jobs).toBe(10);
    expect(out.latencySum / out.events).toBeCloseTo(60 / 2 + job, 9);
    expect(out.latencyMax).toBeCloseTo(60 - 0.05 + job, 9); // the first event of a window waits longest
    expect(Math.min(...latencies)).toBeCloseTo(0.05 + job, 9);
    expect(out.busySeconds).toBeCloseTo(10 * job, 9);
    expect(out.lastResultAt).toBeCloseTo(600 + job, 9);
    expect(out.backlogAtEnd).toBe(600); // the last window's 600 events are still being processed when arrivals stop
  });

  it('batch, steady arrivals, a run that is not a whole number of windows: the partial last window counts', () => {
    // 1,000 s at 10 events/s, W = 300 s, 60 s start-up, 1 ms per event: three full windows and a last one of 100 s.
    // Full windows: 3,000 events wait 150 + (60 + 3) = 213 s on average. The last window's 1,000 events arrive in
    // [900, 1000) but its job starts at 1,200: they wait 300 − 50 + (60 + 1) = 311 s. Mean: (9,000 × 213 + 1,000 × 311) / 10,000.
    const setup = { window: 300, overhead: 60, costPerEvent: 0.001, horizon: 1_000 };
    const arrivals = generateArrivals(10, 1_000, 'steady', 1);
    const out = simulateWindows(arrivals, setup);
    const exact = steadyWindowedMeanWait(10, setup);
    expect(exact).toMatchObject({ fullWindows: 3, partialSeconds: 100 });
    expect(exact.mean).toBeCloseTo(222.8, 9);
    expect(out.latencySum / out.events).toBeCloseTo(222.8, 9);
    // W/2 + the mean job time (what the explanation used to print) misses by more than 10 s.
    expect(150 + out.busySeconds / out.jobs).toBeCloseTo(212.5, 9);
    // A whole number of windows gives back W/2 + job time.
    expect(steadyWindowedMeanWait(10, { ...setup, horizon: 1_200 })).toMatchObject({ mean: 213, fullWindows: 4, partialSeconds: 0 });
  });

  it('stream, utilisation below 1: every event waits exactly its own service time', () => {
    const arrivals = generateArrivals(10, 100, 'steady', 1);
    const latencies = new Float64Array(arrivals.length);
    const out = simulatePerEvent(arrivals, 0.006, 100, undefined, latencies);
    expect(Math.min(...latencies)).toBeCloseTo(0.006, 12);
    expect(Math.max(...latencies)).toBeCloseTo(0.006, 12);
    expect(out.busySeconds / out.lastResultAt).toBeCloseTo((1000 * 0.006) / (99.95 + 0.006), 9);
    expect(out.backlogAtEnd).toBe(0);
  });

  it('stream, utilisation at or above 1: the queue grows for as long as events come', () => {
    const rate = 200;
    const service = 0.006; // utilisation 1.2
    const arrivals = generateArrivals(rate, 50, 'steady', 1);
    const n = arrivals.length;
    const latencies = new Float64Array(n);
    const out = simulatePerEvent(arrivals, service, 50, undefined, latencies);
    // Never idle after the first arrival: the last result appears at 0.5/rate + n × service.
    expect(out.lastResultAt).toBeCloseTo(0.5 / rate + n * service, 9);
    expect(out.latencyMax).toBeCloseTo(n * service - (n - 1) / rate, 9);
    expect(latencies.every((t, i) => i === 0 || t > latencies[i - 1]!)).toBe(true);
    expect(out.backlogAtEnd).toBeGreaterThan(n / 10);
  });

  it('batch jobs that take longer than their window back up one behind another', () => {
    const arrivals = generateArrivals(1, 600, 'steady', 1);
    const out = simulateWindows(arrivals, { window: 60, overhead: 90, costPerEvent: 0, horizon: 600 });
    expect(out.lastResultAt).toBe(60 + 10 * 90);
    expect(windowedUtilisation(1, { window: 60, overhead: 90, costPerEvent: 0 })).toBe(1.5);
    expect(windowedCapacity({ window: 60, overhead: 90, costPerEvent: 0 })).toBe(0);
    expect(out.backlogAtEnd).toBe(4 * 60); // windows 7 to 10 end after 600 s (60 + 7 × 90 = 690)
  });

  it('the chapter callout: 60 s of start-up is 2% of an hourly schedule, 20% of a five-minute one, all of a one-minute one', () => {
    const busy = (window: number) => {
      const r = runBatchStream(fixed({ rate: 1, duration: 7_200, batchWindow: window, microWindow: 0.5, costPerEventUs: 0 }), hooks).modes[0]!;
      return r.utilisation;
    };
    expect(busy(3_600)).toBeCloseTo(60 / 3_600, 12);
    expect(busy(300)).toBeCloseTo(0.2, 12);
    expect(busy(60)).toBe(1);
  });

  it('capacity: windowed jobs keep up with (W − overhead) / (W × cost) events per second', () => {
    expect(windowedCapacity({ window: 300, overhead: 60, costPerEvent: 0.001 })).toBeCloseTo(800, 9);
    expect(windowedCapacity({ window: 300, overhead: 60, costPerEvent: 0 })).toBeNull();
  });
});

describe('runBatchStream', () => {
  const params = fixed({ rate: 10, duration: 1_200, batchWindow: 300, batchOverhead: 60, microWindow: 1, microOverhead: 0.2, eventOverheadMs: 5, costPerEventUs: 1_000 });
  const result = runBatchStream(params, hooks);
  const [batch, micro, stream] = result.modes;

  it('reports the three modes with the closed-form latencies', () => {
    expect(result.events).toBe(12_000);
    expect(batch!.latency.mean).toBeCloseTo(150 + 60 + 3_000 * 0.001, 9);
    expect(batch!.latency.p50).toBeCloseTo(150 + 63, 6);
    expect(micro!.latency.mean).toBeCloseTo(0.5 + 0.2 + 10 * 0.001, 9);
    expect(stream!.latency.p50).toBeCloseTo(0.006, 12);
    expect(stream!.latency.max).toBeCloseTo(0.006, 12);
    expect(stream!.utilisation).toBeCloseTo(0.06, 12);
    expect(stream!.capacity).toBeCloseTo(1 / 0.006, 9);
    expect(result.modes.every((m) => m.utilisation < 1 && m.backlogAtEnd < m.events)).toBe(true);
  });

  it('computes the same per-key totals in every rhythm', () => {
    expect(new Set(result.modes.map((m) => m.checksum)).size).toBe(1);
  });

  it('holds machines for the whole run only in the always-on modes', () => {
    expect(batch!.reservedShare).toBeCloseTo(batch!.busyShare, 12);
    expect(micro!.reservedShare).toBe(1);
    expect(stream!.reservedShare).toBe(1);
    expect(batch!.busyShare).toBeCloseTo((4 * 63) / (1_200 + 63), 9);
  });

  it('sweeps W: waits grow by W/2 while busy shares fall', () => {
    const points = result.sweep.filter((p) => p.batch.keepsUp);
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      expect(b.batch.meanLatency).toBeGreaterThan(a.batch.meanLatency);
      expect(b.batch.busyShare).toBeLessThan(a.batch.busyShare);
    }
    const at300 = result.sweep.find((p) => p.window === 300)!;
    const at600 = result.sweep.find((p) => p.window === 600)!;
    expect(at600.batch.meanLatency - at300.batch.meanLatency).toBeCloseTo(150 + 3, 9); // W/2 grows by 150 s; the job by 3,000 events × 1 ms
    expect(result.sweep.find((p) => p.window === 60)!.batch.keepsUp).toBe(false);
    expect(sweepWindows(params)).toEqual([0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1_200]);
  });

  it('sweeps the rate: the stream stops keeping up past 1 / service time', () => {
    const heavy = runBatchStream(fixed({ rate: 60, duration: 600, batchWindow: 300, microWindow: 1, eventOverheadMs: 5, costPerEventUs: 1_000 }), hooks);
    const keeps = heavy.rates.map((r) => [r.rate, r.cells?.stream.keepsUp]);
    expect(keeps).toEqual([
      [30, true],
      [60, true],
      [120, true],
      [180, false], // 180 × 6 ms = 1.08
      [300, false],
    ]);
  });

  it('is the same for the same params and seed', () => {
    expect(runBatchStream(params, hooks)).toEqual(result);
  });

  it('bursts lengthen the stream’s tail at the same mean rate', () => {
    const steady = runBatchStream(fixed({ rate: 100, duration: 3_600, arrivals: 'steady', eventOverheadMs: 5, costPerEventUs: 0 }), hooks);
    const bursty = runBatchStream(fixed({ rate: 100, duration: 3_600, arrivals: 'bursty', eventOverheadMs: 5, costPerEventUs: 0 }), hooks);
    expect(steady.modes[2]!.latency.p95).toBeCloseTo(0.005, 12);
    expect(bursty.modes[2]!.latency.p95).toBeGreaterThan(0.01);
  }, 30_000); // two runs of 360,000 events with their sweeps: past 5 s on a busy machine

  it('measures the real work when asked, with a spread', () => {
    const measured = runBatchStream({ ...params, costMode: 'measured' }, hooks);
    const m = measured.cost.measured!;
    expect(measured.cost.perEventSeconds).toBeGreaterThan(0);
    expect(m.nsPerEvent).toBeGreaterThanOrEqual(m.minNs);
    expect(m.nsPerEvent).toBeLessThanOrEqual(m.maxNs);
    expect(measured.modes[0]!.checksum).toBe(result.modes[0]!.checksum);
  });
});

describe('the params schema', () => {
  const refuse = (overrides: Partial<Record<keyof BatchStreamParams, unknown>>) => {
    const parsed = batchStreamParamsSchema.safeParse({ ...defaultBatchStreamParams, ...overrides });
    expect(parsed.success).toBe(false);
    return parsed.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  };

  it('refuses bad inputs with a reason beside the right control', () => {
    expect(refuse({ rate: 0 })).toEqual(['rate: Use at least 0.01 events per second.']);
    expect(refuse({ rate: 1e9 })[0]).toBe('rate: At most 10,000 events per second.');
    expect(refuse({ rate: 1_000, duration: 7_200 })).toEqual([expect.stringMatching(/^rate: .*7,200,000 events; at most 1,000,000/)]);
    expect(refuse({ microWindow: 300 })).toEqual(['microWindow: The micro-batch window must be shorter than the batch window.']);
    expect(refuse({ duration: 100 })).toContain('duration: Run for at least one batch window, or there is no batch to process.');
    expect(refuse({ batchOverhead: -1 })).toEqual(['batchOverhead: A start-up cost cannot be negative.']);
    expect(refuse({ arrivals: 'random' })).toEqual(['arrivals: Choose steady or bursty arrivals.']);
    expect(refuse({ microWindow: 0.01, duration: 172_800, rate: 1, batchWindow: 300 })[0]).toMatch(/^microWindow: That is 17,280,000 micro-batches/);
  });

  it('accepts the defaults', () => {
    expect(batchStreamParamsSchema.parse(defaultBatchStreamParams)).toEqual(defaultBatchStreamParams);
  });
});
