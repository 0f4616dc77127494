import type { SandboxRunner } from '@/lib/sandbox/runner';
import { modelsExercises } from './exercises';
import { modelsParamsSchema, RESULTS_VERSION, SANDBOX_ID, type ModelsParams, type ModelsResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<ModelsParams, ModelsResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: modelsParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: modelsExercises,
};
