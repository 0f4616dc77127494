import { defineHandler } from '@/lib/sandbox/serve';
import { runCodebookTrap } from './compute';
import { codebookTrapParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: codebookTrapParamsSchema,
  run: (params, { progress, env }) => runCodebookTrap(params, () => env.engines.duckdb(), { now: env.now, progress }),
  engines: ['duckdb'],
});
