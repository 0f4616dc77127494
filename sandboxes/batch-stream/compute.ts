import { quantileSorted } from '@/lib/stats';
import { timeRepeated } from '@/lib/timing';
import { KeyTotals, WindowJob, aggregateRange, processEvent } from './aggregate';
import { generateArrivals, generateStream, type EventStream } from './arrivals';
import {
  KEY_COUNT,
  MAX_JOBS,
  MAX_SWEEP_EVENTS,
  type BatchStreamParams,
  type BatchStreamProgress,
  type BatchStreamResult,
  type Mode,
  type ModeResult,
  type RatePoint,
  type SweepCell,
  type SweepPoint,
} from './model';
import { simulatePerEvent, simulateWindows, windowedCapacity, windowedUtilisation, windowCount, type SimOutcome } from './simulate';

/** Window lengths the sweep tries (seconds), besides the two chosen ones. */
export const SWEEP_WINDOWS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1_200, 1_800, 3_600, 7_200, 14_400, 43_200, 86_400];
/** Multiples of the chosen rate the rate sweep tries. */
export const RATE_FACTORS = [0.5, 1, 2, 3, 5];
const CALIBRATION_EVENTS = 65_536;
const CALIBRATION_REPEATS = 7;

export interface BatchStreamHooks {
  now(): number;
  progress(progress: BatchStreamProgress): void;
}

/** Seconds of work per event: measured on this machine (median of timed samples), or the fixed value from the params. */
function perEventCost(params: BatchStreamParams, stream: EventStream, hooks: BatchStreamHooks): BatchStreamResult['cost'] {
  if (params.costMode === 'fixed') return { mode: 'fixed', perEventSeconds: params.costPerEventUs / 1e6, measured: null };
  const sample = Math.min(stream.arrivals.length, CALIBRATION_EVENTS);
  if (sample === 0) return { mode: 'measured', perEventSeconds: 0, measured: null };
  const scratch = new KeyTotals();
  const timing = timeRepeated(
    () => {
      scratch.counts.fill(0);
      scratch.sums.fill(0);
      aggregateRange(stream, 0, sample, scratch);
      return scratch.checksum();
    },
    { repeats: CALIBRATION_REPEATS, now: hooks.now, onSample: (fraction) => hooks.progress({ phase: 'measuring', fraction }) },
  );
  const ns = (ms: number) => (ms * 1e6) / sample;
  return {
    mode: 'measured',
    perEventSeconds: ns(timing.medianMs) / 1e9,
    measured: { nsPerEvent: ns(timing.medianMs), minNs: ns(timing.minMs), maxNs: ns(timing.maxMs), sampleEvents: sample, repeats: CALIBRATION_REPEATS },
  };
}

interface ModeSetup {
  mode: Mode;
  window: number | null;
  overhead: number;
}

function setups(params: BatchStreamParams): ModeSetup[] {
  return [
    { mode: 'batch', window: params.batchWindow, overhead: params.batchOverhead },
    { mode: 'micro', window: params.microWindow, overhead: params.microOverhead },
    { mode: 'stream', window: null, overhead: params.eventOverheadMs / 1000 },
  ];
}

function simulate(setup: ModeSetup, arrivals: Float64Array, costPerEvent: number, horizon: number, work?: { onJob(from: number, to: number): void; onEvent(i: number): void }, latencies?: Float64Array): SimOutcome {
  return setup.window === null
    ? simulatePerEvent(arrivals, setup.overhead + costPerEvent, horizon, work?.onEvent, latencies)
    : simulateWindows(arrivals, { window: setup.window, overhead: setup.overhead, costPerEvent, horizon }, work?.onJob, latencies);
}

function utilisation(setup: ModeSetup, rate: number, costPerEvent: number): number {
  return setup.window === null ? rate * (setup.overhead + costPerEvent) : windowedUtilisation(rate, { window: setup.window, overhead: setup.overhead, costPerEvent });
}

function capacity(setup: ModeSetup, costPerEvent: number): number | null {
  if (setup.window !== null) return windowedCapacity({ window: setup.window, overhead: setup.overhead, costPerEvent });
  const service = setup.overhead + costPerEvent;
  return service > 0 ? 1 / service : null;
}

function cell(outcome: SimOutcome, keepsUp: boolean): SweepCell {
  const elapsed = outcome.lastResultAt;
  return {
    meanLatency: outcome.events ? outcome.latencySum / outcome.events : 0,
    maxLatency: outcome.latencyMax,
    busyShare: elapsed > 0 ? Math.min(1, outcome.busySeconds / elapsed) : 0,
    throughput: elapsed > 0 ? outcome.events / elapsed : 0,
    keepsUp,
  };
}

