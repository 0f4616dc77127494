'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { ActionsScript } from './ActionsScript';
import { definition } from './definition';
import { ModelNotes } from './Notes';
import { DaysTable, HappeningsTable, SummaryTable, UsersTable } from './Tables';

// recharts loads with the first results, not with the page.
const Charts = lazy(() => import('./Charts').then((m) => ({ default: m.ChartsPanel })));

export default function LambdaKappaView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <SummaryTable result={result} />,
            tables: (
              <>
                <HappeningsTable result={result} />
                <DaysTable result={result} />
                <UsersTable result={result} />
              </>
            ),
            details: (
              <>
                <Suspense fallback={<p className="results-note">Loading the charts…</p>}>
                  <Charts result={result} />
                </Suspense>
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
            'The stream',
            <>
              {c.number('days')}
              {c.number('users')}
              {c.number('eventsPerHour')}
              {c.number('refundShare')}
              {c.number('lateShare')}
              {c.number('lateHours')}
              {c.number('seed')}
            </>,
            'The feature is each user’s net spend; the old logic skips refunds.',
          )}
          {c.group(
            'Lambda',
            <>
              {c.number('batchEvery')}
              {c.number('batchRate')}
              {c.choice('split')}
            </>,
          )}
          {c.group(
            'Kappa',
            <>
              {c.number('retentionDays')}
              {c.number('replaySpeed')}
            </>,
          )}
          <ActionsScript
            label={definition.controls.actions.label}
            hint={definition.controls.actions.hint}
            error={form.errors.actions}
            actions={form.draft.actions}
            onChange={(next) => form.setField('actions', next)}
          />
        </>
      }
      results={results}
    />
  );
}
