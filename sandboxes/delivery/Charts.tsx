'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/format';
import type { DeliveryResult } from './compute';
import { modeShort, type DeliveryParams } from './model';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };
const axis = { stroke: 'var(--muted)', tick: { fontSize: 11 } };
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** The backlog over time: messages past the committed offsets (what the buffer bounds), and the DLQ. */
export function LagChart({ result, params }: { result: DeliveryResult; params: DeliveryParams }) {
  const data = result.lag.map((p) => ({ t: p.t, lag: p.lag, dlq: p.dlq }));
  const peak = Math.max(0, ...data.map((d) => d.lag));
  const title = `${modeShort[result.mode]}: messages past the committed offsets over time${params.overflow === 'grow' ? '' : `, against the buffer of ${formatNumber(params.buffer)}`}; dotted lines mark the faults`;
  return (
    <figure className="chart" aria-label={`${title}. Peak ${formatNumber(peak)} messages. The numbers are in the table below the chart.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="t" type="number" domain={[0, 'dataMax']} tickFormatter={seconds} {...axis} />
          <YAxis {...axis} width={48} allowDecimals={false} />
          <Tooltip labelFormatter={(t) => seconds(Number(t))} contentStyle={tooltipStyle} />
          <Legend />
          {params.overflow !== 'grow' && <ReferenceLine y={params.buffer} stroke="var(--muted)" strokeDasharray="6 3" label={{ value: 'buffer', fill: 'var(--muted)', fontSize: 11, position: 'insideTopRight' }} />}
          {result.faults.map((f, i) => (
            <ReferenceLine key={i} x={f.atMs} stroke="var(--danger)" strokeDasharray="2 3" />
          ))}
          <Line type="stepAfter" dataKey="lag" name="Uncommitted messages (lag)" stroke="var(--accent)" dot={false} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="dlq" name="In the DLQ" stroke="var(--ok)" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <details>
        <summary>The chart’s numbers (every 10th point)</summary>
        <div className="table-scroll" role="region" aria-label="Lag over time" tabIndex={0}>
          <table className="results-table">
            <caption>Lag and DLQ size over simulated time</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Lag</th>
                <th scope="col">Sent so far</th>
                <th scope="col">Sink rows</th>
                <th scope="col">DLQ</th>
              </tr>
            </thead>
            <tbody>
              {result.lag
                .filter((_, i) => i % 10 === 0)
                .map((p) => (
                  <tr key={p.t}>
                    <th scope="row">{seconds(p.t)}</th>
                    <td>{formatNumber(p.lag)}</td>
                    <td>{formatNumber(p.produced)}</td>
                    <td>{formatNumber(p.rows)}</td>
                    <td>{formatNumber(p.dlq)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
