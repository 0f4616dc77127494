import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { LambdaKappaResult } from './compute';
import { defaultActions, type LambdaKappaParams } from './model';

type LambdaKappaExercise = Exercise<LambdaKappaParams, LambdaKappaResult>;

const deploys = (p: LambdaKappaParams) => new Set(p.actions.flatMap((a) => (a.kind === 'deploy' ? [a.path] : [])));

/** Drift: the fix reaches the batch job but not the speed layer. */
export const drift: LambdaKappaExercise = {
  id: 'lambda-kappa-drift',
  prompt:
    'The team fixes the batch job and forgets the speed layer (the suggested settings drop that step from the script). Before you run: will Lambda’s answers be right just after each batch view is published, or just before? Run it and enter how many users Lambda serves wrong at the end.',
  explore: { actions: defaultActions.filter((a) => !(a.kind === 'deploy' && a.path === 'speed')) },
  fields: [{ name: 'wrong', kind: 'number', label: 'Users Lambda serves wrong at the end' }],
  deterministic: true,
  check(result, answers, params) {
    const paths = deploys(params);
    if (!paths.has('batch') || paths.has('speed')) return { pass: false, feedback: 'Deploy the fix to the batch job and not to the speed layer first (the suggested settings do it).' };
    const wrong = result.lambda.wrongAtEnd;
    if (numberAnswer(answers, 'wrong') !== wrong) return { pass: false, feedback: 'Not yet: read the count from the headline table, in Lambda’s row.' };
    return {
      pass: true,
      feedback: `Yes: ${wrong} of ${result.users}. Each new batch view is right about everything it read; the speed layer then adds the hours since with the old code, so users with a refund since the last run drift again until the next publish. Two code paths, one fixed.`,
    };
  },
};

/** Retention shorter than the history: what a replay cannot rebuild. */
export const retention: LambdaKappaExercise = {
  id: 'lambda-kappa-retention',
  prompt:
    'Cut the log’s retention to 3 days and keep the script. How many events had the log already deleted when the replay started, and how many users does Kappa serve wrong at the end? Compare with the error before the fix.',
  explore: { retentionDays: 3 },
  fields: [
    { name: 'lost', kind: 'number', label: 'Events the replay could not read' },
    { name: 'wrong', kind: 'number', label: 'Users Kappa serves wrong at the end' },
  ],
  deterministic: true,
  check(result, answers) {
    const sw = result.kappa.lastSwitch;
    if (!sw) return { pass: false, feedback: 'No replay finished in this run: keep the replay step in the script.' };
    if (sw.lostEvents === 0) return { pass: false, feedback: 'This replay found every event in the log: make the retention shorter than the time before the replay starts.' };
    if (numberAnswer(answers, 'lost') !== sw.lostEvents || numberAnswer(answers, 'wrong') !== result.kappa.wrongAtEnd) {
      return { pass: false, feedback: 'Not yet: the Kappa row of the headline table has both numbers.' };
    }
    return {
      pass: true,
      feedback: `Yes: ${sw.lostEvents.toLocaleString('en-US')} events deleted, ${result.kappa.wrongAtEnd} users wrong. The replay rebuilt the state with the right code from what the log still held, so every user who bought anything in the deleted days is now short of it: the fix made their answers worse. A lifetime feature needs the whole history in the log.`,
    };
  },
};

/** Compute: a batch layer rereads all history on every run. */
export const batchCompute: LambdaKappaExercise = {
  id: 'lambda-kappa-batch-compute',
  prompt:
    'Run the batch job once a day instead of every 6 hours. How many events does Lambda’s batch layer read in all? Before you run, estimate it: each run reads everything that has arrived by its start.',
  explore: { batchEvery: 24 },
  fields: [{ name: 'events', kind: 'number', label: 'Events the batch layer read' }],
  deterministic: true,
  check(result, answers, params) {
    if (params.batchEvery !== 24) return { pass: false, feedback: 'Set the batch schedule to every 24 hours first.' };
    const read = result.lambda.batchEvents;
    if (numberAnswer(answers, 'events') !== read) return { pass: false, feedback: 'Not yet: the headline’s compute column for Lambda splits it into batch and speed.' };
    return {
      pass: true,
      feedback: `Yes: ${read.toLocaleString('en-US')} in ${result.lambda.batchRuns} runs, about runs × half the final history, since the history grows steadily. Kappa's replay read ${result.kappa.replayEvents.toLocaleString('en-US')}: the log it held once.`,
    };
  },
};

export const lambdaKappaExercises: readonly LambdaKappaExercise[] = [drift, retention, batchCompute];
