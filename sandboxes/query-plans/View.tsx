'use client';

import { useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { LayoutMap } from './LayoutMap';
import { AnswerTable, DuckDBPlan, FilesTable, PlansTable } from './Tables';

export default function QueryPlansView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <PlansTable result={result} />,
            tables: (
              <>
                <AnswerTable result={result} />
                <FilesTable result={result} />
              </>
            ),
            details: (
              <>
                <LayoutMap result={result} params={params} />
                <DuckDBPlan result={result} />
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
            'The query',
            <>
              {c.number('days')}
              {c.number('airlines')}
            </>,
            'Mean departure delay per origin airport, for flights in the date range, of the kept airlines, not cancelled.',
          )}
          {c.group(
            'Your plan’s pushdowns',
            <>
              {c.toggle('partitionPruning')}
              {c.toggle('statsPruning')}
              {c.toggle('columnPruning')}
            </>,
            'Every run also times no pushdown, each one alone, and all three.',
          )}
          {c.group(
            'The data',
            <>
              {c.choice('order')}
              {c.number('flightsPerDay')}
              {c.number('rowGroupRows')}
              {c.number('repeats')}
              {c.number('seed')}
            </>,
          )}
        </>
      }
      results={results}
    />
  );
}
