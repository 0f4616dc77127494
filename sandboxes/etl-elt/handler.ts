import { defineHandler } from '@/lib/sandbox/serve';
import { runEtlElt } from './compute';
import { etlEltParamsSchema } from './model';

/**
 * The worker's side of the sandbox, apart from its boot: each warehouse is a clean in-memory
 * database on an engine loaded once per worker and kept warm (vitest serves it in-process).
 */
export const handler = defineHandler({
  schema: etlEltParamsSchema,
  run: (params, { progress, env }) => runEtlElt(params, { sqlite: () => env.engines.sqlite(), duckdb: () => env.engines.duckdb() }, { now: env.now, progress }),
  engines: ['duckdb', 'sqlite'],
});
