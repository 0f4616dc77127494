import { formatNumber } from '@/lib/format';
import { formatRate, formatSeconds, formatShare } from './format';
import { modeLabel, type BatchStreamResult, type ModeResult } from './model';
import { steadyWindowedMeanWait } from './simulate';

/** Sentences about this run, from its own numbers: what the work cost, what each mode did, what the sweep shows. */
export function explainRun(result: BatchStreamResult): string[] {
  const sentences: string[] = [];
  const { cost } = result;
  sentences.push(
    cost.measured
      ? `The real work, a count and a sum per key over ${formatNumber(result.keys)} keys, took ${cost.measured.nsPerEvent.toPrecision(3)} ns per event in this browser (median of ${cost.measured.repeats} timed samples of ${formatNumber(cost.measured.sampleEvents)} events; range ${cost.measured.minNs.toPrecision(3)}–${cost.measured.maxNs.toPrecision(3)} ns). The simulated clock charges that per event and adds the fixed costs you set, which are far larger.`
      : `Each event's work is set to ${formatSeconds(cost.perEventSeconds)} (fixed mode), so this run gives the same numbers on every machine. The aggregation itself still ran for real in every mode.`,
  );
  for (const mode of result.modes) sentences.push(explainMode(mode, result));
  const [batch, micro, stream] = result.modes;
  if (batch && micro && stream) {
    sentences.push(
      `The processor was busy ${formatShare(batch.busyShare)} of the time in batch mode, ${formatShare(micro.busyShare)} in micro-batch mode and ${formatShare(stream.busyShare)} in stream mode. A batch cluster can be released between jobs, but the micro-batch and stream engines hold their machines for the whole run whether events pour in or trickle: that is the running cost of a pipeline that never finishes.`,
    );
  }
  const firstKeepingUp = result.sweep.find((p) => p.batch.keepsUp);
  if (batch && firstKeepingUp) {
    const stalled = result.sweep.filter((p) => !p.batch.keepsUp && p.window < firstKeepingUp.window);
    sentences.push(
      stalled.length > 0
        ? `In the window sweep, a fresh job per window first keeps up at W = ${formatSeconds(firstKeepingUp.window)}; at ${formatSeconds(stalled[stalled.length - 1]!.window)} and below, the ${formatSeconds(batch.overheadSeconds)} start-up alone fills the window and the queue grows. Above that, each doubling of W adds about half the old W to the mean wait and, while the start-up dominates the job, roughly halves the busy share.`
        : `In the window sweep every window keeps up; each doubling of W adds about half the old W to the mean wait and, while the start-up dominates the job, roughly halves the busy share.`,
    );
  }
  return sentences;
}

function explainMode(mode: ModeResult, result: BatchStreamResult): string {
  const name = modeLabel[mode.mode];
  if (mode.utilisation >= 1) {
    return `${name}: utilisation ${mode.utilisation.toFixed(2)}, at or above 1, so the processor cannot keep up and the queue grows for as long as events arrive: ${formatNumber(mode.backlogAtEnd)} events were still waiting when arrivals stopped, the last result appeared ${formatSeconds(mode.lastResultAt - result.duration)} after that, and the longest wait was ${formatSeconds(mode.latency.max)}. A longer run would make it longer still.`;
  }
  if (mode.window === null) {
    const service = mode.meanServiceSeconds;
    const queued = mode.latency.p95 > service * 1.01;
    return `${name}: each event costs ${formatSeconds(service)} (${formatSeconds(mode.overheadSeconds)} overhead plus its work), a utilisation of ${mode.utilisation.toFixed(2)} at ${formatRate(result.rate)}. ${
      queued
        ? `Bursts still queue events behind one another: the median wait was ${formatSeconds(mode.latency.p50)} but the 95th percentile ${formatSeconds(mode.latency.p95)}.`
        : `No event waits behind another, so every latency equals the service time: p50 ${formatSeconds(mode.latency.p50)}, max ${formatSeconds(mode.latency.max)}.`
    } It could absorb up to ${formatRate(mode.capacity)}.`;
  }
  let steadyCheck = '';
  if (result.arrivals === 'steady' && mode.utilisation < 1) {
    const exact = steadyWindowedMeanWait(result.rate, { window: mode.window, overhead: mode.overheadSeconds, costPerEvent: result.cost.perEventSeconds, horizon: result.duration });
    steadyCheck =
      exact.partialSeconds === 0
        ? ` With steady arrivals and no queueing the closed form W/2 + job time gives ${formatSeconds(exact.mean)}; the simulation gave ${formatSeconds(mode.latency.mean)}.`
        : ` With steady arrivals and no queueing a full window's events wait W/2 + job time on average, but this run is ${formatNumber(exact.fullWindows)} full window${exact.fullWindows === 1 ? '' : 's'} and a last one of ${formatSeconds(exact.partialSeconds)}, whose events still wait for the whole window to close: W − r/2 on average (r being the part of it that had arrivals), plus a shorter job. Weighting both by their events, the closed form gives ${formatSeconds(exact.mean)}; the simulation gave ${formatSeconds(mode.latency.mean)}.`;
  }
  return `${name}: a job every ${formatSeconds(mode.window)} took ${formatSeconds(mode.meanServiceSeconds)} on average (${formatSeconds(mode.overheadSeconds)} fixed plus about ${formatNumber(Math.round(mode.events / mode.jobs))} events of work). Events waited ${formatSeconds(mode.latency.mean)} on average, ${formatSeconds(mode.latency.max)} at most.${steadyCheck}`;
}
