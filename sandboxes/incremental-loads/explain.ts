import { strategyLabel, type IncrementalLoadsParams, type IncrementalLoadsResult, type StrategyDay } from './model';

const n = (x: number) => x.toLocaleString('en-US');
export const wrongCount = (d: Pick<StrategyDay, 'missing' | 'stale' | 'softKept' | 'hardKept'>) => d.missing + d.stale + d.softKept + d.hardKept;

/** Sentences about this run, from its own numbers. */
export function explainIncrementalLoads(result: IncrementalLoadsResult, params: IncrementalLoadsParams): string[] {
  const last = result.days[result.days.length - 1]!;
  const full = result.summaries.find((s) => s.strategy === 'full')!;
  const broken = result.summaries.filter((s) => s.firstWrongDay !== null);
  const sentences = [
    `After ${params.days} days the source held ${n(last.sourceRows)} rows (${n(last.liveRows)} live); the full reload read ${n(full.totalRead)} rows in all and ${full.firstWrongDay === null ? 'matched the source after every load' : `was wrong from day ${full.firstWrongDay}, which should not happen`}.`,
  ];
  sentences.push(
    broken.length === 0
      ? 'No incremental copy was ever wrong: nothing in this run committed late, ran on a skewed clock or was deleted outside the windows the loads re-read.'
      : `First wrong: ${broken
          .sort((a, b) => a.firstWrongDay! - b.firstWrongDay!)
          .map((s) => `${strategyLabel[s.strategy]} after day ${s.firstWrongDay} (${n(s.wrongAtEnd)} rows wrong at the end)`)
          .join('; ')}.`,
  );
  const incremental = result.summaries.filter((s) => s.strategy !== 'full');
  const cheapest = incremental.reduce((a, b) => (b.totalRead < a.totalRead ? b : a));
  const dearest = incremental.reduce((a, b) => (b.totalRead > a.totalRead ? b : a));
  sentences.push(
    `The incremental loads read ${n(cheapest.totalRead)} (${strategyLabel[cheapest.strategy]}) to ${n(dearest.totalRead)} rows (${strategyLabel[dearest.strategy]}), ${pct(cheapest.totalRead, full.totalRead)} to ${pct(dearest.totalRead, full.totalRead)} of the full reload; of the rows each read, those it already held are the overlap a merge by key absorbs (${strategyLabel[dearest.strategy]}: ${n(dearest.totalAlreadyHeld)}).`,
  );
  const hard = last.byStrategy.gt.hardKept;
  if (hard > 0) sentences.push(`${n(hard)} rows deleted from the source are still live in every incremental copy: a query for changed rows cannot return a row that is gone, so only the full reload (or change data capture) sees a hard delete.`);
  if (result.skippedChanges > 0) sentences.push(`${n(result.skippedChanges)} updates or deletes found no row they could change and were skipped.`);
  return sentences;
}

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '—');
