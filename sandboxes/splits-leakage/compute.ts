import { auc } from '@/lib/ml/auc';
import { fitLogistic, predictLogistic } from '@/lib/ml/logistic';
import { generateRows } from './generate';
import { SPLIT_IDS, type Row, type Split, type SplitId, type SplitScore, type SplitsLeakageParams, type SplitsLeakageProgress, type SplitsLeakageResult } from './model';
import { dedupe, groupSplit, overlapOf, randomSplit, timeSplit, VALIDATE_SHARE } from './splits';

export interface ComputeHooks {
  now(): number;
  progress(progress: SplitsLeakageProgress): void;
}

/** Smoothing of the user's rate: as if every user had this many extra rows at the training mean. */
export const RATE_PRIOR_ROWS = 10;

/** The later period no split sees: the last fifth of the days. */
export const laterStart = (days: number) => Math.floor(days * (1 - VALIDATE_SHARE));

/**
 * The user's positive rate in the training rows (target encoding fitted on training only), smoothed
 * toward the training mean. A training row leaves its own label out; a copy of it does not, which is
 * one way a duplicate leaks. A user with no training rows gets the training mean.
 */
export function userRates(train: readonly Row[]): { forTrain: (r: Row) => number; forOther: (r: Row) => number } {
  const sums = new Map<number, { n: number; pos: number }>();
  let pos = 0;
  for (const r of train) {
    const s = sums.get(r.user) ?? { n: 0, pos: 0 };
    s.n++;
    s.pos += r.y;
    pos += r.y;
    sums.set(r.user, s);
  }
  const prior = train.length > 0 ? pos / train.length : 0.5;
  const rate = (n: number, p: number) => (p + RATE_PRIOR_ROWS * prior) / (n + RATE_PRIOR_ROWS);
  return {
    forTrain: (r) => {
      const s = sums.get(r.user)!;
      return rate(s.n - 1, s.pos - r.y);
    },
    forOther: (r) => {
      const s = sums.get(r.user);
      return s ? rate(s.n, s.pos) : prior;
    },
  };
}

type Activity = (r: Row) => number;
const past: Activity = (r) => r.pastPositives;
const around: Activity = (r) => r.windowPositives;

/**
 * Trains on `train`, scores `validate` with the offline features and `later` with the features as
 * serving sees them: the 7 days before, and the user's rate over all rows before the later period
 * (`history`, one copy of each row), since a serving system knows every earlier row.
 */
export function trainAndScore(train: readonly Row[], validate: readonly Row[], later: readonly Row[], history: readonly Row[], offline: Activity) {
  const rates = userRates(train);
  const features = (r: Row, activity: Activity, rate: number) => [r.x1, r.x2, activity(r), rate];
  const model = fitLogistic(
    train.map((r) => features(r, offline, rates.forTrain(r))),
    train.map((r) => r.y),
  );
  const served = userRates(history).forOther;
  const score = (rows: readonly Row[], activity: Activity, rate: (r: Row) => number) =>
    auc(
      rows.map((r) => predictLogistic(model, features(r, activity, rate(r)))),
      rows.map((r) => r.y),
    );
  return { validateAuc: score(validate, offline, rates.forOther), laterAuc: score(later, past, served), weights: model.weights };
}

export function runSplitsLeakage(params: SplitsLeakageParams, hooks: ComputeHooks): SplitsLeakageResult {
  const start = hooks.now();
  hooks.progress({ phase: 'generating', fraction: 0 });
  const generated = generateRows(params);
  const all = params.dedupe ? dedupe(generated) : generated;
  const cut = laterStart(params.days);
  const dev = all.filter((r) => r.day < cut);
  const later = dedupe(all.filter((r) => r.day >= cut));
  const history = dedupe(dev);
  const timeCutDay = laterStart(cut);
  const splits: Record<SplitId, Split> = {
    random: randomSplit(dev, params.seed + 1),
    time: timeSplit(dev, timeCutDay),
    group: groupSplit(dev, params.seed + 2),
  };
  const offline = params.futureFeature ? around : past;
  const scores: SplitScore[] = [];
  for (const [k, split] of SPLIT_IDS.entries()) {
    hooks.progress({ phase: 'training', fraction: k / SPLIT_IDS.length });
    const s = splits[split];
    const train = s.train.map((i) => dev[i]!);
    scores.push({
      split,
      trainRows: s.train.length,
      validateRows: s.validate.length,
      ...overlapOf(dev, s),
      ...trainAndScore(
        train,
        s.validate.map((i) => dev[i]!),
        later,
        history,
        offline,
      ),
    });
  }
  hooks.progress({ phase: 'training', fraction: 1 });
  const devUsers = new Set(dev.map((r) => r.user));
  const laterUsers = new Set(later.map((r) => r.user));
  return {
    rows: all.length,
    originalRows: new Set(generated.map((r) => r.id)).size,
    copies: generated.length - new Set(generated.map((r) => r.id)).size,
    devRows: dev.length,
    laterRows: later.length,
    laterStartDay: cut,
    timeCutDay,
    positiveShare: all.reduce((s, r) => s + r.y, 0) / all.length,
    laterUsers: laterUsers.size,
    laterNewUsers: [...laterUsers].filter((u) => !devUsers.has(u)).length,
    futureFeatureDiffers: dev.filter((r) => r.windowPositives !== r.pastPositives).length,
    scores,
    ms: hooks.now() - start,
  };
}
