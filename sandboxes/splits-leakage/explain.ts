import { SPLIT_LABEL, type SplitScore, type SplitsLeakageParams, type SplitsLeakageResult } from './model';

export const gapOf = (s: SplitScore) => s.validateAuc - s.laterAuc;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const n = (x: number) => x.toLocaleString('en-US');

/** The split whose validation AUC lands nearest the later period's. */
export function closestSplit(result: SplitsLeakageResult): SplitScore {
  return result.scores.reduce((best, s) => (Math.abs(gapOf(s)) < Math.abs(gapOf(best)) ? s : best));
}

/** The sentences under "What your run shows", all read from this run. */
export function explainRun(result: SplitsLeakageResult, params: SplitsLeakageParams): string[] {
  const [random, time, group] = result.scores as [SplitScore, SplitScore, SplitScore];
  const best = closestSplit(result);
  const lines = [
    `Each split trained the same logistic regression on ${n(result.devRows)} rows from days 0–${result.laterStartDay - 1}; the later period (days ${result.laterStartDay}–${params.days - 1}, ${n(result.laterRows)} rows, ${n(result.laterNewUsers)} of its ${n(result.laterUsers)} users new) scored ${random.laterAuc.toFixed(3)}, ${time.laterAuc.toFixed(3)} and ${group.laterAuc.toFixed(3)}. Validation said ${result.scores.map((s) => `${s.validateAuc.toFixed(3)} (${SPLIT_LABEL[s.split].toLowerCase()}, ${signed(gapOf(s))})`).join(', ')}.`,
    `The random split put ${n(random.usersBoth)} of its ${n(random.usersValidate)} validation users on both sides, so ${n(random.validateRowsSeenUser)} of ${n(random.validateRows)} validation rows had their user’s rate learned from that user’s own rows, later ones included; the group split had ${group.usersBoth} users on both sides and scores users it never saw.`,
  ];
  if (params.futureFeature) {
    lines.push(
      `The 7-day feature was computed over the 15 days around each row, its own label included: it differs from what serving can know on ${n(result.futureFeatureDiffers)} of ${n(result.devRows)} development rows, and it lifts every split's validation score, whichever way the rows were divided. Untick it to see the splits differ.`,
    );
  } else {
    lines.push(`With the 7-day feature computed from the days before each row only, the split whose validation AUC came nearest the later period was “${SPLIT_LABEL[best.split]}” (${signed(gapOf(best))}).`);
  }
  lines.push(
    params.dedupe
      ? `Copies were removed before splitting (${n(result.copies)} of them), so none crossed a split.`
      : `${n(result.copies)} rows were copies; ${n(random.duplicatesAcross)} of them straddled the random split (0 under the time and group splits, since a copy has the same day and user). A linear model memorises little from a copy, so removing them moves its scores only slightly.`,
  );
  return lines;
}
