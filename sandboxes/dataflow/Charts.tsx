'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import styles from './dataflow.module.css';
import { modeLabels, rateLabel, type BusDetail, type DataflowParams, type DataflowResult, type Mode, type SweepRow } from './model';

/** Each mode keeps its colour and its dash on every chart, so the lines are told apart without colour too. */
export const modeStyle: Record<Mode, { color: string; dash?: string }> = {
  rpc: { color: 'var(--accent)' },
  bus: { color: 'var(--ok)', dash: '6 3' },
  db: { color: 'var(--muted)', dash: '2 3' },
};

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };
const axis = { stroke: 'var(--muted)', tick: { fontSize: 11 } };
const share = (v: number) => `${(v * 100).toFixed(v < 0.01 && v > 0 ? 2 : 1)} %`;

const edgeLabel = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);
/** "10–20 ms", "500 ms–1 s": the unit once when both edges share it. */
function bandLabel(low: number, high: number): string {
  const [lowValue, lowUnit] = low >= 1000 ? [low / 1000, 's'] : [low, 'ms'];
  const [highValue, highUnit] = high >= 1000 ? [high / 1000, 's'] : [high, 'ms'];
  return lowUnit === highUnit ? `${lowValue}–${highValue} ${highUnit}` : `${edgeLabel(low)}–${edgeLabel(high)}`;
}

/** The histogram's bins with a label each, without the empty bins at either end. */
export function histogramRows(result: DataflowResult): Array<{ label: string } & Partial<Record<Mode, number>>> {
  const edges = result.histogramEdgesMs;
  const bins = edges.length + 1;
  const used = Array.from({ length: bins }, (_, i) => result.runs.some((run) => (run.histogram[i] ?? 0) > 0));
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  if (first < 0) return [];
  const rows: Array<{ label: string } & Partial<Record<Mode, number>>> = [];
  for (let i = first; i <= last; i++) {
    const label = i === 0 ? `< ${edgeLabel(edges[0]!)}` : i === edges.length ? `≥ ${edgeLabel(edges[i - 1]!)}` : bandLabel(edges[i - 1]!, edges[i]!);
    const row: { label: string } & Partial<Record<Mode, number>> = { label };
    for (const run of result.runs) row[run.mode] = (run.histogram[i] ?? 0) / run.requests;
    rows.push(row);
  }
  return rows;
}

