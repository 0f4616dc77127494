import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runBatchStream } from './compute';
import { batchStreamParamsSchema, type BatchStreamApi } from './model';

serveWorker<BatchStreamApi>(
  { run: (request, { progress }) => runBatchStream(batchStreamParamsSchema.parse(request), { now: () => performance.now(), progress }) },
  self as unknown as WorkerScope,
);
