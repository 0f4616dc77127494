'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import type { CodebookTrapResult } from './model';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** Recorded tip_amount of card and cash trips in $1 bins: the cash trips are one bar at $0. */
export function TipChart({ result }: { result: CodebookTrapResult }) {
  const cashAtZero = result.tipHistogram[0]?.cash ?? 0;
  const cardAtZero = result.tipHistogram[0]?.card ?? 0;
  return (
    <figure
      className="chart"
      aria-label={`Recorded tips in one-dollar bins. All ${formatNumber(cashAtZero)} cash trips sit in the $0–1 bin, beside ${formatNumber(cardAtZero)} card trips; the other card trips spread from $1 up. The counts are in the table “By payment type” under Tables.`}
    >
      <figcaption>Recorded tip_amount, card and cash trips (trips per $1 bin)</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={result.tipHistogram} margin={{ top: 8, right: 12, bottom: 8, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="bin" stroke="var(--muted)" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis stroke="var(--muted)" width={56} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip contentStyle={tooltipStyle} formatter={(v) => formatNumber(Number(v))} />
          <Legend />
          <Bar dataKey="card" name="Card (payment_type 1)" fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="cash" name="Cash (payment_type 2)" fill="var(--danger)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
