import type { EngineKind, SqlEngine } from '@/lib/engines/sql';
import { createRng } from '@/lib/random';
import { START_SECONDS, YEAR_SECONDS, ORDER_COLUMNS, generateOrders } from './dataset';
import type { EngineResult, OltpParams, OltpProgress, OltpResult, WorkloadId } from './model';
import { clockResolution } from '@/lib/timing';
import { runMix, runWorkload, statements, type Clock } from './workload';

export type EngineOpeners = Record<EngineKind, () => Promise<SqlEngine>>;

export interface OltpHooks extends Clock {
  progress(p: OltpProgress): void;
}

const ENGINES: readonly EngineKind[] = ['sqlite', 'duckdb'];
const WORKLOADS: readonly WorkloadId[] = ['lookup', 'update', 'aggregate'];

/** The aggregation over the whole year, rounded, as one string: both engines must give the same. */
function fingerprint(engine: SqlEngine): string {
  const sql = statements(engine.kind).aggregate;
  return engine
    .query(sql, [START_SECONDS, START_SECONDS + YEAR_SECONDS + 1])
    .map((r) => `${String(r.region)}:${Number(r.orders)}:${Number(r.avg_price).toFixed(4)}`)
    .join('|');
}

function describePlan(engine: SqlEngine): string {
  const sql = statements(engine.kind).lookup;
  if (engine.kind === 'sqlite') return engine.query(`EXPLAIN QUERY PLAN ${sql}`, [1]).map((r) => String(r.detail)).join('; ');
  return engine
    .query(`EXPLAIN ${sql.replace('?::INTEGER', '1')}`)
    .map((r) => String(r.explain_value ?? ''))
    .join('\n')
    .trim();
}

/**
 * Loads the same seeded orders into each engine in turn and runs every workload on it, timing each
 * query inside this worker. Engines run one after the other, never at once, so neither steals the
 * other's CPU, and each is closed before the next opens.
 */
export async function runOltp(params: OltpParams, open: EngineOpeners, hooks: OltpHooks): Promise<OltpResult> {
  hooks.progress({ engine: 'data', step: 'generating the orders', fraction: 0 });
  const data = generateOrders(params.rows, params.seed);
  const tickMs = clockResolution(hooks);
  const budgetMs = params.budgetSeconds * 1000;
  const results: EngineResult[] = [];
  const prints: Record<EngineKind, string> = { sqlite: '', duckdb: '' };

  for (const kind of ENGINES) {
    const step = (name: string, fraction: number) => hooks.progress({ engine: kind, step: name, fraction });
    step('starting the engine', 0);
    const engine = await open[kind]();
    try {
      step(`loading ${params.rows.toLocaleString('en-US')} rows`, 0);
      const t0 = hooks.now();
      const keyed = kind === 'sqlite' && params.sqliteIndex;
      engine.load('orders', ORDER_COLUMNS, data, keyed ? { primaryKey: 'id' } : {});
      if (keyed) engine.exec('CREATE INDEX orders_by_user ON orders (user_id)');
      const loadMs = hooks.now() - t0;
      const memoryBytes = engine.memoryBytes();
      prints[kind] = fingerprint(engine);
      const lookupPlan = describePlan(engine);

      const sql = statements(kind);
      const stmts = { lookup: engine.prepare(sql.lookup), update: engine.prepare(sql.update), aggregate: engine.prepare(sql.aggregate) };
      try {
        // The same seed gives both engines the same ids and ranges, in the same order.
        const workloads = WORKLOADS.map((workload) =>
          runWorkload(stmts[workload], {
            workload,
            asked: workload === 'aggregate' ? params.aggregations : params.queries,
            budgetMs,
            tickMs,
            rows: params.rows,
            rng: createRng(`${params.seed}:${workload}`),
            clock: hooks,
            onProgress: (f) => step(`${workload === 'aggregate' ? 'aggregations' : workload === 'update' ? 'updates' : 'point lookups'}`, f),
          }),
        );
        const mix = runMix(stmts.lookup, stmts.aggregate, {
          queries: params.queries,
          lookupShare: params.mixLookupPercent / 100,
          arrivalsPerSecond: params.arrivalsPerSecond,
          budgetMs,
          rows: params.rows,
          rng: createRng(`${params.seed}:mix`),
          clock: hooks,
          tickMs,
          fastLookupMs: workloads[0]!.summary.mean,
          onProgress: (f) => step('lookups mixed with aggregations', f),
        });
        results.push({ engine: kind, version: engine.version, loadMs, memoryBytes, workloads, mix, lookupPlan });
      } finally {
        for (const s of Object.values(stmts)) s.close();
      }
    } finally {
      engine.close();
    }
  }
  return { rows: params.rows, clockTickMs: tickMs, engines: results, agreement: { ...prints, equal: prints.sqlite === prints.duckdb } };
}
