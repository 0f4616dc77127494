import { DAY, type Change, type Problem, type StrategyId, type WrongRow } from './model';

const two = (n: number) => String(n).padStart(2, '0');

/** A moment as "day 3, 23:59" (times are minutes from day 1, 00:00; a skewed clock can stamp day 0). */
export function formatTime(minute: number): string {
  const day = Math.floor(minute / DAY) + 1;
  const m = minute - (day - 1) * DAY;
  return `day ${day}, ${two(Math.floor(m / 60))}:${two(m % 60)}`;
}

export const problemLabel: Record<Problem, string> = {
  missing: 'missing',
  stale: 'older version',
  softKept: 'soft delete not copied',
  hardKept: 'hard delete not seen',
};

const rowsText = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/** One line per script step, for the script's list and screen readers. */
export function describeChange(step: Change): string {
  switch (step.kind) {
    case 'insert':
      return `Day ${step.day}: insert ${rowsText(step.rows)} at random times`;
    case 'update':
      return `Day ${step.day}: update ${rowsText(step.rows)} created at least ${step.age} day${step.age === 1 ? '' : 's'} before`;
    case 'batch':
      return step.delay === 0
        ? `Day ${step.day}: a batch of ${rowsText(step.rows)} stamped ${step.at}, committed at once`
        : `Day ${step.day}: a batch of ${rowsText(step.rows)} stamped ${step.at}, committed ${step.delay} min later`;
    case 'softDelete':
      return `Day ${step.day}: soft-delete ${rowsText(step.rows)} (deleted = 1, updated_at moves)`;
    case 'hardDelete':
      return `Day ${step.day}: hard-delete ${rowsText(step.rows)} (DELETE)`;
    case 'skew':
      return step.minutes === 0
        ? `Day ${step.day}: writer B’s clock is right again`
        : `Day ${step.day}: writer B’s clock runs ${Math.abs(step.minutes)} min ${step.minutes < 0 ? 'behind' : 'ahead'}`;
  }
}

/** Why a copy has this row wrong, from the source's log of its last change. */
export function whyWrong(row: WrongRow, strategy: StrategyId): string {
  if (row.problem === 'hardKept') return `Deleted from the source (committed ${formatTime(row.committedAt)}); a query cannot return a row that is gone.`;
  const written = row.updatedAt - row.skew;
  const parts = [`Stamped ${formatTime(row.updatedAt)}`];
  if (row.skew !== 0) parts.push(`by writer B, whose clock ran ${Math.abs(row.skew)} min ${row.skew < 0 ? 'behind' : 'ahead'}`);
  if (row.committedAt > written) parts.push(`visible only from ${formatTime(row.committedAt)} (${row.committedAt - written} min after it was written)`);
  let why = `${parts.join(', ')}.`;
  if (strategy === 'lookback' && row.problem !== 'missing') why += ` Created ${formatTime(row.createdAt)}, before the lookback window.`;
  return why;
}

/** A round top for the y axis and its ticks: 1, 2 or 5 times a power of ten per step. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power);
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}
