import type { SandboxRunner } from '@/lib/sandbox/runner';
import { batchStreamExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, batchStreamParamsSchema, type BatchStreamParams, type BatchStreamResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<BatchStreamParams, BatchStreamResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: batchStreamParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: batchStreamExercises,
};
