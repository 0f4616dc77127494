import { defineHandler } from '@/lib/sandbox/serve';
import { runSchemaEvolution } from './compute';
import { schemaEvolutionParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: schemaEvolutionParamsSchema,
  run: (params, { progress, env }) => runSchemaEvolution(params, { now: env.now, progress }),
});
