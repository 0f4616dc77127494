import { numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { closestSplit, gapOf } from './explain';
import { SPLIT_LABEL, type SplitId, type SplitsLeakageParams, type SplitsLeakageResult } from './model';

type SplitsLeakageExercise = Exercise<SplitsLeakageParams, SplitsLeakageResult>;

const scoreOf = (r: SplitsLeakageResult, id: SplitId) => r.scores.find((s) => s.split === id)!;

export const usersOnBothSides: SplitsLeakageExercise = {
  id: 'splits-leakage-users-both',
  prompt: 'In the random split, how many users have rows on both sides? How many under the group split, and why does that number matter for the user’s-rate feature?',
  fields: [
    { name: 'random', kind: 'number', label: 'Users on both sides, random split' },
    { name: 'group', kind: 'number', label: 'Users on both sides, group split' },
  ],
  deterministic: true,
  evidence: (r) => r.scores.map((s) => [s.split, s.usersBoth]),
  check(result, answers) {
    const random = scoreOf(result, 'random').usersBoth;
    if (numberAnswer(answers, 'random') !== random || numberAnswer(answers, 'group') !== scoreOf(result, 'group').usersBoth)
      return { pass: false, feedback: 'Not yet: the Tables tab counts the users with rows in training and in validation, per split.' };
    return {
      pass: true,
      feedback: `Yes: ${random} and 0. A user on both sides brings their own rate into validation, learned from rows that include their later ones; a new user in the later period has no such history.`,
    };
  },
};

export const withoutFutureFeature: SplitsLeakageExercise = {
  id: 'splits-leakage-honest-feature',
  prompt: 'Untick the feature computed with future data. Which split’s validation AUC now lands nearest the later period, and by how much (validation minus later)?',
  explore: { futureFeature: false },
  fields: [
    {
      name: 'split',
      kind: 'choice',
      label: 'Nearest split',
      options: (['random', 'time', 'group'] as const).map((value) => ({ value, label: SPLIT_LABEL[value] })),
    },
    { name: 'gap', kind: 'number', label: 'Validation − later AUC' },
  ],
  deterministic: true,
  evidence: (r) => r.scores.map((s) => [s.split, s.validateAuc, s.laterAuc]),
  check(result, answers, params) {
    if (params.futureFeature) return { pass: false, feedback: 'Untick “Compute the 7-day feature over the whole table” and run again first.' };
    const best = closestSplit(result);
    if (answers.split !== best.split) return { pass: false, feedback: 'Not yet: compare each split’s validation AUC with its later-period AUC in the headline table.' };
    if (!(Math.abs(numberAnswer(answers, 'gap') - gapOf(best)) < 0.0015)) return { pass: false, feedback: 'The split is right; now give its gap to three decimals.' };
    const random = scoreOf(result, 'random');
    return {
      pass: true,
      feedback: `Yes: ${SPLIT_LABEL[best.split]}, ${gapOf(best).toFixed(3)}. The random split is still ${gapOf(random).toFixed(3)} over, through the users on both sides; the group split asks only about new users, a harder question than the later period, where most users return.`,
    };
  },
};

export const splitsLeakageExercises: readonly SplitsLeakageExercise[] = [usersOnBothSides, withoutFutureFeature];
