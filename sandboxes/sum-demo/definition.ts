import { defineSandbox } from '@/lib/sandbox/define';
import { sumExercises } from './exercises';
import { defaultSumParams, RESULTS_VERSION, SANDBOX_ID, sumParamsSchema, type SumProgress } from './model';

const phaseLabels = { filling: 'Filling the array', calibrating: 'Warming up', timing: 'Timing passes' } as const;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: sumParamsSchema,
  defaults: defaultSumParams,
  controls: {
    size: { label: 'Values in the column', hint: '1,000 to 20,000,000 doubles (8 bytes each).' },
    repeats: { label: 'Timed passes', hint: '3 to 50; the result is their median.' },
    seed: { label: 'Seed', hint: 'The same seed fills the same values.' },
    failOnPurpose: { label: 'Make the worker fail (to see how errors show)' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: sumExercises,
  progress: (p: SumProgress) => ({ fraction: p.fraction, label: `${phaseLabels[p.phase]}… ${Math.round(p.fraction * 100)}%` }),
  explain: (result) => [
    `Your browser summed ${(result.bytes / 1e6).toFixed(0)} MB of doubles in ${result.medianMs.toFixed(2)} ms at the median pass: ${result.gbPerSecond.toFixed(1)} GB/s through one column read in order.`,
    `The mean is ${result.mean.toFixed(4)}: the values are seeded uniform numbers between 0 and 1, so any machine with this seed sums the same ones.`,
  ],
  predictions: [
    {
      id: 'speed',
      prompt: 'How many gigabytes per second will your browser sum one column of doubles at (the median pass)?',
      kind: 'number',
      unit: 'GB/s',
      min: 0,
      max: 1000,
      actual: (result) => Number(result.gbPerSecond.toFixed(1)),
    },
  ],
});
