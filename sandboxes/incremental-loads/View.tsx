'use client';

import { useCallback, useMemo, useState } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { ChangesScript } from './ChangesScript';
import { DaysChart, type Metric } from './Chart';
import { definition } from './definition';
import type { Change } from './model';
import { DaysTable, QueriesList, SummaryTable, WrongRowsTable } from './Tables';

export default function IncrementalLoadsView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const [metric, setMetric] = useState<Metric>('missed');
  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <DaysChart result={result} metric={metric} onMetric={setMetric} />,
            tables: (
              <>
                <SummaryTable result={result} />
                <DaysTable result={result} />
              </>
            ),
            details: (
              <>
                <WrongRowsTable result={result} />
                <QueriesList result={result} params={params} />
              </>
            ),
          }
        : null,
    [result, params, metric],
  );
  const days = Number(form.draft.days);
  const { setField } = form;
  const onChanges = useCallback((next: Change[]) => setField('changes', next), [setField]);
  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.group(
            'The source (SQLite)',
            <>
              {c.number('days')}
              {c.number('inserts')}
              {c.number('updates')}
              {c.number('changeDays')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'The loads (into DuckDB)',
            <>
              {c.number('margin')}
              {c.number('lookback')}
            </>,
            'Every strategy runs every day; the full reload and the two plain watermarks have nothing to set.',
          )}
          <ChangesScript
            label={definition.controls.changes.label}
            hint={definition.controls.changes.hint}
            error={form.errors.changes}
            changes={form.draft.changes}
            onChange={onChanges}
            days={days}
          />
        </>
      }
      results={results}
    />
  );
}
