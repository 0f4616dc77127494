'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import type { QualityGatesResult } from './model';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** The consumer's daily request count against the truth: gaps where it held back, spikes and dips where a fault got through. */
export function RequestsChart({ result }: { result: QualityGatesResult }) {
  const data = result.days.map((d) => ({ day: d.day, truth: d.truth.requests, reported: d.reported?.requests ?? null }));
  return (
    <figure className="chart" aria-label="Requests per day: the true count and the count the consumer reported. The numbers are in the day table and under Tables.">
      <figcaption>Requests per day: true, and as the consumer reported them (gaps: held back)</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="day" stroke="var(--muted)" tick={{ fontSize: 11 }} />
          <YAxis stroke="var(--muted)" width={56} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip contentStyle={tooltipStyle} formatter={(v) => formatNumber(Number(v))} labelFormatter={(d) => (typeof d === 'number' ? `Day ${d}` : '')} />
          <Legend />
          <Line dataKey="truth" name="True count" stroke="var(--muted)" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
          <Line dataKey="reported" name="Reported" stroke="var(--accent)" connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
