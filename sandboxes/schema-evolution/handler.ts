import { defineHandler } from '@/lib/sandbox/serve';
import { schemaEvolutionParamsSchema } from './model';

/**
 * The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a
 * browser worker. avsc is this sandbox's engine: the compute code that holds it loads on the first
 * run, so the worker answers before it arrives (the build's worker-start budget).
 */
export const handler = defineHandler({
  schema: schemaEvolutionParamsSchema,
  run: async (params, { progress, env }) => {
    const { runSchemaEvolution } = await import('./compute');
    return runSchemaEvolution(params, { now: env.now, progress });
  },
});
