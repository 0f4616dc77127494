import { defineHandler } from '@/lib/sandbox/serve';
import { runBatchStream } from './compute';
import { batchStreamParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: batchStreamParamsSchema,
  run: (params, { progress, env }) => runBatchStream(params, { now: env.now, progress }),
});
