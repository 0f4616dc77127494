'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { ENGINE_NAME } from '@/lib/engines/kinds';
import { ENGINE_LABEL } from '@/lib/engines/sql';
import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { WORKLOAD_LABEL, type OltpResult } from './model';

const OltpCharts = lazy(() => import('./Charts').then((m) => ({ default: m.OltpCharts })));

export default function OltpOlapView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result } = run;
  const results = useMemo(
    () =>
      result
        ? {
            headline: <LatencyTable result={result} />,
            tables: <LoadTable result={result} />,
            details: <OltpDetails result={result} />,
          }
        : null,
    [result],
  );
  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.group(
            'The orders table',
            <>
              {c.number('rows')}
              {c.toggle('sqliteIndex')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'Each workload alone',
            <>
              {c.number('queries')}
              {c.number('aggregations')}
              {c.number('budgetSeconds')}
            </>,
          )}
          {c.group(
            'Lookups and aggregations mixed',
            <>
              {c.number('mixLookupPercent')}
              {c.number('arrivalsPerSecond')}
            </>,
            'As many queries as “Lookups and updates”, on one engine that runs one at a time.',
          )}
        </>
      }
      results={results}
    />
  );
}

/** The headline: milliseconds per query for each workload on each engine, and the lookups inside the mixed stream. */
function LatencyTable({ result }: { result: OltpResult }) {
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Latency by engine and workload" tabIndex={0}>
        <table className="results-table">
          <caption>
            Milliseconds per query, by workload and engine: {formatNumber(result.rows)} orders, the same rows in SQLite (a row store) and DuckDB (a column store)
          </caption>
          <thead>
            <tr>
              <th scope="col">Workload</th>
              <th scope="col">Engine</th>
              <th scope="col">Queries</th>
              <th scope="col">p50</th>
              <th scope="col">p95</th>
              <th scope="col">p99</th>
            </tr>
          </thead>
          {(['lookup', 'update', 'aggregate'] as const).map((w) => (
            <tbody key={w}>
              {result.engines.map((e, i) => {
                const r = e.workloads.find((x) => x.workload === w)!;
                return (
                  <tr key={e.engine} data-row={`${w}-${e.engine}`}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={result.engines.length}>
                        {WORKLOAD_LABEL[w]}
                      </th>
                    )}
                    <td>{ENGINE_NAME[e.engine]}</td>
                    <td>
                      {formatNumber(r.ran)}
                      {r.budgetHit ? ` of ${formatNumber(r.asked)} (budget)` : ''}
                      {r.group > 1 ? `, in groups of ${r.group}` : ''}
                    </td>
                    <td data-cell="p50" data-value={r.summary.p50}>{formatMs(r.summary.p50)}</td>
                    <td>{formatMs(r.summary.p95)}</td>
                    <td data-cell="p99">{formatMs(r.summary.p99)}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
          <tbody>
            {result.engines.map((e, i) => (
              <tr key={e.engine} data-row={`mix-${e.engine}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={result.engines.length}>
                    Lookups among aggregations (with wait)
                  </th>
                )}
                <td>{ENGINE_NAME[e.engine]}</td>
                <td>
                  {formatNumber(e.mix.lookups)} + {formatNumber(e.mix.aggregations)} agg.{e.mix.budgetHit ? ' (budget)' : ''}, busy {(e.mix.utilisation * 100).toFixed(0)}%
                </td>
                <td data-cell="p50">{formatMs(e.mix.lookupLatency.p50)}</td>
                <td>{formatMs(e.mix.lookupLatency.p95)}</td>
                <td data-cell="p99">{formatMs(e.mix.lookupLatency.p99)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-note">
        {result.agreement.equal ? (
          <strong data-agreement="equal">Both engines return the same aggregation answer.</strong>
        ) : (
          <strong data-agreement="different">The engines disagree on the aggregation answer: this is a bug, please report it.</strong>
        )}
      </p>
    </>
  );
}

function LoadTable({ result }: { result: OltpResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="Load and memory" tabIndex={0}>
      <table className="results-table">
        <caption>Time to load the rows, and memory</caption>
        <thead>
          <tr>
            <th scope="col">Engine</th>
            <th scope="col">Version</th>
            <th scope="col">Load</th>
            <th scope="col">Memory the engine reports</th>
          </tr>
        </thead>
        <tbody>
          {result.engines.map((e) => (
            <tr key={e.engine}>
              <th scope="row">{ENGINE_LABEL[e.engine]}</th>
              <td>{e.version}</td>
              <td>{formatMs(e.loadMs)}</td>
              <td>{e.memoryBytes === null ? '—' : formatBytes(e.memoryBytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How the times were taken, their distributions, and each engine's plan for a lookup. */
function OltpDetails({ result }: { result: OltpResult }) {
  return (
    <>
      <p className="results-note">
        Each engine ran alone in this worker, one after the other. Every time is measured inside the worker around the engine call; this clock ticks every{' '}
        {formatMs(result.clockTickMs)}, so queries faster than that are timed in groups and each sample is the group’s mean.
      </p>
      <Suspense fallback={<p className="results-note">Loading charts…</p>}>
        <OltpCharts result={result} />
      </Suspense>
      {result.engines.map((e) => (
        <details key={e.engine}>
          <summary>How {ENGINE_LABEL[e.engine]} runs a lookup by id</summary>
          <pre data-plan={e.engine}>{e.lookupPlan}</pre>
        </details>
      ))}
    </>
  );
}
