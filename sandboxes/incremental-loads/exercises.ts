import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { IncrementalLoadsParams, IncrementalLoadsResult } from './model';

type IncrementalLoadsExercise = Exercise<IncrementalLoadsParams, IncrementalLoadsResult>;

/** The points are seeded, so the count is the same on every machine: a reviewer can re-run it. */
export const pointsInside: IncrementalLoadsExercise = {
  id: 'incremental-loads-inside',
  prompt: 'How many of your points landed inside the quarter circle?',
  fields: [{ name: 'inside', kind: 'number', label: 'Points inside' }],
  deterministic: true,
  evidence: (r) => ({ points: r.points, inside: r.inside }),
  check(result, answers) {
    if (numberAnswer(answers, 'inside') !== result.inside) return { pass: false, feedback: 'Not yet: read the count of points inside from the results.' };
    return { pass: true, feedback: `Yes: ${result.inside} of ${result.points} points, a share of ${(result.inside / result.points).toFixed(4)}, close to π/4.` };
  },
};

export const estimateOfPi: IncrementalLoadsExercise = {
  id: 'incremental-loads-estimate',
  prompt: 'Throw 4,000,000 points. What is your estimate of π, to three decimals? Is it within two standard errors of π?',
  explore: { points: 4_000_000 },
  fields: [{ name: 'estimate', kind: 'number', label: 'Estimate of π' }],
  deterministic: true,
  evidence: (r) => ({ points: r.points, inside: r.inside }),
  check(result, answers) {
    if (!(Math.abs(numberAnswer(answers, 'estimate') - result.estimate) < 0.0015)) return { pass: false, feedback: 'Not yet: read the estimate from the results, rounded to three decimals.' };
    const within = Math.abs(result.error) <= 2 * result.standardError;
    return {
      pass: true,
      feedback: `Yes: ${result.estimate.toFixed(4)}, ${Math.abs(result.error).toFixed(4)} from π, ${within ? 'within' : 'outside'} two standard errors (${(2 * result.standardError).toFixed(4)}).`,
    };
  },
};

export const incrementalLoadsExercises: readonly IncrementalLoadsExercise[] = [pointsInside, estimateOfPi];
