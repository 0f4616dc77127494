import type { SandboxRunner } from '@/lib/sandbox/runner';
import { sumExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, sumParamsSchema, type SumParams, type SumResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<SumParams, SumResult> = {
  id: SANDBOX_ID,
  op: 'sum',
  version: RESULTS_VERSION,
  schema: sumParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: sumExercises,
};
