'use client';

import { memo, useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useAfterPaint } from './sandbox/useAfterPaint';
import { ENGINE_NAME, type EngineStatus } from '@/lib/engines/kinds';
import { formatBytes } from '@/lib/format';
import type { SandboxParams } from '@/lib/sandbox/params';
import type { SandboxHandle } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog, isSandboxId } from '@/sandboxes/catalog';
import { Exercises } from './sandbox/Exercises';
import { PredictFirst, PredictOutcome } from './sandbox/PredictFirst';
import { usePredictFirst } from './sandbox/usePredictFirst';
import { ResultTabs, type ResultTab } from './sandbox/ResultTabs';
import { RunSize } from './sandbox/RunSize';

export { CheckboxField, Field, NumberField, SelectField } from './sandbox/fields';

/**
 * A run's results as every sandbox lays them out: the headline (a chart, or the one table that
 * answers the question) and "what your run shows" first, then tabs for the tables, the details and
 * the exercises. A view builds these with useMemo on its result, so progress during the next run
 * does not draw them again.
 */
export interface ResultSections {
  headline: ReactNode;
  tables?: ReactNode;
  details?: ReactNode;
}

interface SandboxFrameProps<P extends SandboxParams, R, G> {
  /** useSandbox(definition).frame */
  sandbox: SandboxHandle<P, R, G>;
  controls: ReactNode;
  /** Anything the sandbox shows above its Run controls (a small interactive view, say). */
  before?: ReactNode;
  results: ResultSections | null;
}

/**
 * The frame every sandbox shares: title and summary from the catalog, link notices, controls, Run,
 * Cancel, Copy link and Download, its engines' status, progress, an error with Retry, and the
 * results in one layout with the exercises. The root carries the data-sandbox / data-state contract
 * that tests and tools rely on.
 */
export function SandboxFrame<P extends SandboxParams, R, G>({ sandbox, controls, before, results }: SandboxFrameProps<P, R, G>) {
  const { definition, run, form } = sandbox;
  const titleId = useId();
  const info = isSandboxId(definition.id) ? sandboxCatalog[definition.id] : { title: definition.id, summary: '' };
  const running = run.state === 'running';
  const { warm } = run;
  const { predict, beforeRun } = usePredictFirst(definition, run);
  // The view mounts when the sandbox comes near the viewport: start its engines now, not on Run.
  useEffect(() => warm(), [warm]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) sandbox.onRun(beforeRun);
  };
  const progress = running && run.progress !== null && definition.progress ? definition.progress(run.progress) : null;
  const status = running ? (progress?.label ?? 'Running…') : run.state === 'error' ? 'The run failed.' : run.cancelled ? 'Run cancelled.' : run.state === 'done' ? 'Run finished.' : '';
  const notice = form.notice;

  return (
    <section className="sandbox" data-sandbox={definition.id} data-state={run.state} aria-labelledby={titleId}>
      <header className="sandbox-header">
        <p className="eyebrow">Sandbox</p>
        <h3 id={titleId} className="sandbox-title">
          {info.title}
        </h3>
        <p className="sandbox-description">{info.summary}</p>
      </header>
      {notice && (
        <div className={`sandbox-notice sandbox-notice-${notice.kind}`} role={notice.kind === 'refused' ? 'alert' : 'status'} data-notice={notice.kind}>
          <p>{notice.message}</p>
          {notice.link && <input type="text" readOnly value={notice.link} aria-label="Link to this sandbox with these settings" onFocus={(e) => e.currentTarget.select()} />}
        </div>
      )}
      {before}
      <form className="sandbox-controls" onSubmit={submit} noValidate>
        {controls}
        <PredictFirst predict={predict} />
        <div className="sandbox-actions">
          <button type="submit" className="button button-primary" disabled={running}>
            Run
          </button>
          <button type="button" className="button" onClick={run.cancel} disabled={!running}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => void form.copyLink()}>
            Copy link
          </button>
          <button type="button" className="button" onClick={sandbox.onDownload} disabled={run.result === null}>
            Download results
          </button>
        </div>
        <RunSize sandbox={sandbox} />
      </form>
      <EngineStatusLine statuses={Object.values(run.engines)} onRetry={warm} />
      <div className="sandbox-status">
        {running && <progress max={1} value={progress?.fraction ?? undefined} aria-label={`${info.title}: progress`} />}
        <p role="status" aria-live="polite" className="sandbox-status-text" data-status>
          {status}
        </p>
      </div>
      {run.state === 'error' && run.error && (
        <div className="sandbox-error" role="alert">
          <p>
            <strong>{run.error.name === 'Error' ? 'Error' : run.error.name}:</strong> {run.error.message}
          </p>
          <button type="button" className="button" onClick={run.retry}>
            Retry
          </button>
          {run.result !== null ? <p className="sandbox-error-note">The results below are from the last run that succeeded.</p> : null}
        </div>
      )}
      <PredictOutcome predict={predict} />
      {results && run.result !== null && run.resultParams !== null && <FrameResults sandbox={sandbox} sections={results} result={run.result} params={run.resultParams} />}
    </section>
  );
}

