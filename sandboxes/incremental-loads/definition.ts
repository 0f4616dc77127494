import { defineSandbox } from '@/lib/sandbox/define';
import { incrementalLoadsExercises } from './exercises';
import { explainIncrementalLoads } from './explain';
import { CHANGES_VERSION, defaultChanges, defaultIncrementalLoadsParams, incrementalLoadsParamsSchema, MAX_DAYS, MAX_PER_DAY, MAX_STEPS, RESULTS_VERSION, SANDBOX_ID, type IncrementalLoadsProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: incrementalLoadsParamsSchema,
  defaults: defaultIncrementalLoadsParams,
  controls: {
    days: { label: 'Days', hint: `2 to ${MAX_DAYS}. Every day ends with one load per strategy at midnight.` },
    inserts: { label: 'New rows per day', hint: `0 to ${MAX_PER_DAY.toLocaleString('en-US')}, at random times.` },
    updates: { label: 'Updates per day', hint: 'Each moves a row’s updated_at and bumps its version.' },
    changeDays: { label: 'Rows keep changing for (days)', hint: 'The daily updates pick rows created at most this many days before.' },
    margin: { label: 'Margin before the watermark (min)', hint: 'The margin strategy asks for updated_at > W − this.' },
    lookback: { label: 'Lookback (days)', hint: 'The lookback strategy asks for created_at > W − this many days.' },
    changes: {
      label: 'What happens on which day',
      hint: `Up to ${MAX_STEPS} steps on top of the daily inserts and updates. Half the random changes go through writer B, whose clock a clock step can set off.`,
      scriptVersion: CHANGES_VERSION,
    },
    seed: { label: 'Seed', hint: 'Chooses the times of the changes and the rows they touch.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: incrementalLoadsExercises,
  engines: ['duckdb', 'sqlite'],
  progress: (p: IncrementalLoadsProgress) => ({ fraction: p.days ? p.day / p.days : null, label: p.day === 0 ? 'Opening the source and the warehouse…' : `Day ${p.day} of ${p.days} loaded and compared…` }),
  explain: explainIncrementalLoads,
  // The first six days hold the ties and the late batch; the contract tests run these.
  quick: { days: 6, changes: defaultChanges.filter((c) => c.day <= 6) },
  predictions: [
    {
      id: 'gt-wrong',
      prompt: 'After the last load, how many rows will the copy kept with the watermark “updated_at > W” have wrong (missing, stale or deleted at the source)?',
      kind: 'number',
      unit: 'rows',
      min: 0,
      max: 10_000_000,
      integer: true,
      actual: (result) => result.summaries.find((s) => s.strategy === 'gt')!.wrongAtEnd,
    },
    {
      id: 'reload-cost',
      prompt: 'Over all the days, how many rows will the full reload read for every row the “updated_at ≥ W” watermark reads?',
      kind: 'number',
      unit: 'rows',
      min: 0,
      max: 100_000,
      actual: (result) => {
        const read = (strategy: string) => result.summaries.find((s) => s.strategy === strategy)!.totalRead;
        return Number((read('full') / read('ge')).toFixed(1));
      },
    },
  ],
});
