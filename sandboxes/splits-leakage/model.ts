import { z } from 'zod';

export const SANDBOX_ID = 'splits-leakage';
/** Bump it when a result or the params change shape, so old runs are not compared with new ones. */
export const RESULTS_VERSION = 1;

const whole = (what: string) => z.number({ error: `Enter a whole number of ${what}.` }).int(`Enter a whole number of ${what}.`);

/** Every setting, with the message the reader sees beside its control when a value is refused. */
export const splitsLeakageParamsSchema = z.object({
  users: whole('users').min(100, 'Use at least 100 users, so each split has enough of them.').max(5_000, 'At most 5,000 users.'),
  days: whole('days').min(40, 'Use at least 40 days: the last fifth is the later period.').max(365, 'At most 365 days.'),
  userEffect: z
    .number({ error: 'Enter a number for the spread of the users’ own effect.' })
    .min(0, 'The spread is 0 or more (0: users differ only through their features).')
    .max(3, 'At most 3 (on the log-odds scale).'),
  duplicatePercent: z
    .number({ error: 'Enter a percentage of duplicated rows.' })
    .min(0, 'The percentage is 0 or more.')
    .max(50, 'At most 50% of rows duplicated.'),
  futureFeature: z.boolean(),
  dedupe: z.boolean(),
  seed: z
    .number({ error: 'Enter a whole number as the seed.' })
    .int('Enter a whole number as the seed.')
    .min(0, 'The seed is 0 or more.')
    .max(4_294_967_295, 'The seed fits in 32 bits (at most 4,294,967,295).'),
});
export type SplitsLeakageParams = z.infer<typeof splitsLeakageParamsSchema>;

export const defaultSplitsLeakageParams: SplitsLeakageParams = {
  users: 800,
  days: 120,
  userEffect: 1.5,
  duplicatePercent: 10,
  futureFeature: true,
  dedupe: false,
  seed: 1,
};

/** One observation of one user on one day; a duplicate is a second row with the same `id`. */
export interface Row {
  id: number;
  user: number;
  day: number;
  x1: number;
  x2: number;
  /** The user's positives in the 7 days before this row (what a serving system can know). */
  pastPositives: number;
  /** The user's positives in the 15 days around this row, its own label included (computed over the whole table). */
  windowPositives: number;
  y: 0 | 1;
}

export type SplitId = 'random' | 'time' | 'group';
export const SPLIT_IDS: readonly SplitId[] = ['random', 'time', 'group'];
export const SPLIT_LABEL: Record<SplitId, string> = { random: 'Random rows', time: 'By time', group: 'By user (group)' };

/** Which side of a split each development row (by index) is on. */
export interface Split {
  train: number[];
  validate: number[];
}

/** What crosses a split: the counts the leakage comes through. */
export interface Overlap {
  usersTrain: number;
  usersValidate: number;
  /** Users with rows on both sides. */
  usersBoth: number;
  /** Validation rows whose user has rows in training. */
  validateRowsSeenUser: number;
  /** Row ids with a copy in training and a copy in validation. */
  duplicatesAcross: number;
}

export const FEATURE_NAMES = ['x1', 'x2', 'positives (7 days)', 'user’s rate in training'] as const;

export interface SplitScore extends Overlap {
  split: SplitId;
  trainRows: number;
  validateRows: number;
  validateAuc: number;
  laterAuc: number;
  /** Weights on the standardised features, in FEATURE_NAMES order. */
  weights: number[];
}

export interface SplitsLeakageProgress {
  phase: 'generating' | 'training';
  fraction: number;
}

export interface SplitsLeakageResult {
  rows: number;
  originalRows: number;
  copies: number;
  devRows: number;
  laterRows: number;
  laterStartDay: number;
  timeCutDay: number;
  positiveShare: number;
  laterUsers: number;
  laterNewUsers: number;
  /** Development rows whose 7-day feature differs between the offline (15 days around) and serving (7 days before) versions. */
  futureFeatureDiffers: number;
  scores: SplitScore[];
  ms: number;
}
