import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runWindows } from './compute';
import { windowsParamsSchema, type WindowsApi } from './model';

serveWorker<WindowsApi>({ run: (request, { progress }) => runWindows(windowsParamsSchema.parse(request), progress) }, self as unknown as WorkerScope);
