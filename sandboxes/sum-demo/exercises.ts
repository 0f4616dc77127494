import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { SumParams, SumResult } from './model';

type SumExercise = Exercise<SumParams, SumResult>;

/** The values are seeded, so their mean is the same on every machine. */
export const meanOfValues: SumExercise = {
  id: 'sum-demo-mean',
  prompt: 'What is the mean of the values your run summed, to three decimals? Why is it close to 0.5?',
  fields: [{ name: 'mean', kind: 'number', label: 'Mean' }],
  deterministic: true,
  evidence: (r) => ({ size: r.size, sum: r.sum, mean: r.mean }),
  check(result, answers) {
    const answer = numberAnswer(answers, 'mean');
    if (!(Math.abs(answer - result.mean) < 0.0015)) return { pass: false, feedback: 'Not yet: read the mean from the results, rounded to three decimals.' };
    return { pass: true, feedback: `Yes: ${result.mean.toFixed(4)}. The values are uniform between 0 and 1, so their mean tends to 0.5 as the count grows.` };
  },
};

export const throughput: SumExercise = {
  id: 'sum-demo-throughput',
  prompt: 'How many gigabytes per second did your browser sum through, at the median pass?',
  fields: [{ name: 'gbps', kind: 'number', label: 'Throughput', unit: 'GB/s' }],
  deterministic: false,
  check(result, answers) {
    if (!near(numberAnswer(answers, 'gbps'), result.gbPerSecond)) return { pass: false, feedback: 'Not yet: bytes summed ÷ the median pass time gives GB/s; the results show it.' };
    return { pass: true, feedback: `Yes: about ${result.gbPerSecond.toFixed(1)} GB/s on this machine, one column of doubles read in order.` };
  },
};

export const sumExercises: readonly SumExercise[] = [meanOfValues, throughput];