interface FrameResultsProps<P extends SandboxParams, R, G> {
  sandbox: SandboxHandle<P, R, G>;
  sections: ResultSections;
  result: R;
  params: P;
}

/** Memoised on the sections and the result, so a new run's progress leaves the last result's charts alone. */
function FrameResultsBody<P extends SandboxParams, R, G>({ sandbox, sections, result, params }: FrameResultsProps<P, R, G>) {
  const { definition, form, recordPass } = sandbox;
  // The first result is drawn in two frames: the headline, then the explanation and the tabs, so its
  // arrival never holds the main thread for the sum of both.
  const restDrawn = useAfterPaint();
  const explanation = useMemo(() => definition.explain?.(result, params) ?? [], [definition, result, params]);
  const labels = useMemo(() => Object.fromEntries(Object.entries(definition.controls).map(([key, spec]) => [key, spec.label])) as Partial<Record<keyof P, string>>, [definition]);
  const tabs: ResultTab[] = [];
  if (sections.tables) tabs.push({ id: 'tables', label: 'Tables', content: sections.tables });
  if (sections.details) tabs.push({ id: 'details', label: 'Details', content: sections.details });
  if (definition.exercises.length > 0) {
    tabs.push({
      id: 'exercises',
      label: `Exercises (${definition.exercises.length})`,
      content: (
        <Exercises
          exercises={definition.exercises}
          result={result}
          params={params}
          labels={labels}
          onExplore={form.applySettings}
          onPass={(exercise, answers, verdict) => recordPass(exercise.id, answers, verdict)}
        />
      ),
    });
  }
  return (
    <div className="sandbox-results" data-results>
      <div className="sandbox-headline">{sections.headline}</div>
      {restDrawn ? (
        <>
          {explanation.length > 0 && <Explanation sentences={explanation} />}
          <ResultTabs tabs={tabs} label="More of this run" />
        </>
      ) : (
        <p className="results-note">Drawing the rest of the results…</p>
      )}
    </div>
  );
}

// memo() loses the generic signature; the cast gives it back (the props are the same).
const FrameResults = memo(
  FrameResultsBody,
  (a, b) => a.sections === b.sections && a.result === b.result && a.params === b.params && a.sandbox.recordPass === b.sandbox.recordPass && a.sandbox.form.applySettings === b.sandbox.form.applySettings,
) as unknown as typeof FrameResultsBody;

/** Sentences shown before the rest is asked for; the rest stays in the page (print shows it all). */
const EXPLANATION_LEAD = 2;

/** "What your run shows": the first sentences, then the rest behind one button, so the tabs stay within reach. */
function Explanation({ sentences }: { sentences: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const restId = useId();
  const rest = sentences.length - EXPLANATION_LEAD;
  return (
    <div className="explain" data-explain>
      <p className="sandbox-part">What your run shows</p>
      {sentences.slice(0, EXPLANATION_LEAD).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {rest > 0 && (
        <>
          <div id={restId} className={open ? undefined : 'explain-rest-closed'} data-explain-rest>
            {sentences.slice(EXPLANATION_LEAD).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
          <button type="button" className="button-link" aria-expanded={open} aria-controls={restId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Show less' : `Read the rest (${rest} more)`}
          </button>
        </>
      )}
    </div>
  );
}

function describeEngine(status: EngineStatus): string {
  const name = ENGINE_NAME[status.engine];
  switch (status.state) {
    case 'idle':
      return `${name}: not loaded`;
    case 'loading':
      return status.total ? `${name}: loading, ${formatBytes(status.loaded)} of ${formatBytes(status.total)}` : `${name}: loading${status.loaded > 0 ? `, ${formatBytes(status.loaded)}` : ''}…`;
    case 'ready':
      return `${name}: ready (loaded in ${(status.ms / 1000).toFixed(1)} s; kept for the next run)`;
    case 'error':
      return `${name} could not be loaded: ${status.message}`;
  }
}

/** Each engine the sandbox uses: loading with bytes so far, ready, or failed with Retry. */
function EngineStatusLine({ statuses, onRetry }: { statuses: EngineStatus[]; onRetry(): void }) {
  if (statuses.length === 0) return null;
  return (
    <ul className="sandbox-engines" aria-label="Engines" data-engines>
      {statuses.map((status) => (
        <li key={status.engine} data-engine={status.engine} data-engine-state={status.state}>
          <span role={status.state === 'error' ? 'alert' : undefined}>{describeEngine(status)}</span>
          {status.state === 'loading' && status.total ? <progress max={status.total} value={status.loaded} aria-label={`${ENGINE_NAME[status.engine]} download`} /> : null}
          {status.state === 'error' && (
            <button type="button" className="button" onClick={onRetry}>
              Retry
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
