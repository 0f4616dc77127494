import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runDataflow } from './compute';
import { dataflowParamsSchema, type DataflowApi } from './model';

serveWorker<DataflowApi>({ run: (request, { progress }) => runDataflow(dataflowParamsSchema.parse(request), { progress }) }, self as unknown as WorkerScope);
