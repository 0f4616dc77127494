import type { SandboxRunner } from '@/lib/sandbox/runner';
import { layoutExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, layoutParamsSchema, type LayoutParams, type LayoutResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<LayoutParams, LayoutResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: layoutParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: layoutExercises,
};