export function LatencyHistogram({ result }: { result: DataflowResult }) {
  const rows = histogramRows(result);
  const title = 'End-to-end latency: share of requests in each band (square-root scale, so the tail shows)';
  return (
    <figure className="chart" aria-label={`${title}. The same numbers are in the table below the chart.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" {...axis} interval="preserveStartEnd" />
          <YAxis scale="sqrt" domain={[0, 'auto']} {...axis} tickFormatter={(v: number) => `${Math.round(v * 100)} %`} width={48} />
          <Tooltip formatter={(v) => share(Number(v))} contentStyle={tooltipStyle} />
          <Legend />
          {result.runs.map((run) => (
            <Bar key={run.mode} dataKey={run.mode} name={modeLabels[run.mode]} fill={modeStyle[run.mode].color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <details>
        <summary>The chart’s numbers</summary>
        <div className="table-scroll" role="region" aria-label="Latency bands" tabIndex={0}>
          <table className="results-table">
            <caption>Share of all requests whose end-to-end latency fell in each band (failed and lost requests fall in none)</caption>
            <thead>
              <tr>
                <th scope="col">Latency</th>
                {result.runs.map((run) => (
                  <th key={run.mode} scope="col">
                    {modeLabels[run.mode]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {result.runs.map((run) => (
                    <td key={run.mode}>{share(row[run.mode] ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export function LagChart({ bus, params }: { bus: BusDetail; params: DataflowParams }) {
  const title = 'Message bus: consumer lag (messages waiting) and how far behind B’s view is (seconds)';
  const outageEnd = params.outageStartSec + params.outageSec;
  // Every tenth point for the table: the maximum lag and staleness are in the results table.
  const sampled = bus.lagSeries.filter((_, i) => i % 10 === 0);
  return (
    <figure className="chart" aria-label={`${title}. Every tenth point is in the table below the chart.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={bus.lagSeries} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="tSec" type="number" domain={[0, params.runSec]} {...axis} tickFormatter={(v: number) => `${v} s`} />
          <YAxis yAxisId="lag" {...axis} width={52} allowDecimals={false} />
          <YAxis yAxisId="stale" orientation="right" {...axis} width={44} tickFormatter={(v: number) => `${v} s`} />
          {params.outageSec > 0 && (
            <ReferenceArea yAxisId="lag" x1={params.outageStartSec} x2={outageEnd} fill="var(--muted)" fillOpacity={0.15} label={{ value: 'consumer down', fill: 'var(--muted)', fontSize: 11, position: 'insideTop' }} />
          )}
          <Tooltip labelFormatter={(v) => `t = ${Number(v).toFixed(1)} s`} formatter={(v, name) => (name === 'Lag' ? `${Number(v)} messages` : `${Number(v).toFixed(2)} s`)} contentStyle={tooltipStyle} />
          <Legend />
          <Line yAxisId="lag" type="stepAfter" dataKey="lag" name="Lag" stroke="var(--ok)" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line yAxisId="stale" type="linear" dataKey="stalenessSec" name="B’s view behind" stroke="var(--accent)" strokeDasharray="6 3" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <details>
        <summary>The chart’s numbers</summary>
        <div className="table-scroll" role="region" aria-label="Consumer lag over time" tabIndex={0}>
          <table className="results-table">
            <caption>Lag and staleness every {(params.runSec / (bus.lagSeries.length - 1)) * 10} s of the run</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Messages waiting</th>
                <th scope="col">B’s view behind</th>
              </tr>
            </thead>
            <tbody>
              {sampled.map((point) => (
                <tr key={point.tSec}>
                  <th scope="row">{point.tSec.toFixed(1)} s</th>
                  <td>{point.lag.toLocaleString('en-US')}</td>
                  <td>{point.stalenessSec.toFixed(2)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export function SweepChart({ rows, hops, deadlineMs }: { rows: SweepRow[]; hops: number; deadlineMs: number }) {
  const data = rows.map((row) => ({ rate: rateLabel(row.failureRate), db: row.db.missedShare, rpc: row.rpc.missedShare, bus: row.bus.missedShare }));
  const title = `Requests missed (failed, lost or later than ${deadlineMs} ms) as the per-hop failure rate rises; the chain has ${hops} hop${hops === 1 ? '' : 's'}`;
  return (
    <figure className="chart" aria-label={`${title}. The same numbers are in the sweep table, under Tables.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="rate" {...axis} interval="preserveStartEnd" />
          <YAxis {...axis} tickFormatter={(v: number) => `${Math.round(v * 100)} %`} width={48} domain={[0, 'auto']} />
          <Tooltip formatter={(v) => share(Number(v))} labelFormatter={(v) => `p = ${Number(v)}`} contentStyle={tooltipStyle} />
          <Legend />
          {(['rpc', 'bus', 'db'] as const).map((mode) => (
            <Line key={mode} type="linear" dataKey={mode} name={modeLabels[mode]} stroke={modeStyle[mode].color} strokeDasharray={modeStyle[mode].dash} strokeWidth={2} dot isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The charts of a run, one above another: loaded with recharts only when a run has results to draw. */
export function DataflowCharts({ result, params }: { result: DataflowResult; params: DataflowParams }) {
  return (
    <div className={styles.charts}>
      <LatencyHistogram result={result} />
      {result.bus && <LagChart bus={result.bus} params={params} />}
      {result.sweep && <SweepChart rows={result.sweep.rows} hops={params.hops} deadlineMs={params.deadlineMs} />}
    </div>
  );
}
