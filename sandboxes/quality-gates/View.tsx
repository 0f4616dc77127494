'use client';

import { lazy, Suspense, useCallback, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { FaultScript } from './FaultScript';
import { DayTable, FailuresTable, FaultTable, MetricsTable, SqlList } from './Tables';

const RequestsChart = lazy(() => import('./Chart').then((m) => ({ default: m.RequestsChart })));

export default function QualityGatesView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const { draft, errors, setField } = form;
  const onFaults = useCallback((next: Parameters<typeof setField<'faults'>>[1]) => setField('faults', next), [setField]);

  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <DayTable result={result} params={params} />,
            tables: <FaultTable result={result} />,
            details: (
              <>
                <FailuresTable result={result} />
                <MetricsTable result={result} />
                <Suspense fallback={<p className="results-note">Loading the chart…</p>}>
                  <RequestsChart result={result} />
                </Suspense>
                <SqlList result={result} />
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
            'The pipeline',
            <>
              {c.number('days')}
              {c.number('rows')}
              {c.choice('publish')}
              {c.number('seed')}
            </>,
          )}
          <FaultScript
            label={definition.controls.faults.label}
            hint={definition.controls.faults.hint}
            error={errors.faults}
            faults={draft.faults}
            onChange={onFaults}
            days={typeof draft.days === 'number' ? draft.days : 14}
          />
          {c.group(
            'What each gate does when a check fails',
            <>
              {c.choice('ingest')}
              {c.choice('transform')}
              {c.choice('use')}
              {c.number('shift')}
            </>,
          )}
        </>
      }
      results={results}
    />
  );
}
