import { defineSandbox } from '@/lib/sandbox/define';
import { cdcAsofExercises } from './exercises';
import { explainCdcAsof, scoreOf } from './explain';
import { cdcAsofParamsSchema, defaultCdcAsofParams, RESULTS_VERSION, SANDBOX_ID, type CdcAsofProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: cdcAsofParamsSchema,
  defaults: defaultCdcAsofParams,
  controls: {
    ordersPerDay: { label: 'Orders a day', hint: '50 to 2,000 food orders, lunch and dinner peaks.' },
    days: { label: 'Days of history', hint: '4 to 60 days of change events.' },
    trainDays: { label: 'Training days', hint: 'The first days train; the later days score.' },
    anchorMinutes: { label: 'Anchor (minutes after placement)', hint: 'When the model predicts: 0 is at checkout.' },
    inequality: {
      label: 'ASOF inequality',
      hint: 'anchor_s >= valid_from sees a change committed at the anchor; > does not.',
      options: [
        ['>=', '>= (at or before the anchor)'],
        ['>', '> (strictly before)'],
      ],
    },
    duplicatePercent: { label: 'Events sent twice (%)', hint: 'At-least-once redelivery, 0 to 100%.' },
    latePercent: { label: 'Late events (%)', hint: 'Arrive after up to 60 later events, 0 to 50%.' },
    purgePercent: { label: 'Cancelled orders deleted (%)', hint: 'A cleanup job deletes them a day later (op d).' },
    seed: { label: 'Seed', hint: 'Chooses the orders and the delivery faults.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: cdcAsofExercises,
  engines: ['duckdb'],
  // The largest run (60,000 orders, about 330,000 events) loads and joins in single DuckDB calls with no progress between.
  silenceTimeoutMs: 90_000,
  progress: (p: CdcAsofProgress) => ({ fraction: p.fraction, label: `${p.step.charAt(0).toUpperCase()}${p.step.slice(1)}…` }),
  explain: (result, params) => explainCdcAsof(result, params),
  quick: { ordersPerDay: 120, days: 8, trainDays: 6 },
  predictions: [
    {
      id: 'served-auc',
      prompt: 'The model trained on each order’s final row: what AUC will it score on the later days as of the anchor, which is all a deployed model sees? (0.5 is a coin toss, 1 is perfect.)',
      kind: 'number',
      unit: 'AUC',
      min: 0,
      max: 1,
      actual: (result) => Number((scoreOf(result, 'naive', 'asof')?.auc ?? Number.NaN).toFixed(3)),
    },
    {
      id: 'better-model',
      prompt: 'On those as-of rows, which model will score the higher AUC?',
      kind: 'choice',
      choices: [
        { value: 'naive', label: 'Trained on final rows' },
        { value: 'asof', label: 'Trained as of the anchor' },
      ],
      actual: (result) => {
        const [asof, naive] = [scoreOf(result, 'asof', 'asof')?.auc ?? Number.NaN, scoreOf(result, 'naive', 'asof')?.auc ?? Number.NaN];
        // An undefined AUC (one class only) measures nothing: no choice came true.
        if (!Number.isFinite(asof) || !Number.isFinite(naive)) return 'none';
        return asof >= naive ? 'asof' : 'naive';
      },
    },
  ],
});
