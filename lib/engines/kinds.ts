/** The engines a sandbox's worker can open, each loaded once per worker and kept warm between runs. */
export type EngineId = 'sqlite' | 'duckdb' | 'parquet';

export const ENGINE_NAME: Record<EngineId, string> = { sqlite: 'SQLite', duckdb: 'DuckDB', parquet: 'Parquet reader' };

/** What the frame shows of an engine: idle, loading (with bytes so far when known), ready, or failed. */
export type EngineStatus =
  | { engine: EngineId; state: 'idle' }
  | { engine: EngineId; state: 'loading'; loaded: number; total: number | null }
  | { engine: EngineId; state: 'ready'; ms: number }
  | { engine: EngineId; state: 'error'; message: string };
