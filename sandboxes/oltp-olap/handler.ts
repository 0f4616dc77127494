import { defineHandler } from '@/lib/sandbox/serve';
import { runOltp } from './compute';
import { oltpParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: oltpParamsSchema,
  engines: ['sqlite', 'duckdb'],
  // Each opener gives a clean in-memory database on an engine kept warm in this worker; runOltp closes it when done.
  run: (params, { progress, env }) => runOltp(params, { sqlite: () => env.engines.sqlite(), duckdb: () => env.engines.duckdb() }, { now: env.now, progress }),
});
