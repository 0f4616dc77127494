import { defineHandler } from '@/lib/sandbox/serve';
import { runDataflow } from './compute';
import { dataflowParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: a simulation on a simulated clock, so it needs no engine and no real clock. */
export const handler = defineHandler({
  schema: dataflowParamsSchema,
  run: (params, { progress }) => runDataflow(params, { progress }),
});