/** Runs one mode over the stream: the real aggregation in the mode's rhythm, timed on the simulated clock. */
function runMode(setup: ModeSetup, stream: EventStream, params: BatchStreamParams, costPerEvent: number): ModeResult {
  const output = new KeyTotals();
  const job = new WindowJob();
  const latencies = new Float64Array(stream.arrivals.length);
  const outcome = simulate(
    setup,
    stream.arrivals,
    costPerEvent,
    params.duration,
    { onJob: (from, to) => job.run(stream, from, to, output), onEvent: (i) => processEvent(stream, i, output) },
    latencies,
  );
  latencies.sort();
  const sorted = Array.from(latencies);
  const rho = utilisation(setup, params.rate, costPerEvent);
  const summary = cell(outcome, rho < 1);
  const elapsed = outcome.lastResultAt;
  return {
    mode: setup.mode,
    window: setup.window,
    overheadSeconds: setup.overhead,
    jobs: outcome.jobs,
    events: outcome.events,
    meanServiceSeconds: outcome.jobs ? outcome.busySeconds / outcome.jobs : 0,
    latency: {
      mean: summary.meanLatency,
      p50: sorted.length ? quantileSorted(sorted, 0.5) : 0,
      p95: sorted.length ? quantileSorted(sorted, 0.95) : 0,
      max: summary.maxLatency,
    },
    throughput: summary.throughput,
    capacity: capacity(setup, costPerEvent),
    utilisation: rho,
    busyShare: summary.busyShare,
    // A batch cluster exists only while a job runs; a micro-batch or stream engine is up all the time.
    reservedShare: setup.mode === 'batch' ? summary.busyShare : elapsed > 0 ? 1 : 0,
    backlogAtEnd: outcome.backlogAtEnd,
    lastResultAt: outcome.lastResultAt,
    checksum: output.checksum(),
  };
}

/** The windows to sweep: the fixed grid plus both chosen windows, each short enough to fit the run and few enough jobs. */
export function sweepWindows(params: BatchStreamParams): number[] {
  const all = new Set([...SWEEP_WINDOWS, params.batchWindow, params.microWindow]);
  return [...all].filter((w) => w <= params.duration && windowCount(params.duration, w) <= MAX_JOBS).sort((a, b) => a - b);
}

export function runBatchStream(params: BatchStreamParams, hooks: BatchStreamHooks): BatchStreamResult {
  hooks.progress({ phase: 'generating', fraction: 0 });
  const stream = generateStream(params.rate, params.duration, params.arrivals, params.seed);
  const cost = perEventCost(params, stream, hooks);
  const c = cost.perEventSeconds;

  const modeSetups = setups(params);
  const results = modeSetups.map((setup, index) => {
    hooks.progress({ phase: 'simulating', fraction: index / modeSetups.length });
    return runMode(setup, stream, params, c);
  });
  const [first] = results;
  if (first && results.some((r) => r.checksum !== first.checksum)) {
    throw new Error('The three modes computed different per-key totals; the aggregation is wrong.');
  }

  const windows = sweepWindows(params);
  const ratePoints = RATE_FACTORS.length;
  const steps = windows.length + ratePoints;
  const sweep: SweepPoint[] = windows.map((window, index) => {
    hooks.progress({ phase: 'sweeping', fraction: index / steps });
    const batch: ModeSetup = { mode: 'batch', window, overhead: params.batchOverhead };
    const engine: ModeSetup = { mode: 'micro', window, overhead: params.microOverhead };
    return {
      window,
      batch: cell(simulate(batch, stream.arrivals, c, params.duration), utilisation(batch, params.rate, c) < 1),
      engine: cell(simulate(engine, stream.arrivals, c, params.duration), utilisation(engine, params.rate, c) < 1),
    };
  });

  const rates: RatePoint[] = RATE_FACTORS.map((factor, index) => {
    hooks.progress({ phase: 'sweeping', fraction: (windows.length + index) / steps });
    const rate = params.rate * factor;
    if (rate * params.duration > MAX_SWEEP_EVENTS) return { rate, cells: null };
    const arrivals = factor === 1 ? stream.arrivals : generateArrivals(rate, params.duration, params.arrivals, params.seed);
    const cells = Object.fromEntries(
      modeSetups.map((setup) => [setup.mode, cell(simulate(setup, arrivals, c, params.duration), utilisation(setup, rate, c) < 1)]),
    ) as Record<Mode, SweepCell>;
    return { rate, cells };
  });

  hooks.progress({ phase: 'sweeping', fraction: 1 });
  return {
    events: stream.arrivals.length,
    duration: params.duration,
    rate: params.rate,
    arrivals: params.arrivals,
    keys: KEY_COUNT,
    cost,
    modes: results,
    sweep,
    rates,
  };
}
