import { ENGINE_LABEL } from '@/lib/engines/sql';
import { defineSandbox } from '@/lib/sandbox/define';
import { etlEltExercises } from './exercises';
import { explainEtlElt } from './explain';
import { COMPLEXITY_LABEL, defaultEtlEltParams, etlEltParamsSchema, RESULTS_VERSION, SANDBOX_ID, type EtlEltProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: etlEltParamsSchema,
  defaults: defaultEtlEltParams,
  controls: {
    rows: { label: 'Rows in the extract', hint: '1,000 to 500,000 lines of CSV.' },
    complexity: { label: 'Transform', hint: 'What the transform does, in both patterns.', options: Object.entries(COMPLEXITY_LABEL) },
    warehouse: {
      label: 'Warehouse',
      hint: 'Both runs them one after the other, never at once.',
      options: [
        ['both', 'both, side by side'],
        ['duckdb', 'DuckDB (column store)'],
        ['sqlite', 'SQLite (row store)'],
      ],
    },
    duplicatePercent: { label: 'Re-sent lines (%)', hint: 'Orders sent again by a retried batch.' },
    dirtyPercent: { label: 'Broken lines (%)', hint: 'Lines with one broken field.' },
    eltAs: {
      label: 'ELT keeps its result as',
      hint: 'A view stores no rows and reruns on every read.',
      options: [
        ['table', 'a table (CREATE TABLE AS)'],
        ['view', 'a view (CREATE VIEW)'],
      ],
    },
    reads: { label: 'Dashboard reads', hint: 'Queries of the result after the load, 0 to 50.' },
    repeats: { label: 'Timed runs', hint: 'Each pattern runs this often; medians shown.' },
    seed: { label: 'Seed', hint: 'Chooses the extract.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: etlEltExercises,
  // Loading the largest extract into SQLite is one long call with no progress in between.
  silenceTimeoutMs: 120_000,
  engines: ['duckdb', 'sqlite'],
  progress: (p: EtlEltProgress) => ({ fraction: p.fraction, label: p.engine === 'data' ? `Source: ${p.step}…` : `${ENGINE_LABEL[p.engine]}: ${p.step}…` }),
  explain: (result) => explainEtlElt(result),
  // The defaults time 50,000 lines three times on both warehouses (about a minute in Node); one run of 2,000 keeps every step on both.
  quick: { rows: 2_000, repeats: 1 },
  larger: [{ label: '50,000 rows, 3 timed runs', settings: { rows: 50_000, repeats: 3 } }],
  // Each pattern loads every row once per timed run, on one warehouse or both.
  cost: (p) => p.rows * p.repeats * (p.warehouse === 'both' ? 2 : 1),
  predictions: [
    {
      id: 'stored-ratio',
      prompt: 'For every row ETL keeps in the warehouse, how many rows will ELT keep (raw rows and transformed result together)?',
      kind: 'number',
      unit: 'rows',
      min: 0,
      max: 1000,
      actual: (result) => {
        const warehouse = result.warehouses[0]!;
        return Number((warehouse.elt.rowsStored / warehouse.etl.rowsStored).toFixed(2));
      },
    },
    {
      id: 'reread',
      prompt: 'When the new question arrives (revenue per sales channel, a field ETL’s transform dropped), how many lines will ETL read again from the source?',
      kind: 'number',
      unit: 'lines',
      min: 0,
      max: 10_000_000,
      integer: true,
      actual: (result) => result.warehouses[0]!.newQuestion.etl.sourceRowsRead,
    },
  ],
});
