import { z } from 'zod';

export const SANDBOX_ID = 'batch-stream';
export const RESULTS_VERSION = 1;

/** The run simulates at most this many events (they are generated, aggregated and timed in the worker). */
export const MAX_EVENTS = 1_000_000;
/** A window sweep or a rate sweep skips any point that would simulate more events or jobs than this. */
export const MAX_SWEEP_EVENTS = 2_000_000;
export const MAX_JOBS = 1_000_000;
/** Events carry one of this many keys; the per-key aggregation is the real work. */
export const KEY_COUNT = 1024;

export const modes = ['batch', 'micro', 'stream'] as const;
export type Mode = (typeof modes)[number];
export const modeLabel: Record<Mode, string> = { batch: 'Batch', micro: 'Micro-batch', stream: 'Stream' };

const positive = (what: string, unit: string, min: number, max: number, minText: string, maxText: string) =>
  z
    .number({ error: `Enter the ${what} as a number of ${unit}.` })
    .min(min, minText)
    .max(max, maxText);

export const batchStreamParamsSchema = z
  .object({
    rate: positive('event rate', 'events per second', 0.01, 10_000, 'Use at least 0.01 events per second.', 'At most 10,000 events per second.'),
    arrivals: z.enum(['steady', 'bursty'], { error: 'Choose steady or bursty arrivals.' }),
    duration: positive('run length', 'seconds', 10, 172_800, 'Run for at least 10 seconds.', 'At most 172,800 seconds (two days).'),
    batchWindow: positive('batch window', 'seconds', 0.01, 86_400, 'The batch window must be at least 0.01 s.', 'The batch window can be at most 86,400 s (a day).'),
    batchOverhead: positive('start-up cost of a batch job', 'seconds', 0, 3_600, 'A start-up cost cannot be negative.', 'At most 3,600 s of start-up per job.'),
    microWindow: positive('micro-batch window', 'seconds', 0.01, 3_600, 'The micro-batch window must be at least 0.01 s.', 'The micro-batch window can be at most 3,600 s.'),
    microOverhead: positive('cost of each micro-batch', 'seconds', 0, 600, 'A per-batch cost cannot be negative.', 'At most 600 s per micro-batch.'),
    eventOverheadMs: positive('per-event overhead', 'milliseconds', 0, 60_000, 'A per-event overhead cannot be negative.', 'At most 60,000 ms per event.'),
    costMode: z.enum(['measured', 'fixed'], { error: 'Choose measured or fixed work cost.' }),
    costPerEventUs: positive('work per event', 'microseconds', 0, 1_000_000, 'Work per event cannot be negative.', 'At most 1,000,000 µs (one second) of work per event.'),
    seed: z.number({ error: 'Enter a whole number as the seed.' }).int('Enter a whole number as the seed.').min(0, 'The seed is 0 or more.').max(4_294_967_295, 'The seed is at most 4,294,967,295.'),
  })
  .superRefine((p, context) => {
    const events = p.rate * p.duration;
    if (events > MAX_EVENTS) {
      context.addIssue({
        code: 'custom',
        path: ['rate'],
        message: `${p.rate.toLocaleString('en-US')} events/s for ${p.duration.toLocaleString('en-US')} s is ${Math.round(events).toLocaleString('en-US')} events; at most ${MAX_EVENTS.toLocaleString('en-US')}. Lower the rate or shorten the run.`,
      });
    }
    if (p.duration < p.batchWindow) {
      context.addIssue({ code: 'custom', path: ['duration'], message: 'Run for at least one batch window, or there is no batch to process.' });
    }
    if (p.microWindow >= p.batchWindow) {
      context.addIssue({ code: 'custom', path: ['microWindow'], message: 'The micro-batch window must be shorter than the batch window.' });
    }
    if (p.duration / p.microWindow > MAX_JOBS) {
      context.addIssue({
        code: 'custom',
        path: ['microWindow'],
        message: `That is ${Math.ceil(p.duration / p.microWindow).toLocaleString('en-US')} micro-batches; at most ${MAX_JOBS.toLocaleString('en-US')}. Use a longer micro-batch window or a shorter run.`,
      });
    }
  });
export type BatchStreamParams = z.infer<typeof batchStreamParamsSchema>;

/** The chapter's callout: a job that spends 60 s starting up, run hourly, every five minutes, or every minute. */
export const defaultBatchStreamParams: BatchStreamParams = {
  rate: 50,
  arrivals: 'steady',
  duration: 7_200,
  batchWindow: 300,
  batchOverhead: 60,
  microWindow: 1,
  microOverhead: 0.2,
  eventOverheadMs: 5,
  costMode: 'measured',
  costPerEventUs: 20,
  seed: 42,
};

export interface LatencySummary {
  /** Seconds from an event's arrival to the moment its result is visible. */
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

export interface ModeResult {
  mode: Mode;
  /** Window length in seconds; null for the stream, which handles each event on arrival. */
  window: number | null;
  /** Fixed simulated cost per job (batch, micro-batch) or per event (stream), in seconds. */
  overheadSeconds: number;
  /** Jobs run; for the stream, one per event. */
  jobs: number;
  events: number;
  /** Mean simulated service time of one job (or one event), in seconds. */
  meanServiceSeconds: number;
  latency: LatencySummary;
  /** Events per second from the first arrival to the last visible result. */
  throughput: number;
  /** The highest mean rate this mode could keep up with (events/s); null when unbounded. */
  capacity: number | null;
  /** Closed-form utilisation at the mean rate: work per second of arrivals. */
  utilisation: number;
  /** Share of the elapsed time the processor was working (start-up included). */
  busyShare: number;
  /** Share of the elapsed time the machines are held: a batch cluster only while a job runs; an always-on engine all the time. */
  reservedShare: number;
  /** Events that had arrived but were not yet visible when arrivals stopped. */
  backlogAtEnd: number;
  /** When the last result became visible, in seconds from the start. */
  lastResultAt: number;
  /** Real per-key totals computed in this mode's rhythm; equal across modes. */
  checksum: number;
}

export interface SweepPoint {
  window: number;
  /** A job per window paying the batch start-up cost. */
  batch: SweepCell;
  /** An always-on engine paying the micro-batch cost per window. */
  engine: SweepCell;
}

export interface SweepCell {
  meanLatency: number;
  maxLatency: number;
  busyShare: number;
  throughput: number;
  keepsUp: boolean;
}

export interface RatePoint {
  rate: number;
  /** Null when the point was skipped as too large to simulate. */
  cells: Record<Mode, SweepCell> | null;
}

export interface BatchStreamResult {
  events: number;
  duration: number;
  rate: number;
  arrivals: 'steady' | 'bursty';
  keys: number;
  cost: {
    mode: 'measured' | 'fixed';
    /** The work cost per event the simulated clock uses, in seconds. */
    perEventSeconds: number;
    /** How it was measured, when it was: median and spread of ns per event over timed samples. */
    measured: { nsPerEvent: number; minNs: number; maxNs: number; sampleEvents: number; repeats: number } | null;
  };
  modes: ModeResult[];
  sweep: SweepPoint[];
  rates: RatePoint[];
}

export interface BatchStreamProgress {
  phase: 'generating' | 'measuring' | 'simulating' | 'sweeping';
  fraction: number;
}
