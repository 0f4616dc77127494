import { defineSandbox } from '@/lib/sandbox/define';
import { queryPlansExercises } from './exercises';
import { explainQueryPlans } from './explain';
import { CARRIERS, defaultQueryPlansParams, FIRST_QUERY_DAY, PARTITION_DAYS, queryPlansParamsSchema, RESULTS_VERSION, rowOrderLabels, rowOrders, SANDBOX_ID, type QueryPlansProgress } from './model';

const stepLabel = (p: QueryPlansProgress): string =>
  p.step === 'writing'
    ? `Writing the Parquet files… ${p.done} of ${p.total}`
    : p.step === 'scanning'
      ? `Running the plans… ${p.done + 1} of ${p.total}`
      : 'DuckDB: loading the files and running EXPLAIN ANALYZE…';
const stepStart = { writing: 0, scanning: 0.35, duckdb: 0.8 } as const;
const stepSpan = { writing: 0.35, scanning: 0.45, duckdb: 0.2 } as const;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: queryPlansParamsSchema,
  defaults: defaultQueryPlansParams,
  controls: {
    days: { label: 'Days in the date range', hint: `From March ${FIRST_QUERY_DAY}; 1 to ${PARTITION_DAYS - FIRST_QUERY_DAY + 1} (the table holds March 1–${PARTITION_DAYS}, one folder a day).` },
    airlines: { label: 'Airlines kept', hint: `1 to ${CARRIERS.length}: the first ones of ${CARRIERS.join(', ')}.` },
    order: { label: 'Row order in each file', hint: 'How the writer sorted each day’s flights before cutting them into row groups; sorted by airline clusters them on the filter column.', options: rowOrders.map((value) => [value, rowOrderLabels[value]] as const) },
    partitionPruning: { label: 'Partition pruning (skip folders outside the dates)' },
    statsPruning: { label: 'Row-group statistics (skip groups by min/max)' },
    columnPruning: { label: 'Column pruning (read only the 4 columns used)' },
    flightsPerDay: { label: 'Flights per day', hint: '200 to 40,000 rows in each daily file.' },
    rowGroupRows: { label: 'Rows per row group', hint: '100 to 40,000; the writer cuts each file into groups of this many rows.' },
    repeats: { label: 'Timed runs per plan', hint: '1 to 9; the median time is shown.' },
    seed: { label: 'Seed', hint: 'The same seed writes the same flights.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: queryPlansExercises,
  engines: ['parquet', 'duckdb'],
  // Annotated: nothing else in the definition names the progress type, so it would be inferred as unknown.
  progress: (p: QueryPlansProgress) => ({ fraction: stepStart[p.step] + stepSpan[p.step] * (p.total ? p.done / p.total : 0), label: stepLabel(p) }),
  explain: (result, params) => explainQueryPlans(result, params),
  // Large runs take a while to write and decode in DuckDB; progress arrives per file and per plan.
  silenceTimeoutMs: 120_000,
  quick: { flightsPerDay: 400, rowGroupRows: 100, repeats: 1 },
  predictions: [
    {
      id: 'bytes-saved',
      prompt: 'How many times fewer bytes will your plan (the pushdowns you switched on) read than the plan with no pushdown?',
      kind: 'number',
      unit: '× fewer bytes',
      min: 0.01,
      max: 100_000,
      actual: (result) => Number((result.plans[0]!.bytesRead / Math.max(1, result.plans[result.chosen]!.bytesRead)).toFixed(1)),
    },
    {
      id: 'best-single',
      prompt: 'Switched on alone, which pushdown will save the most bytes?',
      kind: 'choice',
      choices: [
        { value: 'partitions', label: 'Partition pruning' },
        { value: 'stats', label: 'Row-group statistics' },
        { value: 'columns', label: 'Column pruning' },
      ],
      actual: (result) => {
        const alone = result.plans.filter((p) => [p.pushdown.partitions, p.pushdown.stats, p.pushdown.columns].filter(Boolean).length === 1);
        const best = alone.reduce((a, b) => (b.bytesRead < a.bytesRead ? b : a));
        return best.pushdown.partitions ? 'partitions' : best.pushdown.stats ? 'stats' : 'columns';
      },
    },
  ],
});
