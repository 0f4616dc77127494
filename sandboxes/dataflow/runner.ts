import type { SandboxRunner } from '@/lib/sandbox/runner';
import { dataflowExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, dataflowParamsSchema, type DataflowParams, type DataflowResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<DataflowParams, DataflowResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: dataflowParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: dataflowExercises,
};
