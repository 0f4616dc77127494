import type { SandboxRunner } from '@/lib/sandbox/runner';
import { windowsExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, windowsParamsSchema, type WindowsParams, type WindowsResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<WindowsParams, WindowsResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: windowsParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: windowsExercises,
};
