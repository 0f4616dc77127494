import { formatNumber } from '@/lib/format';
import { FEATURE_LABEL, type CdcAsofParams, type CdcAsofResult, type ModelId, type Score } from './model';

const pct = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)}%`;
const aucText = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'undefined (one class only)');

export function scoreOf(result: CdcAsofResult, model: ModelId, rows: 'asof' | 'naive'): Score | undefined {
  return result.scores.find((s) => s.model === model && s.rows === rows);
}

/** The anchor in words: "at placement" or "15 minutes after placement". */
export const anchorText = (p: Pick<CdcAsofParams, 'anchorMinutes'>) => (p.anchorMinutes === 0 ? 'at placement' : `${p.anchorMinutes} minutes after placement`);

/** Sentences about this run, computed from it: the first two are what the reader sees first. */
export function explainCdcAsof(result: CdcAsofResult, params: CdcAsofParams): string[] {
  const offline = scoreOf(result, 'naive', 'naive');
  const served = scoreOf(result, 'naive', 'asof');
  const asof = scoreOf(result, 'asof', 'asof');
  const worst = [...result.leaks].sort((a, b) => b.rows - a.rows)[0];
  const out: string[] = [];
  if (offline && served && asof) {
    out.push(
      `Trained on final rows, the model scores AUC ${aucText(offline.auc)} on the later days’ final rows, but ${aucText(served.auc)} on the same days as of the anchor (${anchorText(params)}), which is all a deployed model sees; ` +
        `there it calls ${formatNumber(served.flagged)} of ${formatNumber(served.n)} orders likely to cancel (${pct(served.meanPredicted)} on average) when ${pct(served.actualRate)} did. ` +
        `The model trained as of the anchor scores ${aucText(asof.auc)} and predicts ${pct(asof.meanPredicted)} on average.`,
    );
  }
  out.push(
    `${formatNumber(result.leakedRows)} of the naive join’s rows hold at least one value committed after their anchor` +
      (worst && worst.rows > 0 ? `, most often “${FEATURE_LABEL[worst.feature]}” (${formatNumber(worst.rows)} rows, ${pct(worst.share)})` : '') +
      `. DuckDB’s ASOF LEFT JOIN (anchor ${params.inequality} commit time) picked, for all ${formatNumber(result.anchors.asofChecked)} anchors, the version a replay of the log up to the anchor picks${result.anchors.asofMatchesJs ? '' : ' — except some: see Details'}.`,
  );
  const { guarded, lastWriteWins } = result.replay;
  out.push(
    `The consumer received ${formatNumber(result.events.delivered)} events for ${formatNumber(result.events.total)} changes (${formatNumber(result.events.duplicates)} sent twice, ${formatNumber(result.events.late)} late). ` +
      `Applying an event only when its LSN is newer than the row’s skipped ${formatNumber(guarded.duplicates)} duplicates and ${formatNumber(guarded.stale)} stale events and gave ${guarded.mismatches === 0 ? 'exactly the table of an in-order replay' : `${formatNumber(guarded.mismatches)} wrong rows`}; applying every event as it came left ${formatNumber(lastWriteWins.mismatches)} rows wrong.`,
  );
  if (result.anchors.naiveMissing > 0)
    out.push(`${formatNumber(result.anchors.naiveMissing)} anchors have no final row at all (their order was deleted after it was cancelled), so the naive training set also lost cancellations: ${pct(result.models[1]?.positiveRate ?? 0)} positives against ${pct(result.models[0]?.positiveRate ?? 0)}.`);
  if (result.anchors.noAsofRow > 0)
    out.push(`${formatNumber(result.anchors.noAsofRow)} anchors found no version of their row${params.inequality === '>' && params.anchorMinutes === 0 ? ': with > the create event, committed at the anchor itself, is not yet visible' : ''}; ASOF LEFT JOIN keeps them with NULLs (an inner ASOF JOIN would drop them).`);
  return out;
}
