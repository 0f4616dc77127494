import { defineHandler } from '@/lib/sandbox/serve';
import { runQueryPlans } from './compute';
import { queryPlansParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: queryPlansParamsSchema,
  engines: ['parquet', 'duckdb'],
  // parquet-wasm writes the files and decodes them for DuckDB; hyparquet (plain JS) reads them for the plans.
  run: async (params, { progress, env }) =>
    runQueryPlans(params, { parquet: await env.engines.parquet(), duckdb: () => env.engines.duckdb() }, { now: env.now, progress }),
});
