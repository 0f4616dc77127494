import { defineHandler } from '@/lib/sandbox/serve';
import { runFormats } from './compute';
import { formatsParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: formatsParamsSchema,
  // parquet-wasm is loaded once per worker (the frame shows its status) and kept for the next run.
  run: async (params, { progress, env }) => runFormats(params, await env.engines.parquet(), { now: env.now, progress }),
  engines: ['parquet'],
});
