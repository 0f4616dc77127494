import { defineHandler } from '@/lib/sandbox/serve';
import { runIncrementalLoads } from './compute';
import { incrementalLoadsParamsSchema } from './model';

/**
 * The worker's side of the sandbox, apart from its boot: the source is a clean SQLite database and
 * the copies a clean DuckDB one, each on an engine loaded once per worker and kept warm.
 */
export const handler = defineHandler({
  schema: incrementalLoadsParamsSchema,
  run: (params, { progress, env }) => runIncrementalLoads(params, { sqlite: () => env.engines.sqlite(), duckdb: () => env.engines.duckdb() }, progress),
  engines: ['duckdb', 'sqlite'],
});
