'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { DroppedTable, PreviewTable, QuestionTables, StageTable, WarehouseNotes } from './Tables';

const EtlEltCharts = lazy(() => import('./Charts').then((m) => ({ default: m.EtlEltCharts })));

export default function EtlEltView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;

  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <StageTable result={result} />,
            tables: <QuestionTables result={result} />,
            details: (
              <>
                <DroppedTable result={result} />
                <PreviewTable result={result} />
                <Suspense fallback={<p className="results-note">Loading charts…</p>}>
                  <EtlEltCharts result={result} />
                </Suspense>
                <WarehouseNotes result={result} />
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
          {c.number('rows')}
          {c.choice('complexity')}
          {c.choice('warehouse')}
          {c.number('duplicatePercent')}
          {c.number('dirtyPercent')}
          {c.choice('eltAs')}
          {c.number('reads')}
          {c.number('repeats')}
          {c.number('seed')}
        </>
      }
      results={results}
    />
  );
}
