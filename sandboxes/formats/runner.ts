import type { SandboxRunner } from '@/lib/sandbox/runner';
import { formatsExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, formatsParamsSchema, type FormatsParams, type FormatsResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<FormatsParams, FormatsResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: formatsParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: formatsExercises,
  forDownload: (result) => ({ ...result, formats: result.formats.map(({ file: _file, ...rest }) => rest) }),
};
