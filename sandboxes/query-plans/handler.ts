import { defineHandler } from '@/lib/sandbox/serve';
import { queryPlansParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: queryPlansParamsSchema,
  engines: ['parquet', 'duckdb'],
  // parquet-wasm writes the files and decodes them for DuckDB; hyparquet (plain JS) reads them for the plans.
  // The compute code (with hyparquet and apache-arrow) loads on the first run, so the worker answers before it arrives.
  run: async (params, { progress, env }) => {
    const [{ runQueryPlans }, parquet] = await Promise.all([import('./compute'), env.engines.parquet()]);
    return runQueryPlans(params, { parquet, duckdb: () => env.engines.duckdb() }, { now: env.now, progress });
  },
});
