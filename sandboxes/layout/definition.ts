import { defineSandbox } from '@/lib/sandbox/define';
import { explainScan, scanShape } from './explain';
import { layoutExercises } from './exercises';
import { columnSweep, defaultLayoutParams, layoutParamsSchema, RESULTS_VERSION, SANDBOX_ID, type LayoutProgress } from './model';

const columnChoices = [1, 2, 4, 8, 16, 32, 64].map((m) => [String(m), String(m)] as const);

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: layoutParamsSchema,
  defaults: defaultLayoutParams,
  controls: {
    rows: { label: 'Rows', hint: '1,000 to 4,000,000.' },
    maxColumns: { label: 'Columns, up to', hint: 'Measured at 1, 2, 4 … up to this.', options: columnChoices },
    lookups: { label: 'Point lookups per sample', hint: '100 to 1,000,000 random rows.' },
    repeats: { label: 'Timed samples', hint: '3 to 25; the median is shown.' },
    seed: { label: 'Seed', hint: 'Chooses the rows looked up.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: layoutExercises,
  // Each column count builds its table, then times it; the build and the timing take different times, so no overall fraction.
  progress: (p: LayoutProgress) => ({
    fraction: null,
    label: `${p.columns} column${p.columns === 1 ? '' : 's'}, ${p.layout}-major: ${p.phase === 'building' ? 'building the table' : `measuring ${Math.round(p.fraction * 100)}%`}`,
  }),
  explain: (result) => explainScan(result),
  // A small table, still swept up to 64 columns: a second or two in Node.
  quick: { rows: 20_000, lookups: 1_000, repeats: 3 },
  larger: [{ label: 'A million rows, 7 samples', settings: { rows: 1_000_000, lookups: 20_000, repeats: 7 } }],
  // Each column count builds its table once and scans it once per sample; lookups touch every column of a row.
  cost: (p) => {
    const columns = columnSweep(p.maxColumns);
    return columns.reduce((sum, m) => sum + p.rows * m * (1 + p.repeats) + 20 * p.lookups * m * p.repeats, 0);
  },
  predictions: [
    {
      id: 'scan-lead',
      prompt: 'At the widest table this run measures (the largest column count you chose), how many times faster will the column-major scan of one column be than the row-major scan?',
      kind: 'number',
      unit: '× faster',
      min: 0.01,
      max: 1000,
      actual: (result) => Number(scanShape(result).leadAtMax.toFixed(1)),
    },
    {
      id: 'lookup-winner',
      prompt: 'At that widest table, which layout will answer a point lookup (every column of one row) faster?',
      kind: 'choice',
      choices: [
        { value: 'row', label: 'Row-major' },
        { value: 'column', label: 'Column-major' },
      ],
      actual: (result) => {
        const widest = result.sweep[result.sweep.length - 1]!;
        return widest.row.lookupNs <= widest.column.lookupNs ? 'row' : 'column';
      },
    },
  ],
});
