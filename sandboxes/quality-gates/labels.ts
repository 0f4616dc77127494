import { metricIds, type CheckId, type MetricId, type Metrics, type ReaderState, type WorstError } from './model';

export const checkLabel: Record<CheckId, string> = {
  schema: 'schema (required columns)',
  row_count: 'row count vs history',
  freshness: 'freshness',
  unique: 'unique',
  not_null: 'not_null',
  accepted_values: 'accepted_values',
  relationships: 'relationships',
  partition: 'day present at use',
  shift_mix: 'shift: complaint types',
  shift_hours: 'shift: hours to close',
};

/** Shorter names for table cells. */
export const checkShort: Record<CheckId, string> = {
  schema: 'schema',
  row_count: 'row count',
  freshness: 'freshness',
  unique: 'unique',
  not_null: 'not_null',
  accepted_values: 'accepted_values',
  relationships: 'relationships',
  partition: 'no rows',
  shift_mix: 'shift (types)',
  shift_hours: 'shift (hours)',
};

export const readerLabel: Record<ReaderState, string> = {
  fresh: 'today, right',
  partial: 'today, rows missing',
  broken: 'today, wrong',
  stale: 'last good version',
};

export const metricShort: Record<MetricId, string> = {
  requests: 'requests',
  meanHours: 'mean hours to close',
  noiseShare: 'noise share',
  brooklynShare: 'Brooklyn share',
};

// Built once: constructing an Intl formatter per cell is slow, and a results table has many cells.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Written out by hand: the first format() of a time-zone-aware Intl.DateTimeFormat loads the browser's
// time-zone data on the main thread, which alone made the result's arrival a long task.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-06-03" → "Jun 3". */
export const shortDate = (iso: string) => {
  const [, month, day] = iso.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? ''}`;
};

/** A relative error as a signed percentage: "+100%", "−30.2%", "+5,900%". */
export function formatError(error: number): string {
  const pct = 100 * error;
  const digits = Math.abs(pct) >= 100 || Number.isInteger(pct) ? 0 : 1;
  const text = (digits ? ONE_DECIMAL : WHOLE).format(Math.abs(pct));
  return `${pct < 0 ? '−' : pct > 0 ? '+' : '±'}${text}%`;
}

export function describeWorst(worst: WorstError | null): string {
  return worst ? `${metricShort[worst.metric]} ${formatError(worst.error)}` : 'nothing reported';
}

/** The largest relative error among a day's metrics, or null when none was reported. */
export function worstError(errors: Metrics | null): WorstError | null {
  if (!errors) return null;
  let worst: WorstError | null = null;
  for (const metric of metricIds) {
    const error = errors[metric];
    if (error !== null && (!worst || Math.abs(error) > Math.abs(worst.error))) worst = { metric, error };
  }
  return worst;
}
