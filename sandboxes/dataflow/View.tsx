'use client';

import { useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { LagChart, LatencyHistogram, SweepChart } from './Charts';
import styles from './dataflow.module.css';
import { definition } from './definition';
import { COMMIT_INTERVAL_MS, DB_CONNECTIONS } from './model';
import { ModeTable, RpcCheck, SweepTables } from './Tables';

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
                  <SweepTables sweep={result.sweep} params={params} />
                ) : (
                  <p className="results-note">Turn on “{definition.controls.sweep.label}” to see every mode at each failure rate and the chain by its length.</p>
                )}
              </>
            ),
            details: (
              <div className={styles.charts}>
                <LatencyHistogram result={result} />
                {result.bus && <LagChart bus={result.bus} params={params} />}
                {result.sweep && <SweepChart rows={result.sweep.rows} hops={params.hops} deadlineMs={params.deadlineMs} />}
              </div>
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
