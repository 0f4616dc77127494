'use client';

import { useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { FactorCharts } from './Charts';
import { definition } from './definition';
import { FidelityTable, FilesTable, FormatsTable } from './Tables';

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
                <FactorCharts result={result} />
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
