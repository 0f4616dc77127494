'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import { FEATURE_LABEL, type CdcAsofResult } from './model';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** Per feature, the share of the naive join's rows whose value was committed after the anchor; the table below it has the counts. */
export function LeakChart({ result }: { result: CdcAsofResult }) {
  const data = result.leaks.map((l) => ({ name: FEATURE_LABEL[l.feature], share: Math.round(1000 * l.share) / 10, rows: l.rows }));
  return (
    <figure className="chart" aria-label="Share of rows per feature whose value in the naive join came from after the anchor. The counts are in the table that follows.">
      <figcaption>Rows whose value came from after the anchor, per feature (%)</figcaption>
      <ResponsiveContainer width="100%" height={40 + data.length * 30}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} stroke="var(--muted)" tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" stroke="var(--muted)" tick={{ fontSize: 12 }} width={112} />
          <Tooltip contentStyle={tooltipStyle} formatter={(v, _n, item) => [`${String(v)}% (${formatNumber(Number((item.payload as { rows: number }).rows))} rows)`, 'from the future']} />
          <Bar dataKey="share" name="from the future" fill="var(--danger)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
