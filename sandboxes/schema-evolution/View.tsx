'use client';

import { useCallback, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { ResolutionGrid, Refusals, SchemaTexts } from './Details';
import type { Step } from './model';
import { StepsScript } from './StepsScript';
import { DecodedTables, DeploymentTable } from './Tables';
import { VerdictsTable } from './Verdicts';

export default function SchemaEvolutionView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { setField } = form;
  const onSteps = useCallback((next: Step[]) => setField('steps', next), [setField]);
  const { result, resultParams: params } = run;
  const results = useMemo(
    () =>
      result && params
        ? {
            headline: <VerdictsTable result={result} params={params} />,
            tables: (
              <>
                <DecodedTables result={result} />
                <DeploymentTable result={result} />
              </>
            ),
            details: (
              <>
                <ResolutionGrid result={result} />
                <Refusals result={result} />
                <SchemaTexts result={result} />
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
          <StepsScript label={definition.controls.steps.label} hint={definition.controls.steps.hint} error={form.errors.steps} steps={form.draft.steps} onChange={onSteps} />
          {c.group(
            'Read and register',
            <>
              {c.number('writer')}
              {c.number('reader')}
              {c.choice('mode')}
            </>,
          )}
          {c.group(
            'Records',
            <>
              {c.number('records')}
              {c.number('seed')}
            </>,
          )}
        </>
      }
      results={results}
    />
  );
}
