import { defineHandler } from '@/lib/sandbox/serve';
import { lakehouseSnapshotsParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: lakehouseSnapshotsParamsSchema,
  // parquet-wasm is loaded once per worker (the frame shows its status) and kept for the next run.
  // The compute code (with avsc and the Iceberg writer) loads on the first run, so the worker answers before it arrives.
  run: async (params, { progress, env }) => {
    const [{ runLakehouse }, parquet] = await Promise.all([import('./compute'), env.engines.parquet()]);
    return runLakehouse(params, parquet, { now: env.now, progress });
  },
  engines: ['parquet'],
});
