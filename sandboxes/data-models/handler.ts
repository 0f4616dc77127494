import { defineHandler } from '@/lib/sandbox/serve';
import { runModels } from './compute';
import { modelsParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: modelsParamsSchema,
  engines: ['duckdb'],
  // Each call gives a clean in-memory database on the DuckDB kept warm in this worker; runModels closes it when done.
  run: (params, { progress, env }) => runModels(params, () => env.engines.duckdb(), { now: env.now, progress }),
});
