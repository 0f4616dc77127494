'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { LeakCounts, RunDetails } from './Details';
import { LeakRows, ReplayTable, ScoreTable } from './Tables';

const LeakChart = lazy(() => import('./Charts').then((m) => ({ default: m.LeakChart })));

export default function CdcAsofView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;

  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <ScoreTable result={result} params={params} />,
            tables: (
              <>
                <LeakRows result={result} />
                <ReplayTable result={result} />
              </>
            ),
            // Tables is drawn as the result arrives, so it stays light; Details is drawn when first
            // shown, and only then loads recharts.
            details: (
              <>
                <Suspense fallback={<p className="results-note">Loading the chart…</p>}>
                  <LeakChart result={result} />
                </Suspense>
                <LeakCounts result={result} />
                <RunDetails result={result} />
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
            'The orders',
            <>
              {c.number('ordersPerDay')}
              {c.number('days')}
              {c.number('trainDays')}
              {c.number('purgePercent')}
            </>,
          )}
          {c.group(
            'Delivery of the change events',
            <>
              {c.number('duplicatePercent')}
              {c.number('latePercent')}
            </>,
            'The consumer applies an event only if its LSN is newer than the row’s; the Tables tab compares that with applying every event as it arrives.',
          )}
          {c.group(
            'The training rows',
            <>
              {c.number('anchorMinutes')}
              {c.choice('inequality')}
            </>,
          )}
          {c.number('seed')}
        </>
      }
      results={results}
    />
  );
}
