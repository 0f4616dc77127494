'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatSeconds, formatShare, formatTick } from './format';
import type { BatchStreamResult } from './model';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };

/** The trade-off as the window grows: the wait (log axes) and the share of time the processor works. */
export function BatchStreamCharts({ result }: { result: BatchStreamResult }) {
  const stream = result.modes.find((m) => m.mode === 'stream');
  const batchLabel = 'Job per window';
  const engineLabel = 'Always-on engine';
  // A wait where the queue grows depends on how long the run lasts, not on W: those points are left out (the table has them).
  const latency = result.sweep.map((p) => ({
    window: p.window,
    [batchLabel]: p.batch.keepsUp ? p.batch.meanLatency : null,
    [engineLabel]: p.engine.keepsUp ? p.engine.meanLatency : null,
  }));
  const plotted = [...latency.flatMap((d) => [d[batchLabel], d[engineLabel]]), stream?.latency.mean ?? null].filter((v): v is number => typeof v === 'number' && v > 0);
  const low = plotted.length ? Math.min(...plotted) / 2 : 0.001;
  const high = plotted.length ? Math.max(...plotted) * 2 : 1;
  const latencyTicks = [0.001, 0.01, 0.1, 1, 10, 60, 600, 3_600, 36_000, 360_000].filter((t) => t >= low && t <= high);
  const busy = result.sweep.map((p) => ({ window: p.window, [batchLabel]: p.batch.busyShare * 100, [engineLabel]: p.engine.busyShare * 100 }));
  const windows = result.sweep.map((p) => p.window);
  const ticks = [0.1, 1, 10, 60, 600, 3_600, 86_400].filter((w) => w >= Math.min(...windows) && w <= Math.max(...windows));
  const xAxis = (
    <XAxis
      dataKey="window"
      type="number"
      scale="log"
      domain={['dataMin', 'dataMax']}
      ticks={ticks}
      tickFormatter={(w: number) => formatTick(w)}
      stroke="var(--muted)"
      label={{ value: 'window W', position: 'insideBottom', offset: -4, fill: 'var(--muted)' }}
    />
  );
  return (
    <div className="chart-grid">
      <figure className="chart" aria-label={`Mean wait against the window length, for a job per window (${formatSeconds(result.modes[0]?.overheadSeconds ?? 0)} start-up) and an always-on engine (${formatSeconds(result.modes[1]?.overheadSeconds ?? 0)} per batch), with the stream as a dotted line. The same numbers are in the window sweep table.`}>
        <figcaption>Mean wait (event → result) against W, where the processor keeps up; dotted: the stream</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={latency} margin={{ top: 8, right: 16, bottom: 12, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            {xAxis}
            <YAxis scale="log" domain={[low, high]} ticks={latencyTicks} stroke="var(--muted)" tickFormatter={(v: number) => formatTick(v)} width={56} />
            <Tooltip formatter={(v) => formatSeconds(Number(v))} labelFormatter={(w) => `W = ${formatSeconds(Number(w))}`} contentStyle={tooltipStyle} />
            <Legend verticalAlign="top" />
            <Line dataKey={batchLabel} stroke="var(--accent)" strokeWidth={2} dot isAnimationActive={false} />
            <Line dataKey={engineLabel} stroke="var(--ok)" strokeWidth={2} strokeDasharray="6 3" dot isAnimationActive={false} />
            {stream && stream.latency.mean > 0 && <ReferenceLine y={stream.latency.mean} stroke="var(--muted)" strokeDasharray="2 3" />}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart" aria-label="Busy share against the window length, for a job per window and an always-on engine, with the stream as a dotted line. The same numbers are in the window sweep table.">
        <figcaption>Share of time the processor is busy against W; dotted: the stream</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={busy} margin={{ top: 8, right: 16, bottom: 12, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            {xAxis}
            <YAxis domain={[0, 100]} stroke="var(--muted)" tickFormatter={(v: number) => `${v}%`} width={48} />
            <Tooltip formatter={(v) => formatShare(Number(v) / 100)} labelFormatter={(w) => `W = ${formatSeconds(Number(w))}`} contentStyle={tooltipStyle} />
            <Legend verticalAlign="top" />
            <Line dataKey={batchLabel} stroke="var(--accent)" strokeWidth={2} dot isAnimationActive={false} />
            <Line dataKey={engineLabel} stroke="var(--ok)" strokeWidth={2} strokeDasharray="6 3" dot isAnimationActive={false} />
            {stream && <ReferenceLine y={stream.busyShare * 100} stroke="var(--muted)" strokeDasharray="2 3" />}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
