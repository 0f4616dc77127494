import type { SandboxRunner } from '@/lib/sandbox/runner';
import { oltpExercises } from './exercises';
import { RESULTS_VERSION, SANDBOX_ID, oltpParamsSchema, type OltpParams, type OltpResult } from './model';

/** This sandbox without its view: the page's sandbox and the assignment review both run it through here. */
export const runner: SandboxRunner<OltpParams, OltpResult> = {
  id: SANDBOX_ID,
  op: 'run',
  version: RESULTS_VERSION,
  schema: oltpParamsSchema,
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: oltpExercises,
  forDownload: (r) => ({ ...r, engines: r.engines.map((e) => ({ ...e, mix: { ...e.mix, lookupLatencySamples: undefined } })) }),
};
