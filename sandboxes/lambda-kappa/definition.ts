import { defineSandbox } from '@/lib/sandbox/define';
import { lambdaKappaExercises } from './exercises';
import { explainRun } from './explain';
import { ACTIONS_VERSION, defaultLambdaKappaParams, lambdaKappaParamsSchema, RESULTS_VERSION, SANDBOX_ID, splitLabel, splits, type LambdaKappaProgress } from './model';

/** The sandbox without its view: the view, the frame, the review page and the tests all read this. */
export const definition = defineSandbox({
  id: SANDBOX_ID,
  version: RESULTS_VERSION,
  schema: lambdaKappaParamsSchema,
  defaults: defaultLambdaKappaParams,
  controls: {
    days: { label: 'Days simulated', hint: '1 to 60; the log starts at hour 0.' },
    users: { label: 'Users (keys)', hint: 'The feature is each user’s net spend over all time.' },
    eventsPerHour: { label: 'Events per hour', hint: 'Purchases and refunds; a few users buy much more than most.' },
    refundShare: { label: 'Share of refunds', hint: 'The bug: the old logic skips refunds (0.1 is 10 %).', decimal: true },
    lateShare: { label: 'Share of late events', hint: 'Events that reach the log half an hour or more after they happened.', decimal: true },
    lateHours: { label: 'Longest delay (hours)', hint: 'A late event arrives up to this long after it happened.', decimal: true },
    batchEvery: { label: 'Batch job every (hours)', hint: 'Each run rereads every event in the lake; one run at a time.' },
    batchRate: { label: 'Batch job reads (events/hour)', hint: 'How long a run takes before its view is published.', decimal: true },
    split: { label: 'Speed layer forgets', hint: 'What it drops when a new batch view is published.', options: splits.map((s) => [s, splitLabel[s]] as const) },
    retentionDays: { label: 'Log retention (days)', hint: 'Kafka deletes older events (retention.ms; 7 days by default).', decimal: true },
    replaySpeed: { label: 'Replay speed (× live rate)', hint: 'How much faster than events arrive a replay reads the log.', decimal: true },
    actions: { label: 'What the team does', hint: 'Steps at simulated hours: deploy the fix to one code path, start a Kappa replay, or change the retention.', scriptVersion: ACTIONS_VERSION },
    seed: { label: 'Seed', hint: 'Draws the stream; the same seed gives the same run.' },
  },
  spawn: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: SANDBOX_ID }),
  exercises: lambdaKappaExercises,
  // Annotated: nothing else in the definition names the progress type, so it would be inferred as unknown.
  progress: (p: LambdaKappaProgress) => ({ fraction: p.hours ? p.hour / p.hours : null, label: `Simulating both architectures… hour ${Math.round(p.hour)} of ${p.hours}` }),
  explain: explainRun,
  predictions: [
    {
      id: 'compute',
      prompt: 'Over the whole run, how many times as many events will Lambda process as Kappa (batch reruns and speed layer against stream job and replays)?',
      kind: 'number',
      unit: '×',
      min: 0,
      max: 10_000,
      actual: (result) => (result.kappa.compute > 0 ? result.lambda.compute / result.kappa.compute : Number.NaN),
    },
    {
      id: 'wrong',
      prompt: 'Which architecture will serve more users a wrong value at the end of the run?',
      kind: 'choice',
      choices: [
        { value: 'lambda', label: 'Lambda' },
        { value: 'kappa', label: 'Kappa' },
        { value: 'same', label: 'The same number' },
      ],
      actual: (result) => (result.lambda.wrongAtEnd > result.kappa.wrongAtEnd ? 'lambda' : result.lambda.wrongAtEnd < result.kappa.wrongAtEnd ? 'kappa' : 'same'),
    },
  ],
});
