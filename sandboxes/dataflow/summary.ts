import { quantileSorted } from '@/lib/stats';
import type { LatencySummary, Mode, ModeRun } from './model';

/** What every mode's simulation records: each request's fate, on one simulated clock (ms). */
export interface RequestLog {
  arrivalsMs: readonly number[];
  /** When the data got through (the answer, or B processing the message the first time); NaN if it never did. */
  doneMs: Float64Array;
  /** When A stopped waiting: its answer, its error, or the broker's acknowledgement. */
  callerDoneMs: Float64Array;
  failed: number;
  lost: number;
  attempts: number;
  events: number;
}

/** Upper edges of the latency histogram's bins, in ms: a 1-2-5 series, then everything longer. */
export const HISTOGRAM_EDGES_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, Number.POSITIVE_INFINITY];

export function binIndex(ms: number): number {
  let i = 0;
  while (ms >= (HISTOGRAM_EDGES_MS[i] as number)) i++;
  return i;
}

/** Typed arrays sort numerically and several times faster than an array with a comparator; the sweep sorts about 300 of them. */
function summarize(values: Float64Array): LatencySummary | null {
  if (values.length === 0) return null;
  const sorted = Array.from(values.sort());
  let sum = 0;
  for (const v of sorted) sum += v;
  return { p50: quantileSorted(sorted, 0.5), p99: quantileSorted(sorted, 0.99), mean: sum / sorted.length, max: sorted[sorted.length - 1] as number };
}

export function summarizeRun(mode: Mode, log: RequestLog, runMs: number, deadlineMs: number): ModeRun {
  const { arrivalsMs, doneMs, callerDoneMs } = log;
  const requests = arrivalsMs.length;
  const endToEnd = new Float64Array(requests);
  const callerWait = new Float64Array(requests);
  let answered = 0;
  let waited = 0;
  const histogram = new Array<number>(HISTOGRAM_EDGES_MS.length).fill(0);
  let late = 0;
  let answeredInRun = 0;
  for (let i = 0; i < requests; i++) {
    const start = arrivalsMs[i] as number;
    const done = doneMs[i] as number;
    if (!Number.isNaN(done)) {
      const ms = done - start;
      endToEnd[answered++] = ms;
      histogram[binIndex(ms)]! += 1;
      if (ms > deadlineMs) late++;
      if (done <= runMs) answeredInRun++;
    }
    const callerDone = callerDoneMs[i] as number;
    if (!Number.isNaN(callerDone)) callerWait[waited++] = callerDone - start;
  }
  const share = (count: number) => (requests > 0 ? count / requests : 0);
  return {
    mode,
    requests,
    answered,
    failed: log.failed,
    lost: log.lost,
    late,
    errorRate: share(log.failed + log.lost),
    missedShare: share(log.failed + log.lost + late),
    throughputPerSec: answeredInRun / (runMs / 1000),
    endToEnd: summarize(endToEnd.subarray(0, answered)),
    callerWait: summarize(callerWait.subarray(0, waited)),
    attempts: log.attempts,
    histogram,
  };
}
