'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { shortName } from './explain';
import type { FormatResult, FormatsResult } from './model';

/** Size and the three times of every format, each relative to JSON's. */
export function FactorCharts({ result }: { result: FormatsResult }) {
  const json = result.formats.find((f) => f.format === 'json');
  if (!json) return null;
  const relative = (value: (f: FormatResult) => number) => result.formats.map((f) => ({ name: shortName(f), value: value(f) / value(json) }));
  return (
    <div className="chart-grid">
      <FactorChart title="Size, relative to JSON" data={relative((f) => f.bytes)} />
      <FactorChart title="Write time, relative to JSON" data={relative((f) => f.writeMs)} />
      <FactorChart title="Read-all time, relative to JSON" data={relative((f) => f.readMs)} />
      <FactorChart title="Sum-one-column time, relative to JSON" data={relative((f) => f.columnMs)} />
    </div>
  );
}

function FactorChart({ title, data }: { title: string; data: Array<{ name: string; value: number }> }) {
  return (
    <figure className="chart" aria-label={`${title}. The same numbers are in the table.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" stroke="var(--muted)" tickFormatter={(v: number) => `${v.toFixed(1)}×`} />
          <YAxis type="category" dataKey="name" width={130} interval={0} stroke="var(--muted)" tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)}× JSON`} contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Bar dataKey="value" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
