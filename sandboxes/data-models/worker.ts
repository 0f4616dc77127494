import { openDuckDB } from '@/lib/engines/duckdb';
import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runModels } from './compute';
import { modelsParamsSchema, type ModelsApi } from './model';

serveWorker<ModelsApi>(
  {
    run: (request, { progress }) => runModels(modelsParamsSchema.parse(request), () => openDuckDB(), { now: () => performance.now(), progress }),
  },
  self as unknown as WorkerScope,
);
