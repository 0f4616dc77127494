import { defineSandbox } from '@/lib/sandbox/define';
import { explainRun } from './explain';
import { qualityGatesExercises } from './exercises';
import { defaultQualityGatesParams, FAULTS_VERSION, MAX_DAYS, qualityGatesParamsSchema, RESULTS_VERSION, SANDBOX_ID, type QualityGatesProgress } from './model';

const responses = [
  ['fail', 'Fail: stop the run, alert'],
  ['warn', 'Warn: log it and go on'],
  ['quarantine', 'Quarantine: set the rows aside'],
] as const;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: qualityGatesParamsSchema,
  defaults: defaultQualityGatesParams,
  controls: {
    days: { label: 'Days', hint: `3 to ${MAX_DAYS} daily runs; 7 good days are in the table before day 1.` },
    rows: { label: 'Requests a day', hint: '200 to 20,000 on a weekday; weekends bring about 80%.' },
    faults: {
      label: 'Faults',
      hint: 'Each step breaks one day’s pull. A day whose run fails is rebuilt by the next run (its cause fixed overnight).',
      scriptVersion: FAULTS_VERSION,
    },
    ingest: { label: 'At ingestion, a failed check', hint: 'Schema, row count against the last pulls, freshness. Each judges the whole pull, so quarantine sets the whole pull aside.', options: responses },
    transform: { label: 'After the transform, a failed test', hint: 'unique, not_null, accepted_values, relationships on the day’s new rows. Quarantine sets aside only the failing rows.', options: responses },
    use: {
      label: 'At use, a failed check',
      hint: 'The consumer checks that the day has rows and that its mixes have not shifted, then computes its metrics.',
      options: [
        ['fail', 'Fail fast: report nothing today'],
        ['warn', 'Warn: report anyway'],
      ],
    },
    publish: {
      label: 'Publishing',
      hint: 'Write-audit-publish tests a staged copy and publishes only what passes; in place writes the table, then tests it.',
      options: [
        ['wap', 'Write, audit, publish'],
        ['in-place', 'Write in place, test afterwards'],
      ],
    },
    shift: { label: 'Shift limit', hint: 'Largest distance (0–1) of a day’s mix from the last 28 days before the check fails.', decimal: true },
    seed: { label: 'Seed', hint: 'Chooses the requests.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: qualityGatesExercises,
  engines: ['duckdb'],
  progress: (p: QualityGatesProgress) => ({ fraction: p.days ? (p.day - 1) / p.days : null, label: `Running day ${p.day} of ${p.days}…` }),
  explain: explainRun,
  quick: { rows: 300, days: 6, faults: [{ kind: 'rename', day: 3 }, { kind: 'duplicate', day: 5 }] },
  predictions: [
    {
      id: 'held-days',
      prompt: 'With these gates and faults, on how many days will the run publish nothing new (a gate stopped it, or there was nothing to publish)?',
      kind: 'number',
      unit: 'days',
      min: 0,
      max: MAX_DAYS,
      integer: true,
      actual: (result) => result.days.filter((d) => !d.published).length,
    },
    {
      id: 'faults-stopped',
      prompt: 'How many of the injected faults will a gate stop, rather than let through with a warning?',
      kind: 'number',
      unit: 'faults',
      min: 0,
      max: 1000,
      integer: true,
      actual: (result) => result.faults.filter((f) => f.stoppedBy !== null).length,
    },
  ],
});
