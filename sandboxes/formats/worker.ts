import { loadParquet } from '@/lib/engines/parquet';
import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runFormats } from './compute';
import { formatsParamsSchema, type FormatsApi } from './model';

serveWorker<FormatsApi>(
  {
    run: async (request, { progress }) => {
      const params = formatsParamsSchema.parse(request);
      progress({ format: 'Parquet engine', step: 'loading', done: 0, total: 1 });
      const parquet = await loadParquet();
      return runFormats(params, parquet, { now: () => performance.now(), progress });
    },
  },
  self as unknown as WorkerScope,
);
