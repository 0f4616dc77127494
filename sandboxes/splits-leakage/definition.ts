import { defineSandbox } from '@/lib/sandbox/define';
import { splitsLeakageExercises } from './exercises';
import { closestSplit, explainRun, gapOf } from './explain';
import { defaultSplitsLeakageParams, RESULTS_VERSION, SPLIT_LABEL, SANDBOX_ID, splitsLeakageParamsSchema, type SplitsLeakageProgress } from './model';

const phaseLabel = { generating: 'Generating users and rows', training: 'Training and scoring the splits' } as const;

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: splitsLeakageParamsSchema,
  defaults: defaultSplitsLeakageParams,
  controls: {
    users: { label: 'Users', hint: '100 to 5,000; each is active for 15 to 45 days from a random start.' },
    days: { label: 'Days', hint: '40 to 365; the last fifth is the later period no split sees.' },
    userEffect: { label: 'Spread of each user’s own effect', hint: '0 to 3 on the log-odds scale: how much users differ beyond their features.', decimal: true },
    duplicatePercent: { label: 'Rows duplicated (%)', hint: '0 to 50: copies of a row, as a replayed batch leaves.', decimal: true },
    futureFeature: { label: 'Compute the 7-day feature over the whole table (future rows included)' },
    dedupe: { label: 'Remove duplicates before splitting' },
    seed: { label: 'Seed', hint: 'The same seed makes the same users, rows and splits.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: splitsLeakageExercises,
  progress: (p: SplitsLeakageProgress) => ({ fraction: p.phase === 'generating' ? 0 : 0.1 + 0.9 * p.fraction, label: `${phaseLabel[p.phase]}…` }),
  explain: explainRun,
  predictions: [
    {
      id: 'closest',
      prompt: 'Which split’s validation AUC will land nearest the AUC on the later period no split saw?',
      kind: 'choice',
      choices: (['random', 'time', 'group'] as const).map((s) => ({ value: s, label: SPLIT_LABEL[s] })),
      actual: (result) => closestSplit(result).split,
    },
    {
      id: 'random-gap',
      prompt: 'By how much will the random split’s validation AUC exceed the later period’s AUC? (Negative if it falls short.)',
      kind: 'number',
      unit: 'AUC',
      min: -1,
      max: 1,
      actual: (result) => Number(gapOf(result.scores.find((s) => s.split === 'random')!).toFixed(3)),
    },
  ],
});
