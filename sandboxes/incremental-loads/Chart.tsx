'use client';

import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import { strategies, strategyLabel, type IncrementalLoadsResult, type StrategyDay, type StrategyId } from './model';
import styles from './incremental-loads.module.css';

export const metrics = ['missed', 'deletes', 'held', 'copied', 'read'] as const;
export type Metric = (typeof metrics)[number];
export const metricLabel: Record<Metric, string> = {
  missed: 'Missed (missing or an older version)',
  deletes: 'Deletes not propagated',
  held: 'Read again (already held)',
  copied: 'Copied (new or changed)',
  read: 'Rows read (cost)',
};
export const metricValue: Record<Metric, (d: StrategyDay) => number> = {
  missed: (d) => d.missing + d.stale,
  deletes: (d) => d.softKept + d.hardKept,
  held: (d) => d.alreadyHeld,
  copied: (d) => d.read - d.alreadyHeld,
  read: (d) => d.read,
};

export const STRATEGY_COLOUR: Record<StrategyId, string> = { full: 'var(--muted)', gt: 'var(--danger)', ge: 'var(--focus)', overlap: 'var(--accent)', lookback: 'var(--ok)' };
/** Lines that lie on top of each other (all at zero, say) stay apart by their dashes. */
const DASH: Record<StrategyId, string | undefined> = { full: '2 3', gt: undefined, ge: '8 3', overlap: '4 2 1 2', lookback: '1 2' };
const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** The headline: one line per strategy over the days, for the metric the reader picks. */
export function DaysChart({ result, metric, onMetric }: { result: IncrementalLoadsResult; metric: Metric; onMetric(m: Metric): void }) {
  const name = useId();
  const data = result.days.map((d) => {
    const row: Record<string, number> = { day: d.day };
    for (const s of strategies) row[s] = metricValue[metric](d.byStrategy[s]);
    return row;
  });
  const caption = `${metricLabel[metric]} after each day’s load, per strategy`;
  return (
    <>
      <fieldset className={styles.metrics}>
        <legend className="visually-hidden">What the chart shows</legend>
        {metrics.map((m) => (
          <label key={m} className="inline-choice">
            <input type="radio" name={name} checked={metric === m} onChange={() => onMetric(m)} /> {metricLabel[m]}
          </label>
        ))}
      </fieldset>
      <figure className="chart" aria-label={`${caption}. The numbers are in the table “Every day, every copy” under Tables.`} data-metric={metric}>
        <figcaption>{caption}</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="day" stroke="var(--muted)" tick={{ fontSize: 11 }} label={{ value: 'day', position: 'insideBottomRight', offset: -4, fill: 'var(--muted)', fontSize: 11 }} />
            <YAxis stroke="var(--muted)" tick={{ fontSize: 11 }} width={52} allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip contentStyle={tooltipStyle} labelFormatter={(d) => (typeof d === 'number' || typeof d === 'string' ? `Day ${d}` : '')} formatter={(v) => formatNumber(Number(v))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {strategies.map((s) => (
              <Line key={s} type="linear" dataKey={s} name={strategyLabel[s]} stroke={STRATEGY_COLOUR[s]} strokeDasharray={DASH[s]} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </>
  );
}
