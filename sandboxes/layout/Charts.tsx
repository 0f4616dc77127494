'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LayoutResult } from './model';

/** Time against column count for both layouts (log axes: both span orders of magnitude). */
export function LayoutCharts({ result }: { result: LayoutResult }) {
  const scan = result.sweep.map((s) => ({ columns: s.columns, 'row-major': s.row.scanMs, 'column-major': s.column.scanMs }));
  const lookup = result.sweep.map((s) => ({ columns: s.columns, 'row-major': s.row.lookupNs, 'column-major': s.column.lookupNs }));
  return (
    <div className="chart-grid">
      <Chart title="Scan one column: median ms (lower is faster)" data={scan} unit="ms" />
      <Chart title="Point lookup, every column: median ns (lower is faster)" data={lookup} unit="ns" />
    </div>
  );
}

function Chart({ title, data, unit }: { title: string; data: Array<Record<string, number>>; unit: string }) {
  return (
    <figure className="chart" aria-label={`${title}. The same numbers are in the table.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="columns" scale="log" type="number" domain={['dataMin', 'dataMax']} ticks={data.map((d) => d.columns!)} stroke="var(--muted)" label={{ value: 'columns', position: 'insideBottom', offset: -4, fill: 'var(--muted)' }} />
          <YAxis scale="log" domain={['auto', 'auto']} stroke="var(--muted)" tickFormatter={(v: number) => (v >= 10 ? v.toFixed(0) : v.toPrecision(2))} width={56} />
          <Tooltip formatter={(v) => `${Number(v).toPrecision(3)} ${unit}`} contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend />
          <Line type="monotone" dataKey="row-major" stroke="var(--accent)" strokeWidth={2} dot isAnimationActive={false} />
          <Line type="monotone" dataKey="column-major" stroke="var(--ok)" strokeWidth={2} strokeDasharray="6 3" dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
