'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { DatasetTable, OverlapTable, ScoreTable } from './Tables';

// recharts loads when Details is first shown, not with the page or the result.
const AucChart = lazy(() => import('./Charts').then((m) => ({ default: m.AucChart })));

export default function SplitsLeakageView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;

  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <ScoreTable result={result} params={params} />,
            tables: <OverlapTable result={result} />,
            details: (
              <>
                <Suspense fallback={<p className="results-note">Loading the chart…</p>}>
                  <AucChart result={result} />
                </Suspense>
                <DatasetTable result={result} />
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
            'The users and their rows',
            <>
              {c.number('users')}
              {c.number('days')}
              {c.number('userEffect')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'Leaks to switch on or off',
            <>
              {c.toggle('futureFeature')}
              {c.number('duplicatePercent')}
              {c.toggle('dedupe')}
            </>,
            'The later period always gets the 7-day feature as serving would compute it, from the days before each row.',
          )}
        </>
      }
      results={results}
    />
  );
}
