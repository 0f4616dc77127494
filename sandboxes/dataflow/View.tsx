'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { COMMIT_INTERVAL_MS, DB_CONNECTIONS } from './model';
import { HopTable, ModeTable, RpcCheck, SweepTable } from './Tables';

// recharts loads with the first results, not with the page.
const DataflowCharts = lazy(() => import('./Charts').then((m) => ({ default: m.DataflowCharts })));

export default function DataflowView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;

  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <ModeTable result={result} params={params} />,
            tables: (
              <>
                <RpcCheck result={result} />
                {result.sweep ? (
                  <SweepTable sweep={result.sweep} params={params} />
                ) : (
                  <p className="results-note">Turn on “{definition.controls.sweep.label}” to see every mode at each failure rate (and, under Details, the chain by its length).</p>
                )}
              </>
            ),
            details: (
              <>
                {result.sweep && <HopTable sweep={result.sweep} params={params} />}
                <Suspense fallback={<p className="results-note">Loading charts…</p>}>
                  <DataflowCharts result={result} params={params} />
                </Suspense>
              </>
            ),
          }
        : null,
    [result, params],
  );

  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.group(
            'The run',
            <>
              {c.choice('mode')}
              {c.number('requestRate')}
              {c.number('runSec')}
              {c.number('deadlineMs')}
              {c.number('seed')}
              {c.toggle('sweep')}
            </>,
          )}
          {c.group(
            'Calls and failures',
            <>
              {c.number('failureRate')}
              {c.number('hopLatencyMs')}
              {c.choice('latencyShape')}
              {c.number('timeoutMs')}
              {c.toggle('retries')}
              {c.number('maxRetries')}
              {c.number('backoffMs')}
            </>,
          )}
          {c.group('RPC chain', c.number('hops'))}
          {c.group(
            'Shared database',
            <>
              {c.number('slowQueriesPerSec')}
              {c.number('slowQueryMs')}
            </>,
            `A's queries and B's slow ones wait in one line for ${DB_CONNECTIONS} connections.`,
          )}
          {c.group(
            'Message bus',
            <>
              {c.number('consumerRate')}
              {c.number('retentionSec')}
              {c.number('outageStartSec')}
              {c.number('outageSec')}
            </>,
            `The consumer records its position every ${COMMIT_INTERVAL_MS / 1000} s; after an outage it resumes from there.`,
          )}
        </>
      }
      results={results}
    />
  );
}
