import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import type { PlanRun, QueryPlansParams, QueryPlansResult } from './model';

type QueryPlansExercise = Exercise<QueryPlansParams, QueryPlansResult>;

const allOn = (r: QueryPlansResult): PlanRun | undefined => r.plans.find((p) => p.pushdown.partitions && p.pushdown.stats && p.pushdown.columns);
const noneOn = (r: QueryPlansResult): PlanRun | undefined => r.plans.find((p) => !p.pushdown.partitions && !p.pushdown.stats && !p.pushdown.columns);
/** Bytes read with no pushdown ÷ bytes read with all three. */
export function bytesRatio(r: QueryPlansResult): number {
  return (noneOn(r)?.bytesRead ?? Number.NaN) / (allOn(r)?.bytesRead ?? Number.NaN);
}
/** Everything a re-run must reproduce: the counts, not the times. */
const counts = (r: QueryPlansResult) => ({ totalBytes: r.totalBytes, plans: r.plans.map(({ ms: _ms, runsMs: _runs, ...rest }) => rest), answer: r.answer });

export const bytesSaved: QueryPlansExercise = {
  id: 'query-plans-bytes-saved',
  prompt: 'With the data sorted by airline, how many times fewer bytes does the plan with all three pushdowns read than the plan with none? Which of the three saves the most on its own?',
  explore: { order: 'carrier' },
  fields: [{ name: 'ratio', kind: 'number', label: 'Bytes with none ÷ bytes with all three', unit: '×' }],
  deterministic: true,
  evidence: counts,
  check(result, answers, params) {
    if (params.order !== 'carrier') return { pass: false, feedback: 'Set the row order to “sorted by airline” and run again: this question is about clustered data.' };
    const ratio = bytesRatio(result);
    if (!near(numberAnswer(answers, 'ratio'), ratio, 0.1)) return { pass: false, feedback: 'Not yet: divide the bytes read by “No pushdown” by the bytes read by “All three pushdowns”.' };
    const alone = result.plans.filter((p) => [p.pushdown.partitions, p.pushdown.stats, p.pushdown.columns].filter(Boolean).length === 1);
    const best = alone.reduce((a, b) => (b.bytesRead < a.bytesRead ? b : a));
    return { pass: true, feedback: `Yes: ${ratio.toFixed(1)}× fewer bytes. Alone, ${best.name.replace(/ only$/, '').toLowerCase()} saves the most here (${best.bytesRead.toLocaleString('en-US')} bytes); together they compound, since each cuts a different dimension: files, row groups, columns.` };
  },
};

export const clusteringCollapse: QueryPlansExercise = {
  id: 'query-plans-clustering',
  prompt: 'Store the same flights in departure-time order instead of sorted by airline. How many row groups do the min/max statistics skip now, with all three pushdowns on?',
  explore: { order: 'departure', partitionPruning: true, statsPruning: true, columnPruning: true },
  fields: [{ name: 'skipped', kind: 'number', label: 'Row groups skipped by statistics' }],
  deterministic: true,
  evidence: counts,
  check(result, answers, params) {
    if (params.order === 'carrier') return { pass: false, feedback: 'Change the row order away from “sorted by airline” and run again.' };
    const plan = allOn(result);
    if (!plan) return { pass: false, feedback: 'Run again: the result has no plan with all three pushdowns.' };
    if (numberAnswer(answers, 'skipped') !== plan.rowGroupsSkippedByStats) return { pass: false, feedback: 'Not yet: read “skipped by statistics” on the “All three pushdowns” row.' };
    return { pass: true, feedback: `Yes: ${plan.rowGroupsSkippedByStats} of ${plan.rowGroupsRead + plan.rowGroupsSkippedByStats} row groups in the files it opened. Every row group now holds flights of every airline, so each one's min and max span the kept airlines and none can be ruled out; only the partitions and columns still save.` };
  },
};

export const wholeTable: QueryPlansExercise = {
  id: 'query-plans-selectivity',
  prompt: 'Widen the query to all 13 days and all 8 airlines. What share of the no-pushdown bytes does the plan with all three pushdowns still read, in percent? Which pushdown is left doing the saving?',
  explore: { days: 13, airlines: 8 },
  fields: [{ name: 'percent', kind: 'number', label: 'Bytes read with all three, as % of none', unit: '%' }],
  deterministic: true,
  evidence: counts,
  check(result, answers, params) {
    if (params.days < 13 || params.airlines < 8) return { pass: false, feedback: 'Set 13 days and 8 airlines and run again.' };
    const percent = 100 / bytesRatio(result);
    if (!near(numberAnswer(answers, 'percent'), percent, 0.1)) return { pass: false, feedback: 'Not yet: bytes read by “All three pushdowns” ÷ bytes read by “No pushdown”, × 100.' };
    return { pass: true, feedback: `Yes: about ${percent.toFixed(0)}%. A filter that keeps nearly everything leaves nothing to skip: one file of 14 falls outside the dates and no row group can be ruled out, so only column pruning still saves.` };
  },
};

export const queryPlansExercises: readonly QueryPlansExercise[] = [bytesSaved, clusteringCollapse, wholeTable];
