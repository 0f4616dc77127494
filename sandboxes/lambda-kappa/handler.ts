import { defineHandler } from '@/lib/sandbox/serve';
import { computeLambdaKappa } from './compute';
import { lambdaKappaParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: lambdaKappaParamsSchema,
  run: (params, { progress, env }) => computeLambdaKappa(params, { now: env.now, progress }),
});
