'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame, SelectField } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { SmallView } from './SmallView';
import { LeadTable, LinesTable } from './Tables';

// The chart library loads when the Details tab is first shown, not with the sandbox.
const LayoutCharts = lazy(() => import('./Charts').then((m) => ({ default: m.LayoutCharts })));

export default function LayoutView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { draft, errors, setField } = frame.form;
  const { result } = run;
  const results = useMemo(
    () =>
      result
        ? {
            headline: <LeadTable result={result} />,
            tables: <LinesTable result={result} />,
            details: (
              <Suspense fallback={<p className="results-note">Loading charts…</p>}>
                <LayoutCharts result={result} />
              </Suspense>
            ),
          }
        : null,
    [result],
  );
  const columns = definition.controls.maxColumns;
  return (
    <SandboxFrame
      sandbox={frame}
      before={
        <>
          <p className="sandbox-part">1. The small table, cell by cell</p>
          <SmallView />
          <p className="sandbox-part">2. The same question on millions of rows, timed in a worker</p>
        </>
      }
      controls={
        <>
          {c.number('rows')}
          {/* A choice of numbers: controlsFor's choice() takes text settings only. */}
          <SelectField
            label={columns.label}
            hint={columns.hint}
            error={errors.maxColumns}
            value={draft.maxColumns}
            options={columns.options ?? []}
            onChange={(value) => setField('maxColumns', value)}
          />
          {c.number('lookups')}
          {c.number('repeats')}
          {c.number('seed')}
        </>
      }
      results={results}
    />
  );
}
