import { defineHandler } from '@/lib/sandbox/serve';
import { runQualityGates } from './compute';
import { qualityGatesParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: each pass is a clean in-memory DuckDB on an engine kept warm (vitest serves it in-process). */
export const handler = defineHandler({
  schema: qualityGatesParamsSchema,
  run: (params, { progress, env }) => runQualityGates(params, () => env.engines.duckdb(), { now: env.now, progress }),
  engines: ['duckdb'],
});
