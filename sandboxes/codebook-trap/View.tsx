'use client';

import { lazy, Suspense, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { sqlLines, sqlText } from './model';
import { GeneratorNotes, SqlList } from './Notes';
import { SqlField } from './SqlField';
import { QuestionTable, TablesPanel } from './Tables';

const TipChart = lazy(() => import('./Chart').then((m) => ({ default: m.TipChart })));

export default function CodebookTrapView() {
  const { frame, run } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const { draft, errors, setField } = frame.form;
  const sql = definition.controls.sql;

  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <QuestionTable result={result} />,
            tables: <TablesPanel result={result} />,
            details: (
              <>
                <Suspense fallback={<p className="results-note">Loading the chart…</p>}>
                  <TipChart result={result} />
                </Suspense>
                <SqlList result={result} />
                <GeneratorNotes result={result} params={params} />
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
          {c.number('trips')}
          {c.group(
            'How riders pay (payment_type)',
            <>
              {c.number('cardPct')}
              {c.number('cashPct')}
              {c.number('voidedPct')}
            </>,
          )}
          {c.group(
            'How riders tip',
            <>
              {c.number('noTipPct')}
              {c.number('cashTipPct')}
            </>,
            'Only card tips reach the table; the generator keeps the cash tips to itself.',
          )}
          {c.number('unknownRatePct')}
          {c.number('seed')}
          <SqlField label={sql.label} hint={sql.hint} error={errors.sql} value={sqlText(draft.sql)} onChange={(v) => setField('sql', sqlLines(v))} />
        </>
      }
      results={results}
    />
  );
}
