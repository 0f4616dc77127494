import type { SandboxRunner } from '@/lib/sandbox/runner';
import { etlEltExercises } from './exercises';
import { etlEltParamsSchema, RESULTS_VERSION, SANDBOX_ID, type EtlEltParams, type EtlEltResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<EtlEltParams, EtlEltResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: etlEltParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: etlEltExercises,
};
