import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runLayout } from './compute';
import { layoutParamsSchema, type LayoutApi } from './model';

serveWorker<LayoutApi>(
  { run: (request, { progress }) => runLayout(layoutParamsSchema.parse(request), { now: () => performance.now(), progress }) },
  self as unknown as WorkerScope,
);
