import { defineHandler } from '@/lib/sandbox/serve';
import { runLayout } from './compute';
import { layoutParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: layoutParamsSchema,
  run: (params, { progress, env }) => runLayout(params, { now: env.now, progress }),
});
