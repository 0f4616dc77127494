import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { formatRate, formatSeconds, formatShare } from './format';
import type { BatchStreamParams, BatchStreamResult } from './model';

type BatchStreamExercise = Exercise<BatchStreamParams, BatchStreamResult>;

/** The chapter's "Try it": keep the rate, double the batch window; what happens to throughput and to the wait? */
export const doubleWindow: BatchStreamExercise = {
  id: 'batch-stream-double-window',
  prompt:
    'Keep the event rate fixed and double the batch window from 300 s to 600 s: read both rows of the window sweep (under Details). By how many seconds does the mean wait of a job per window grow, and what happens to its throughput?',
  explore: { arrivals: 'steady', costMode: 'fixed', batchWindow: 300 },
  fields: [
    { name: 'growth', kind: 'number', label: 'Mean wait grows by', unit: 's' },
    {
      name: 'throughput',
      kind: 'choice',
      label: 'Throughput',
      options: [
        { value: 'same', label: 'stays about the same' },
        { value: 'more', label: 'rises' },
        { value: 'less', label: 'falls' },
      ],
    },
  ],
  deterministic: (params) => params.costMode === 'fixed',
  check(result, answers) {
    const at300 = result.sweep.find((p) => p.window === 300);
    const at600 = result.sweep.find((p) => p.window === 600);
    if (!at300 || !at600) return { pass: false, feedback: 'Your sweep has no 300 s or no 600 s row: run for at least 600 s.' };
    const growth = at600.batch.meanLatency - at300.batch.meanLatency;
    const ratio = at600.batch.throughput / at300.batch.throughput;
    const expected = ratio > 1.2 ? 'more' : ratio < 1 / 1.2 ? 'less' : 'same';
    const answer = numberAnswer(answers, 'growth');
    if (!near(answer, growth, 0.05)) {
      return { pass: false, feedback: 'Not yet. Subtract the 300 s row’s mean latency (job per window) from the 600 s row’s; expect about half the added window, plus a little longer job.' };
    }
    if (answers.throughput !== expected) {
      return {
        pass: false,
        feedback: 'The wait is right. For throughput, compare the two rows’ throughput columns: as long as the jobs keep up, the pipeline can only pass on what arrives.',
      };
    }
    return {
      pass: true,
      feedback: `Yes: the mean wait grew by ${formatSeconds(growth)} (W/2 grows by 150 s, and each job has twice the events), while throughput went from ${formatRate(at300.batch.throughput)} to ${formatRate(at600.batch.throughput)}. A longer window buys headroom, not speed: the busy share fell from ${formatShare(at300.batch.busyShare)} to ${formatShare(at600.batch.busyShare)}.`,
    };
  },
};

/** Where does the stream stop keeping up? 1 / (per-event overhead + work). */
export const streamSaturation: BatchStreamExercise = {
  id: 'batch-stream-saturation',
  prompt:
    'From your run’s per-event overhead and work cost, work out the event rate at which the stream stops keeping up (utilisation reaches 1). Then run at that rate and at 10% more, and watch the backlog.',
  explore: { costMode: 'fixed', costPerEventUs: 20, eventOverheadMs: 5 },
  fields: [{ name: 'rate', kind: 'number', label: 'Rate', unit: 'events/s' }],
  deterministic: (params) => params.costMode === 'fixed',
  check(result, answers) {
    const stream = result.modes.find((m) => m.mode === 'stream');
    if (!stream) return { pass: false, feedback: 'Run the sandbox first.' };
    if (stream.capacity === null) return { pass: false, feedback: 'With no overhead and no work per event the stream never saturates: give it a per-event overhead and run again.' };
    if (!near(numberAnswer(answers, 'rate'), stream.capacity, 0.03)) {
      return { pass: false, feedback: 'Not yet. Add the per-event overhead and the work per event, both in seconds; the stream serves one event per that many seconds.' };
    }
    return {
      pass: true,
      feedback: `Yes: one event every ${formatSeconds(stream.meanServiceSeconds)} is ${formatRate(stream.capacity)}. Below it every event waits only its own service time (with steady arrivals); at or above it the queue, and with it the latency, grows for as long as events keep coming.`,
    };
  },
};

/** The callout: 60 s of start-up every five minutes. */
export const calloutBusyShare: BatchStreamExercise = {
  id: 'batch-stream-callout',
  prompt: 'Reproduce the chapter’s callout: with a 60 s start-up per job and a job every 5 minutes (W = 300 s), what share of the time is the batch processor busy?',
  explore: { batchWindow: 300, batchOverhead: 60 },
  fields: [{ name: 'busy', kind: 'number', label: 'Busy share', unit: '%' }],
  deterministic: (params) => params.costMode === 'fixed',
  check(result, answers, params) {
    const batch = result.modes.find((m) => m.mode === 'batch');
    if (!batch) return { pass: false, feedback: 'Run the sandbox first.' };
    if (params.batchWindow !== 300 || params.batchOverhead !== 60) {
      return { pass: false, feedback: 'Set the batch window to 300 s and the start-up to 60 s (the suggested settings), then run.' };
    }
    const answer = numberAnswer(answers, 'busy');
    const measured = batch.busyShare * 100;
    if (!(Math.abs(answer - measured) <= 2 || Math.abs(answer - batch.utilisation * 100) <= 2)) {
      return { pass: false, feedback: 'Not yet. Read the batch row’s busy column, or work it out: start-up plus work per job, divided by the window.' };
    }
    return {
      pass: true,
      feedback: `Yes: ${formatShare(batch.busyShare)} of the run (60 s of every 300 s is 20%, plus the work). Hourly it would be under 2%; at W = 60 s the start-up alone fills the window.`,
    };
  },
};

export const batchStreamExercises = [doubleWindow, streamSaturation, calloutBusyShare] as const;
