import { defineHandler } from '@/lib/sandbox/serve';
import { runWindows } from './compute';
import { windowsParamsSchema } from './model';

/** The worker's side of the sandbox, apart from its boot: vitest serves it in-process, worker.ts in a browser worker. */
export const handler = defineHandler({
  schema: windowsParamsSchema,
  run: (params, { progress }) => runWindows(params, progress),
});
