import { defineHandler } from '@/lib/sandbox/serve';
import { computeDelivery } from './compute';
import { deliveryParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: deliveryParamsSchema,
  run: (params, { progress, env }) => computeDelivery(params, { now: env.now, progress }),
});
