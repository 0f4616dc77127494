'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { FidelityTable, FilesTable, FormatsTable } from './Tables';

// The chart library loads when the Details tab is first shown, not with the sandbox.
const FactorCharts = lazy(() => import('./Charts').then((m) => ({ default: m.FactorCharts })));

export default function FormatsView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result } = run;
  const results = useMemo(
    () =>
      result
        ? {
            headline: <FormatsTable result={result} />,
            tables: <FidelityTable result={result} />,
            details: (
              <>
                <FilesTable result={result} />
                <Suspense fallback={<p className="results-note">Loading charts…</p>}>
                  <FactorCharts result={result} />
                </Suspense>
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
          {c.number('rows')}
          {c.number('repeats')}
          {c.number('seed')}
        </>
      }
      results={results}
    />
  );
}
