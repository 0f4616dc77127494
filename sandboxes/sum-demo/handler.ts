import { defineHandler } from '@/lib/sandbox/serve';
import { runSum } from './compute';
import { sumParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: sumParamsSchema,
  run: (params, { progress, env }) => runSum(params, { now: env.now, progress }),
});
