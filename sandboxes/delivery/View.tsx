'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { FaultsScript } from './FaultsScript';
import { ModelNotes } from './Notes';
import { ClosedForm, FaultsTable, IdsTable, ModesTable, RetryTable } from './Tables';

// recharts loads with the first results, not with the page.
const LagChart = lazy(() => import('./Charts').then((m) => ({ default: m.LagChart })));

export default function DeliveryView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <ModesTable result={result} />,
            tables: (
              <>
                <IdsTable result={result} />
                <ClosedForm result={result} />
                <FaultsTable result={result} />
              </>
            ),
            details: (
              <>
                <Suspense fallback={<p className="results-note">Loading the chart…</p>}>
                  <LagChart result={result} params={params} />
                </Suspense>
                <RetryTable result={result} params={params} />
                <ModelNotes />
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
            'Producer, topic and group',
            <>
              {c.choice('mode')}
              {c.number('messages')}
              {c.number('produceRate')}
              {c.number('partitions')}
              {c.number('consumers')}
              {c.number('maxPollRecords')}
              {c.number('writeMs')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'Commits and the group',
            <>
              {c.number('autoCommitMs')}
              {c.number('maxPollIntervalMs')}
              {c.number('restartMs')}
            </>,
            'Times are simulated and scaled down from Kafka’s defaults.',
          )}
          {c.group(
            'Bounded buffer',
            <>
              {c.number('buffer')}
              {c.choice('overflow')}
            </>,
          )}
          {c.group(
            'Retries and the dead-letter queue',
            <>
              {c.number('transientRate')}
              {c.number('maxAttempts')}
              {c.number('backoffMs')}
              {c.number('backoffCapMs')}
              {c.toggle('classify')}
              {c.toggle('replay')}
            </>,
          )}
          <FaultsScript
            label={definition.controls.faults.label}
            hint={definition.controls.faults.hint}
            error={form.errors.faults}
            faults={form.draft.faults}
            onChange={(next) => form.setField('faults', next)}
          />
        </>
      }
      results={results}
    />
  );
}
