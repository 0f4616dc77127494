import { openDuckDB } from '@/lib/engines/duckdb';
import { openSqlite } from '@/lib/engines/sqlite';
import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runOltp } from './compute';
import { oltpParamsSchema, type OltpApi } from './model';

serveWorker<OltpApi>(
  {
    run: (request, { progress }) =>
      runOltp(oltpParamsSchema.parse(request), { sqlite: () => openSqlite(), duckdb: () => openDuckDB() }, { now: () => performance.now(), progress }),
  },
  self as unknown as WorkerScope,
);
