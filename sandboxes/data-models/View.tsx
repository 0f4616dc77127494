'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { Answers, CodeRan, HowEachAnswered, ShopNote, VerdictMatrix } from './Tables';

const ModelsCharts = lazy(() => import('./Charts').then((m) => ({ default: m.ModelsCharts })));

export default function DataModelsView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result } = run;
  const results = useMemo(
    () =>
      result
        ? {
            headline: <VerdictMatrix result={result} />,
            tables: <HowEachAnswered result={result} />,
            details: (
              <>
                <ShopNote result={result} />
                <Suspense fallback={<p className="results-note">Loading charts…</p>}>
                  <ModelsCharts result={result} />
                </Suspense>
                <Answers result={result} />
                <CodeRan result={result} />
              </>
            ),
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
            'The shop',
            <>
              {c.number('users')}
              {c.number('followsPerUser')}
              {c.number('ordersPerUser')}
              {c.number('clicks')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'The questions',
            <>
              {c.number('queryUser')}
              {c.number('queryProduct')}
              {c.number('hops')}
              {c.number('repeats')}
            </>,
          )}
        </>
      }
      results={results}
    />
  );
}
