import { defineHandler } from '@/lib/sandbox/serve';
import { runCdcAsof } from './compute';
import { cdcAsofParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: one clean in-memory DuckDB per run on an engine kept warm (vitest serves it in-process). */
export const handler = defineHandler({
  schema: cdcAsofParamsSchema,
  run: (params, { progress, env }) => runCdcAsof(params, () => env.engines.duckdb(), { now: env.now, progress }),
  engines: ['duckdb'],
});
