'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OltpResult, WorkloadId } from './model';
import { WORKLOAD_LABEL } from './model';

/** Log-spaced bin edges in ms, 4 per decade from 1 µs to 100 s, so lookups and aggregations share one axis. */
const EDGES = Array.from({ length: 33 }, (_, i) => 10 ** (-3 + i / 4));

function binLabel(ms: number): string {
  if (ms < 1) return `${+(ms * 1000).toPrecision(2)} µs`;
  if (ms < 1000) return `${+ms.toPrecision(2)} ms`;
  return `${+(ms / 1000).toPrecision(2)} s`;
}

/** Counts of samples per log-spaced bin for each engine, trimmed to the bins that hold any. */
export function latencyBins(series: Record<string, readonly number[]>) {
  const rows = EDGES.slice(0, -1).map((lo, i) => {
    const row: Record<string, number | string> = { bin: `${binLabel(lo)}–${binLabel(EDGES[i + 1]!)}` };
    for (const [name, values] of Object.entries(series)) row[name] = values.filter((v) => v >= lo && v < EDGES[i + 1]!).length;
    return row;
  });
  const used = rows.map((r, i) => (Object.keys(series).some((k) => (r[k] as number) > 0) ? i : -1)).filter((i) => i >= 0);
  if (used.length === 0) return [];
  return rows.slice(Math.max(0, used[0]! - 1), used[used.length - 1]! + 2);
}

function Histogram({ title, series }: { title: string; series: Record<string, readonly number[]> }) {
  const data = latencyBins(series);
  return (
    <figure className="chart" aria-label={`${title}. The percentiles are in the latency table at the top of the results.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="bin" stroke="var(--muted)" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis stroke="var(--muted)" allowDecimals={false} width={40} />
          <Tooltip contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend />
          <Bar dataKey="SQLite" fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="DuckDB" fill="var(--ok)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** One latency histogram per workload (time on log-spaced bins), plus the lookups inside the mixed stream. */
export function OltpCharts({ result }: { result: OltpResult }) {
  const byEngine = (pick: (e: OltpResult['engines'][number]) => readonly number[]) => {
    const out: Record<string, readonly number[]> = {};
    for (const e of result.engines) out[e.engine === 'sqlite' ? 'SQLite' : 'DuckDB'] = pick(e);
    return out;
  };
  const workloads: WorkloadId[] = ['lookup', 'update', 'aggregate'];
  return (
    <div className="chart-grid">
      {workloads.map((w) => (
        <Histogram key={w} title={`${WORKLOAD_LABEL[w]}: samples per time bin (log-spaced)`} series={byEngine((e) => e.workloads.find((x) => x.workload === w)?.samples ?? [])} />
      ))}
      <Histogram title="Lookups in the mixed stream: latency including the wait" series={byEngine((e) => e.mix.lookupLatencySamples)} />
    </div>
  );
}
