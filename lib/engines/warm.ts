import type { ParquetModule } from './parquet';
import type { SqlEngine } from './sql';
import type { EngineId, EngineStatus } from './kinds';

/**
 * What a sandbox's compute code gets for engines. Each call gives a clean database (a fresh
 * in-memory one the caller closes when done) on an engine that is loaded once per worker and kept
 * warm across runs: the second Run pays nothing for the engine.
 */
export interface EngineLoaders {
  sqlite(): Promise<SqlEngine>;
  duckdb(): Promise<SqlEngine>;
  parquet(): Promise<ParquetModule>;
  /** Loads an engine without opening a database: a sandbox near the viewport warms up before its first Run. */
  preload(engine: EngineId): Promise<void>;
}

/**
 * How to load an engine once: `load` fetches and instantiates it (reporting bytes) and resolves to
 * an opener that gives a clean database on the loaded engine each time it is called.
 */
export interface EngineSource<E> {
  load(onBytes: (loaded: number, total: number | null) => void): Promise<() => E>;
}

export type EngineSources = {
  sqlite: EngineSource<SqlEngine>;
  duckdb: EngineSource<SqlEngine>;
  parquet: EngineSource<ParquetModule>;
};

/**
 * One memoised loader per engine: the first caller starts the load, everyone shares it, and a
 * failed load is forgotten so Retry loads again. Every change of state is reported (the worker posts
 * it to the page, where the frame shows it).
 */
export function createEngineCache(sources: EngineSources, report: (status: EngineStatus) => void, now: () => number): EngineLoaders {
  /** One loader per engine: the first caller starts the load, later ones share it; a failure is forgotten so Retry loads again. */
  const memo = <E>(engine: EngineId, source: EngineSource<E>) => {
    let loading: Promise<() => E> | null = null;
    return (): Promise<() => E> => {
      if (loading) return loading;
      const started = now();
      let lastReport = -Infinity;
      report({ engine, state: 'loading', loaded: 0, total: null });
      const onBytes = (loaded: number, total: number | null) => {
        // Bytes arrive in many small chunks; a report every 100 ms is enough to draw a progress bar.
        const t = now();
        if (t - lastReport < 100 && loaded !== total) return;
        lastReport = t;
        report({ engine, state: 'loading', loaded, total });
      };
      loading = source.load(onBytes).then(
        (module) => {
          report({ engine, state: 'ready', ms: now() - started });
          return module;
        },
        (error: unknown) => {
          loading = null;
          const message = error instanceof Error ? error.message : String(error);
          report({ engine, state: 'error', message });
          throw error instanceof Error ? error : new Error(message);
        },
      );
      return loading;
    };
  };
  const sqlite = memo('sqlite', sources.sqlite);
  const duckdb = memo('duckdb', sources.duckdb);
  const parquet = memo('parquet', sources.parquet);
  const loaders: Record<EngineId, () => Promise<unknown>> = { sqlite, duckdb, parquet };
  return {
    sqlite: async () => (await sqlite())(),
    duckdb: async () => (await duckdb())(),
    parquet: async () => (await parquet())(),
    preload: async (engine) => void (await loaders[engine]()),
  };
}
