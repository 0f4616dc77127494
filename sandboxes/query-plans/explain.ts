import { formatBytes, formatMs } from '@/lib/format';
import { rowOrderPhrase, type QueryPlansParams, type QueryPlansResult } from './model';

const n = (value: number) => value.toLocaleString('en-US');

/** "What your run shows": sentences computed from this run. */
export function explainQueryPlans(result: QueryPlansResult, params: QueryPlansParams): string[] {
  const none = result.plans[0];
  const mine = result.plans[result.chosen];
  if (!none || !mine) return [];
  const ratio = none.bytesRead / Math.max(1, mine.bytesRead);
  const opened = mine.rowGroupsRead + mine.rowGroupsSkippedByStats;
  const yours =
    result.chosen === 0
      ? 'your plan is that plan: switch a pushdown on to compare.'
      : `your plan (${mine.name.toLowerCase()}) read ${formatBytes(mine.bytesRead)} in ${n(mine.requests)} requests and ${formatMs(mine.ms)}, ${ratio.toFixed(1)}× fewer bytes.`;
  const sentences = [
    `With no pushdown the query read all ${result.files.length} files whole, ${formatBytes(none.bytesRead)} in ${formatMs(none.ms)}; ${yours}`,
    `It skipped ${n(mine.filesSkipped)} of ${result.files.length} files by their folder's date, ${n(mine.rowGroupsSkippedByStats)} of the ${n(opened)} row groups it looked at by their min/max statistics, and read ${mine.columnsRead} of ${result.columnsInFile} columns.`,
  ];
  const allOn = result.plans.find((p) => p.pushdown.partitions && p.pushdown.stats && p.pushdown.columns);
  if (allOn && params.order !== 'carrier') {
    sentences.push(`With the rows in ${rowOrderPhrase[params.order]}, every row group holds flights of most airlines, so statistics skipped ${n(allOn.rowGroupsSkippedByStats)} row groups: the layout, not the engine, decides what can be skipped.`);
  } else if (allOn) {
    sentences.push(`Sorted by airline, a row group's min and max span only the airlines it holds, so it is ruled out unless that span reaches the ${params.airlines === 1 ? 'kept airline' : `${params.airlines} kept airlines`}: statistics skipped ${n(allOn.rowGroupsSkippedByStats)} row groups.`);
  }
  const same = result.plans.every((p) => p.sameAnswer);
  sentences.push(
    `${same ? `Every plan returned the same ${n(result.answer.length + result.moreGroups)} airports with the same counts and means` : 'The plans did not all return the same answer (a bug: please report it)'}${result.duckdb.agrees ? ", and so did DuckDB, whose EXPLAIN ANALYZE shows the filters inside its scan." : `; DuckDB differs: ${result.duckdb.mismatch ?? ''}`}`,
  );
  return sentences;
}
