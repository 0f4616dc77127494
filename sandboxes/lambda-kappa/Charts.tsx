'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LambdaKappaResult } from './compute';
import { hourLabel, hours, usd } from './format';

const tooltipStyle = { background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' };
const axis = { stroke: 'var(--muted)', tick: { fontSize: 11 } };
const dayTick = (h: number) => `day ${Math.floor(h / 24) + 1}`;
const xAxis = (hoursTotal: number) => ({ dataKey: 't', type: 'number' as const, domain: [0, hoursTotal], ticks: dayTicks(hoursTotal), tickFormatter: dayTick, ...axis });
function dayTicks(total: number): number[] {
  const days = total / 24;
  const every = Math.max(1, Math.ceil(days / 8));
  return Array.from({ length: Math.floor(days / every) }, (_, i) => i * every * 24);
}

/** Where the fix went in and where Kappa switched: dotted lines on both charts. */
function Marks({ result, yAxisId }: { result: LambdaKappaResult; yAxisId?: string }) {
  return (
    <>
      {result.firstFixAt !== null && <ReferenceLine yAxisId={yAxisId} x={result.firstFixAt} stroke="var(--danger)" strokeDasharray="2 3" label={{ value: 'fix', fill: 'var(--muted)', fontSize: 11, position: 'insideTopRight' }} />}
      {result.kappa.lastSwitch && <ReferenceLine yAxisId={yAxisId} x={result.kappa.lastSwitch.at} stroke="var(--ok)" strokeDasharray="2 3" label={{ value: 'switch', fill: 'var(--muted)', fontSize: 11, position: 'insideTopLeft' }} />}
    </>
  );
}

/** The share of users each architecture serves wrong, over time (the worst tick of each stretch). */
export function ErrorChart({ result }: { result: LambdaKappaResult }) {
  const title = 'Share of users served a wrong net spend, Lambda against Kappa, over simulated time (the worst quarter hour of each point)';
  return (
    <figure className="chart" aria-label={`${title}. The numbers are in the table below the charts.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={result.chart} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis {...xAxis(result.hours)} />
          <YAxis {...axis} width={44} domain={[0, 100]} unit="%" />
          <Tooltip labelFormatter={(t) => hourLabel(Number(t))} formatter={(v) => `${Number(v).toFixed(1)} %`} contentStyle={tooltipStyle} />
          <Legend />
          <Marks result={result} />
          <Line type="stepAfter" dataKey="lambdaPct" name="Lambda: users wrong" stroke="var(--accent)" dot={false} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="kappaPct" name="Kappa: users wrong" stroke="var(--ok)" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The mean error per user in dollars: how far off the wrong answers are, which the share alone does not say. */
export function ErrorSizeChart({ result }: { result: LambdaKappaResult }) {
  const title = 'Mean error per user in dollars, Lambda against Kappa, over simulated time (the worst quarter hour of each point)';
  return (
    <figure className="chart" aria-label={`${title}. The numbers are in the table below the charts.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={result.chart} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis {...xAxis(result.hours)} />
          <YAxis {...axis} width={56} tickFormatter={(v: number) => `$${Math.round(v)}`} />
          <Tooltip labelFormatter={(t) => hourLabel(Number(t))} formatter={(v) => usd(Number(v))} contentStyle={tooltipStyle} />
          <Legend />
          <Marks result={result} />
          <Line type="stepAfter" dataKey="lambdaErr" name="Lambda: mean error" stroke="var(--accent)" dot={false} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="kappaErr" name="Kappa: mean error" stroke="var(--ok)" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Lambda's lag is the age of its batch view; Kappa's, while it replays, how far behind the head the replay reads. */
export function LagChart({ result }: { result: LambdaKappaResult }) {
  const title = 'Lag in hours: the age of the batch view Lambda serves, and how far behind the head of the log Kappa’s replay is reading';
  return (
    <figure className="chart" aria-label={`${title}. The numbers are in the table below.`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={result.chart} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis {...xAxis(result.hours)} />
          <YAxis yAxisId="batch" {...axis} width={44} unit=" h" />
          <YAxis yAxisId="replay" orientation="right" {...axis} width={56} unit=" h" />
          <Tooltip labelFormatter={(t) => hourLabel(Number(t))} formatter={(v) => hours(Number(v))} contentStyle={tooltipStyle} />
          <Legend />
          <Marks result={result} yAxisId="batch" />
          <Line yAxisId="batch" type="linear" dataKey="batchAge" name="Lambda: batch view age (left axis)" stroke="var(--accent)" dot={false} isAnimationActive={false} />
          <Line yAxisId="replay" type="linear" dataKey="replayBehind" name="Kappa: replay behind the head (right axis)" stroke="var(--ok)" strokeDasharray="6 3" dot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The charts' numbers, for screen readers and print: every 6th point. */
export function ChartTable({ result }: { result: LambdaKappaResult }) {
  const rows = result.chart.filter((_, i) => i % 6 === 5 || i === result.chart.length - 1);
  return (
    <details>
      <summary>The charts’ numbers (every 6th point)</summary>
      <div className="table-scroll" role="region" aria-label="The charts’ numbers" tabIndex={0}>
        <table className="results-table">
          <caption>Worst values in each stretch of simulated time</caption>
          <thead>
            <tr>
              <th scope="col">Until</th>
              <th scope="col">Lambda wrong</th>
              <th scope="col">Lambda error</th>
              <th scope="col">Kappa wrong</th>
              <th scope="col">Kappa error</th>
              <th scope="col">Batch view age</th>
              <th scope="col">Replay behind</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.t}>
                <td>{hourLabel(p.t)}</td>
                <td>{p.lambdaPct.toFixed(1)} %</td>
                <td>{usd(p.lambdaErr)}</td>
                <td>{p.kappaPct.toFixed(1)} %</td>
                <td>{usd(p.kappaErr)}</td>
                <td>{hours(p.batchAge)}</td>
                <td>{p.replayBehind === null ? '—' : hours(p.replayBehind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Everything in the Details tab that needs recharts, loaded together. */
export function ChartsPanel({ result }: { result: LambdaKappaResult }) {
  return (
    <>
      <ErrorChart result={result} />
      <ErrorSizeChart result={result} />
      <LagChart result={result} />
      <ChartTable result={result} />
    </>
  );
}
