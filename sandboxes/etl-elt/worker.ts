import { openDuckDB } from '@/lib/engines/duckdb';
import { openSqlite } from '@/lib/engines/sqlite';
import { serveWorker, type WorkerScope } from '@/lib/worker/host';
import { runEtlElt } from './compute';
import { etlEltParamsSchema, type EtlEltApi } from './model';

serveWorker<EtlEltApi>(
  {
    run: (request, { progress }) =>
      runEtlElt(etlEltParamsSchema.parse(request), { sqlite: () => openSqlite(), duckdb: () => openDuckDB() }, { now: () => performance.now(), progress }),
  },
  self as unknown as WorkerScope,
);
