import { defineHandler } from '@/lib/sandbox/serve';
import { runLakehouse } from './compute';
import { lakehouseSnapshotsParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: lakehouseSnapshotsParamsSchema,
  // parquet-wasm is loaded once per worker (the frame shows its status) and kept for the next run.
  run: async (params, { progress, env }) => runLakehouse(params, await env.engines.parquet(), { now: env.now, progress }),
  engines: ['parquet'],
});
