import { auc, logLoss } from '@/lib/ml/auc';
import { fitLogistic, predictLogistic, type LogisticModel } from '@/lib/ml/logistic';
import { vector } from './features';
import type { Feature, FittedModel, ModelId, Score } from './model';

/** One anchor's training row: the features as of the anchor, and from the final row (null when the final table has none). */
export interface LabelledRow {
  split: 'train' | 'test';
  cancelled: 0 | 1;
  asof: Record<Feature, number>;
  naive: Record<Feature, number> | null;
}

/** The penalty on standardised weights: keeps a feature that separates the classes perfectly (picked up ⇒ never cancelled) finite. */
export const L2 = 1;

function fit(model: ModelId, rows: ReadonlyArray<{ x: number[]; y: 0 | 1 }>): { fitted: FittedModel; logistic: LogisticModel | null } {
  if (rows.length === 0) return { fitted: { model, trainRows: 0, positiveRate: 0, weights: [], intercept: 0, iterations: 0 }, logistic: null };
  const logistic = fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    { l2: L2 },
  );
  const positiveRate = rows.reduce((s, r) => s + r.y, 0) / rows.length;
  return { fitted: { model, trainRows: rows.length, positiveRate, weights: logistic.weights, intercept: logistic.intercept, iterations: logistic.iterations }, logistic };
}

function score(model: ModelId, rowsKind: 'asof' | 'naive', logistic: LogisticModel | null, rows: ReadonlyArray<{ x: number[]; y: 0 | 1 }>): Score {
  const predictions = rows.map((r) => (logistic ? predictLogistic(logistic, r.x) : 0.5));
  const labels = rows.map((r) => r.y);
  const n = rows.length;
  return {
    model,
    rows: rowsKind,
    n,
    auc: auc(predictions, labels),
    logLoss: logLoss(predictions, labels),
    meanPredicted: n > 0 ? predictions.reduce((s, p) => s + p, 0) / n : Number.NaN,
    actualRate: n > 0 ? labels.reduce<number>((s, y) => s + y, 0) / n : Number.NaN,
    flagged: predictions.filter((p) => p >= 0.5).length,
    flaggedRight: predictions.filter((p, i) => p >= 0.5 && labels[i] === 1).length,
  };
}

/**
 * The same logistic regression trained twice on the earlier days: on rows as of each anchor, and on
 * the final rows. Both are scored on the later days as a deployed model sees them (as of the anchor);
 * the naive model is also scored on the later days' final rows, the offline check that shares its leak.
 */
export function fitAndScore(rows: readonly LabelledRow[]): { models: FittedModel[]; scores: Score[] } {
  const asofRows = (split: 'train' | 'test') => rows.filter((r) => r.split === split).map((r) => ({ x: vector(r.asof), y: r.cancelled }));
  const naiveRows = (split: 'train' | 'test') => rows.filter((r) => r.split === split && r.naive).map((r) => ({ x: vector(r.naive!), y: r.cancelled }));
  const asof = fit('asof', asofRows('train'));
  const naive = fit('naive', naiveRows('train'));
  const servedTest = asofRows('test');
  return {
    models: [asof.fitted, naive.fitted],
    scores: [score('naive', 'naive', naive.logistic, naiveRows('test')), score('naive', 'asof', naive.logistic, servedTest), score('asof', 'asof', asof.logistic, servedTest)],
  };
}
