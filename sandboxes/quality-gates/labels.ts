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

/** A relative error as a signed percentage: "+100%", "−30.2%", "+5,900%". */
export function formatError(error: number): string {
  const pct = 100 * error;
  const digits = Math.abs(pct) >= 100 || Number.isInteger(pct) ? 0 : 1;
  const text = Math.abs(pct).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
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
