'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SPLIT_LABEL, type SplitsLeakageResult } from './model';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** Validation against later-period AUC per split; the headline table holds the same numbers. */
export function AucChart({ result }: { result: SplitsLeakageResult }) {
  const data = result.scores.map((s) => ({ name: SPLIT_LABEL[s.split], validate: Number(s.validateAuc.toFixed(3)), later: Number(s.laterAuc.toFixed(3)) }));
  return (
    <figure className="chart" aria-label="Validation AUC and later-period AUC for each split, as bars. The headline table has the same numbers.">
      <figcaption>AUC per split: validation (what the split promised) and the later period (what happened)</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="name" stroke="var(--muted)" tick={{ fontSize: 11 }} interval={0} />
          <YAxis domain={[0.5, 1]} ticks={[0.5, 0.6, 0.7, 0.8, 0.9, 1]} stroke="var(--muted)" tick={{ fontSize: 11 }} width={36} />
          <Tooltip contentStyle={tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="validate" name="Validation AUC" fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="later" name="Later-period AUC" fill="var(--muted)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
