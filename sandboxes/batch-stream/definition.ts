import { defineSandbox } from '@/lib/sandbox/define';
import { batchStreamExercises } from './exercises';
import { explainRun } from './explain';
import { batchStreamParamsSchema, defaultBatchStreamParams, modeLabel, modes, RESULTS_VERSION, SANDBOX_ID, type BatchStreamProgress } from './model';

const phaseLabel = {
  generating: 'Generating the event stream',
  measuring: 'Timing the real aggregation',
  simulating: 'Running batch, micro-batch and stream',
  sweeping: 'Sweeping the window and the rate',
} as const;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: batchStreamParamsSchema,
  defaults: defaultBatchStreamParams,
  controls: {
    rate: { label: 'Event rate (events/s)', hint: '0.01 to 10,000 events per second, on average.', decimal: true },
    arrivals: {
      label: 'Arrivals',
      hint: 'Bursty: bursts at 3× the rate (30 s on average), calm spells at ⅓ of it (90 s).',
      options: [
        ['steady', 'Steady (evenly spaced)'],
        ['bursty', 'Bursty (same mean rate)'],
      ],
    },
    duration: { label: 'Run length (s)', hint: 'Seconds of arrivals on the simulated clock.', decimal: true },
    batchWindow: { label: 'Batch window W (s)', hint: 'One batch job runs at the end of each window.', decimal: true },
    batchOverhead: { label: 'Batch job start-up (s)', hint: 'Simulated: start a cluster, load code, read metadata; paid by every job.', decimal: true },
    microWindow: { label: 'Micro-batch window (s)', hint: 'Shorter than the batch window.', decimal: true },
    microOverhead: { label: 'Cost per micro-batch (s)', hint: 'Simulated: an always-on engine’s fixed cost per small batch.', decimal: true },
    eventOverheadMs: { label: 'Stream overhead per event (ms)', hint: 'Simulated: deserialise, write state, checkpoint, for each event.', decimal: true },
    costMode: {
      label: 'Work per event',
      hint: 'Measured: the real aggregation is timed in your browser and charged per event. Fixed: the value below, the same on every machine.',
      options: [
        ['measured', 'Measured in your browser'],
        ['fixed', 'Fixed (set below)'],
      ],
    },
    costPerEventUs: { label: 'Fixed work per event (µs)', hint: 'Used only when the work per event is fixed.', decimal: true },
    seed: { label: 'Seed', hint: 'Chooses the bursts, keys and values.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: batchStreamExercises,
  progress: (p: BatchStreamProgress) => ({ fraction: p.fraction, label: `${phaseLabel[p.phase]}… ${Math.round(p.fraction * 100)}%` }),
  explain: (result) => explainRun(result),
  predictions: [
    {
      id: 'fastest',
      prompt: 'Which mode will make an event’s result visible soonest, at the median?',
      kind: 'choice',
      choices: modes.map((m) => ({ value: m, label: modeLabel[m] })),
      actual: (result) => result.modes.reduce((a, b) => (b.latency.p50 < a.latency.p50 ? b : a)).mode,
    },
    {
      id: 'batch-latency',
      prompt: 'How many seconds will the batch mode’s median latency be, from an event’s arrival to its result?',
      kind: 'number',
      unit: 's',
      min: 0,
      max: 1_000_000,
      actual: (result) => Number(result.modes.find((m) => m.mode === 'batch')!.latency.p50.toFixed(1)),
    },
  ],
});
