import { defineHandler } from '@/lib/sandbox/serve';
import { runSplitsLeakage } from './compute';
import { splitsLeakageParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: splitsLeakageParamsSchema,
  run: (params, { progress, env }) => runSplitsLeakage(params, { now: env.now, progress }),
});
