import type { EngineStatus } from '@/lib/engines/kinds';
import { cellProgressSchema, cellResultSchema, cellWarmSchema, type CellApi, type CellProgress, type CellRequest, type CellResult } from '@/lib/sql-cells/protocol';
import { WorkerClient } from '@/lib/worker/client';

/**
 * One worker for every SQL cell on the page, made on first use: its DuckDB and each dataset it has
 * built stay warm for the next run of any cell. Its engine status is kept here for every cell to show.
 */
let client: WorkerClient<CellApi> | null = null;
let engine: EngineStatus = { engine: 'duckdb', state: 'idle' };
const listeners = new Set<() => void>();

const setEngine = (status: EngineStatus) => {
  engine = status;
  for (const listener of listeners) listener();
};

function worker(): WorkerClient<CellApi> {
  client ??= new WorkerClient<CellApi>(
    () => new Worker(new URL('../../cells/worker.ts', import.meta.url), { type: 'module', name: 'sql-cells' }),
    undefined,
    (status) => {
      if (status.engine === 'duckdb') setEngine(status);
    },
  );
  return client;
}

export const engineStatus = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): EngineStatus => engine,
  /** On the server there is no worker: the engine is not loaded. */
  server: (): EngineStatus => ({ engine: 'duckdb', state: 'idle' }),
};

/** Loads DuckDB ahead of the first Run (the reader focused a cell); a failure shows in the engine status. */
export function warmCells(): void {
  if (engine.state === 'ready' || engine.state === 'loading') return;
  worker()
    .run('warm', null)
    .then((r) => cellWarmSchema.parse(r))
    .catch(() => undefined);
}

/** Runs a cell; the answer is checked against its schema before the page uses it. Aborting ends the worker. */
export async function runCell(request: CellRequest, options: { signal: AbortSignal; onProgress(p: CellProgress): void }): Promise<CellResult> {
  const w = worker();
  try {
    const result = await w.run('query', request, {
      signal: options.signal,
      onProgress: (p) => {
        const parsed = cellProgressSchema.safeParse(p);
        if (parsed.success) options.onProgress(parsed.data);
      },
    });
    return cellResultSchema.parse(result);
  } finally {
    // Cancelling ended the worker, and its engine with it: the next run loads DuckDB again.
    if (!w.alive) setEngine({ engine: 'duckdb', state: 'idle' });
  }
}
