import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runSum } from './compute';
import { sumParamsSchema, type SumApi } from './model';

serveWorker<SumApi>(
  { sum: (request, { progress }) => runSum(sumParamsSchema.parse(request), { now: () => performance.now(), progress }) },
  self as unknown as WorkerScope,
);
