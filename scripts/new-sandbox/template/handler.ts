import { defineHandler } from '@/lib/sandbox/serve';
import { estimatePi } from './compute';
import { sandboxTemplateParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: sandboxTemplateParamsSchema,
  run: (params, { progress, env }) => estimatePi(params, { now: env.now, progress }),
});
