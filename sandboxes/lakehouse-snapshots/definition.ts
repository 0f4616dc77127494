import { defineSandbox } from '@/lib/sandbox/define';
import { explainRun } from './explain';
import { lakehouseSnapshotsExercises } from './exercises';
import { defaultLakehouseSnapshotsParams, lakehouseSnapshotsParamsSchema, MAX_STEPS, RESULTS_VERSION, SANDBOX_ID, STEPS_VERSION, type LakehouseSnapshotsProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: lakehouseSnapshotsParamsSchema,
  defaults: defaultLakehouseSnapshotsParams,
  controls: {
    steps: {
      label: 'Steps',
      hint: `Up to ${MAX_STEPS} steps, run in order on a new table. Each write is one commit: new Parquet files, new manifests, a new snapshot and a new metadata file.`,
      scriptVersion: STEPS_VERSION,
    },
    minutes: { label: 'Minutes between steps', hint: 'The first step runs at 2025-02-11 10:00 UTC; each next one this many minutes later.' },
    seed: { label: 'Seed', hint: 'Chooses snapshot ids, file names and the users of rows appended with user 0.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: lakehouseSnapshotsExercises,
  engines: ['parquet'],
  // Annotated: nothing else in the definition names the progress type, so it would be inferred as unknown.
  progress: (p: LakehouseSnapshotsProgress) => ({
    fraction: p.total ? p.done / p.total : null,
    label: p.phase === 'writing' ? `Committing step ${Math.min(p.done + 1, p.total)} of ${p.total}…` : 'Reading every snapshot back…',
  }),
  explain: explainRun,
  predictions: [
    {
      id: 'history-cost',
      prompt: 'At the end of the script, how many times the current snapshot’s data bytes will the object store hold in data files?',
      kind: 'number',
      unit: '×',
      min: 0,
      max: 10_000,
      actual: (result) => {
        const last = result.storage[result.storage.length - 1]!;
        return Number((last.storedBytes / last.currentBytes).toFixed(1));
      },
    },
    {
      id: 'reader-survives',
      prompt: 'Will the first reader in your script still read its snapshot at the end, after every later commit and expiry?',
      kind: 'choice',
      choices: [
        { value: 'yes', label: 'Yes, it still reads' },
        { value: 'no', label: 'No, its read fails' },
      ],
      actual: (result) => (result.readers[0]!.ok ? 'yes' : 'no'),
    },
  ],
});
