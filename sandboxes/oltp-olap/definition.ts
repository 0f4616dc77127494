import { defineSandbox } from '@/lib/sandbox/define';
import { ENGINE_LABEL } from '@/lib/engines/sql';
import { explainOltp } from './explain';
import { oltpExercises } from './exercises';
import { defaultOltpParams, oltpParamsSchema, RESULTS_VERSION, SANDBOX_ID, type OltpProgress, type OltpResult, type WorkloadId } from './model';

/** One engine's median for one workload, in ms. */
const medianOf = (result: OltpResult, engine: 'sqlite' | 'duckdb', workload: WorkloadId) =>
  result.engines.find((e) => e.engine === engine)!.workloads.find((w) => w.workload === workload)!.summary.p50;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: oltpParamsSchema,
  defaults: defaultOltpParams,
  controls: {
    rows: { label: 'Rows', hint: '10,000 to 2,000,000 orders.' },
    queries: { label: 'Lookups and updates', hint: 'Per workload, and the length of the mixed stream.' },
    aggregations: { label: 'Aggregations', hint: '3 to 200, each over a random 90 days.' },
    mixLookupPercent: { label: 'Mixed stream: % lookups', hint: 'The rest are aggregations.' },
    arrivalsPerSecond: { label: 'Mixed stream: queries per second', hint: 'Random (Poisson) arrivals.' },
    budgetSeconds: { label: 'Time budget per workload (s)', hint: 'A workload stops early past this and says so.' },
    seed: { label: 'Seed', hint: 'Chooses the data, ids and ranges.' },
    sqliteIndex: { label: 'SQLite’s key on id', hint: 'On: id is the INTEGER PRIMARY KEY. Off: a plain column with no B-tree, so each lookup scans the table.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: oltpExercises,
  engines: ['sqlite', 'duckdb'],
  // Loading a million rows into SQLite is one long call with no progress in between.
  silenceTimeoutMs: 120_000,
  quick: { rows: 10_000, queries: 40, aggregations: 3, budgetSeconds: 2 },
  larger: [{ label: '100,000 rows, 1,000 lookups, 20 aggregations', settings: { rows: 100_000, queries: 1_000, aggregations: 20 } }],
  // Loading and every aggregation scan all rows; lookups and updates touch one row each, on both engines.
  cost: (p) => p.rows * (2 + p.aggregations) + 200 * p.queries,
  progress: (p: OltpProgress) =>
    p.engine === 'data' ? { fraction: null, label: `Data: ${p.step}…` } : { fraction: p.fraction, label: `${ENGINE_LABEL[p.engine]}: ${p.step} ${Math.round(p.fraction * 100)}%` },
  explain: (result) => explainOltp(result),
  // The mixed stream's every latency is for the chart; the download keeps its percentiles.
  forDownload: (r) => ({ ...r, engines: r.engines.map((e) => ({ ...e, mix: { ...e.mix, lookupLatencySamples: undefined } })) }),
  predictions: [
    {
      id: 'aggregate-lead',
      prompt: 'How many times faster will DuckDB run the 90-day aggregation than SQLite (median of each)?',
      kind: 'number',
      unit: '× faster',
      min: 0.01,
      max: 100000,
      actual: (result) => Number((medianOf(result, 'sqlite', 'aggregate') / medianOf(result, 'duckdb', 'aggregate')).toFixed(1)),
    },
    {
      id: 'lookup-winner',
      prompt: 'Which engine will answer a point lookup by id faster (median)?',
      kind: 'choice',
      choices: [
        { value: 'sqlite', label: 'SQLite (row store)' },
        { value: 'duckdb', label: 'DuckDB (column store)' },
      ],
      actual: (result) => (medianOf(result, 'sqlite', 'lookup') <= medianOf(result, 'duckdb', 'lookup') ? 'sqlite' : 'duckdb'),
    },
  ],
});
