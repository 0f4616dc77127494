'use client';

import { lazy, Suspense, useCallback, useMemo } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { SnapshotsHeadline } from './Headline';
import type { Step } from './model';
import { StepsScript } from './StepsScript';
import { ExpiriesTable, RacesTable, ReadersTable } from './Tables';

// The Details tab (with the chart library) loads when it is first shown, not with the sandbox.
const Details = lazy(() =>
  import('./Details').then(({ FilesTable, StorageChart, VersionsTable }) => ({
    default: ({ result }: { result: Parameters<typeof StorageChart>[0]['result'] }) => (
      <>
        <StorageChart result={result} />
        <VersionsTable result={result} />
        <FilesTable result={result} />
      </>
    ),
  })),
);

export default function LakehouseSnapshotsView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams } = run;
  const { setField } = form;
  // Stable, so the memoised script editor is not redrawn by every progress message of a run.
  const onSteps = useCallback((next: Step[]) => setField('steps', next), [setField]);
  const results = useMemo(
    () =>
      result && resultParams
        ? {
            headline: <SnapshotsHeadline result={result} />,
            tables: (
              <>
                <h4>Readers that started earlier</h4>
                <ReadersTable result={result} />
                <h4>Two writers at once</h4>
                <RacesTable result={result} />
                <h4>Expiring snapshots</h4>
                <ExpiriesTable result={result} />
              </>
            ),
            details: (
              <>
                <Suspense fallback={<p className="results-note">Loading the chart and tables…</p>}>
                  <Details result={result} />
                </Suspense>
                <p className="field-hint">
                  The sandbox writes an Apache Iceberg format-v2 table in memory: Parquet data files with Iceberg field ids, Avro manifests and manifest lists, and vN.metadata.json files with a
                  version-hint.text pointer, as a file-system catalog keeps them. Deletes and updates rewrite the affected files (copy-on-write); Iceberg can instead write delete files (merge-on-read),
                  which this sandbox does not. Its unit tests read every snapshot back with icebird, an independent Iceberg reader.
                </p>
                {result.notes.map((n) => (
                  <p key={n} className="field-hint">
                    {n}
                  </p>
                ))}
              </>
            ),
          }
        : null,
    [result, resultParams],
  );

  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          <StepsScript
            label={definition.controls.steps.label}
            hint={definition.controls.steps.hint}
            error={form.errors.steps}
            steps={form.draft.steps}
            onChange={onSteps}
          />
          {c.group(
            'Clock and seed',
            <>
              {c.number('minutes')}
              {c.number('seed')}
            </>,
          )}
        </>
      }
      results={results}
    />
  );
}
