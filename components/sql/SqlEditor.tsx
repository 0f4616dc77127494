'use client';

import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { EngineStatus } from '@/lib/engines/kinds';
import { formatBytes, formatMs } from '@/lib/format';
import type { DatasetId } from '@/lib/sql-cells/catalog';
import { REFUSED_ERROR, type CellProgress, type CellResult } from '@/lib/sql-cells/protocol';
import { isAbortError } from '@/lib/worker/protocol';
import { engineStatus, runCell, warmCells } from './cellClient';
import { resultSummary, ResultTable } from './ResultTable';

type Phase = { kind: 'idle' } | { kind: 'running'; stage: CellProgress['stage'] | 'engine' } | { kind: 'done'; result: CellResult } | { kind: 'error'; message: string; refused: boolean } | { kind: 'cancelled' };

function engineText(status: EngineStatus): string | null {
  switch (status.state) {
    case 'loading':
      return status.total ? `DuckDB: loading, ${formatBytes(status.loaded)} of ${formatBytes(status.total)}` : 'DuckDB: loading…';
    case 'ready':
      return `DuckDB: ready (loaded in ${(status.ms / 1000).toFixed(1)} s; kept for every query on this page)`;
    case 'error':
      return `DuckDB could not be loaded: ${status.message}`;
    default:
      return null;
  }
}

/** What the status line says while a run goes on, and when it has ended. */
function phaseText(phase: Phase, dataset: DatasetId): string {
  switch (phase.kind) {
    case 'running':
      return phase.stage === 'dataset' ? `Building the ${dataset} dataset from its generator…` : 'Running…';
    case 'done':
      return `${resultSummary(phase.result)}, in ${formatMs(phase.result.ms)}${phase.result.buildMs === null ? '' : ` (building the dataset took ${formatMs(phase.result.buildMs)} first)`}.`;
    case 'error':
      return phase.refused ? 'Not run: see the message below.' : 'DuckDB stopped with an error: see the message below.';
    case 'cancelled':
      return 'Cancelled. The engine stopped with the query, so the next run loads it again.';
    default:
      return '';
  }
}

/** The editor, its buttons, status and result for one cell (lazy: see SqlCellSlot). */
export default function SqlEditor({ dataset, sql: book }: { dataset: DatasetId; sql: string }) {
  const id = useId();
  const [sql, setSql] = useState(book);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [last, setLast] = useState<CellResult | null>(null);
  const abort = useRef<AbortController | null>(null);
  const engine = useSyncExternalStore(engineStatus.subscribe, engineStatus.get, engineStatus.server);
  const running = phase.kind === 'running';

  const run = () => {
    if (running) return;
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'running', stage: engine.state === 'ready' ? 'running' : 'engine' });
    runCell({ dataset, sql }, { signal: controller.signal, onProgress: (p) => setPhase({ kind: 'running', stage: p.stage }) }).then(
      (result) => {
        setLast(result);
        setPhase({ kind: 'done', result });
      },
      (error: unknown) => {
        if (isAbortError(error)) return setPhase({ kind: 'cancelled' });
        const message = error instanceof Error ? error.message : String(error);
        setPhase({ kind: 'error', message, refused: error instanceof Error && error.name === REFUSED_ERROR });
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  const engineLine = running || engine.state === 'loading' || engine.state === 'error' ? engineText(engine) : null;
  const lines = sql.split('\n').length;

  return (
    <div className="sql-cell-editor" data-phase={phase.kind}>
      <label htmlFor={`${id}-sql`} className="sql-cell-label" data-pagefind-ignore="">
        Query (edit it, then Run or press Ctrl+Enter; ⌘+Enter on a Mac)
      </label>
      <textarea
        id={`${id}-sql`}
        className="sql-cell-input"
        value={sql}
        rows={Math.min(24, Math.max(3, lines + 1))}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        onChange={(e) => setSql(e.target.value)}
        onFocus={warmCells}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-status`}
      />
      <pre className="sql-cell-print" aria-hidden="true">
        {sql}
      </pre>
      <div className="sql-cell-buttons" data-pagefind-ignore="">
        <button type="button" className="button button-primary" onClick={run} disabled={running}>
          Run
        </button>
        {running && (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
        <button type="button" className="button" onClick={() => setSql(book)} disabled={sql === book}>
          Reset to the book’s query
        </button>
      </div>
      <div className="sql-cell-status" data-pagefind-ignore="">
        {engineLine && (
          <p data-engine="duckdb" data-engine-state={engine.state}>
            {engineLine}
            {engine.state === 'loading' && engine.total ? <progress max={engine.total} value={engine.loaded} aria-label="DuckDB download" /> : null}
          </p>
        )}
        <p id={`${id}-status`} role="status" aria-live="polite">
          {phaseText(phase, dataset)}
        </p>
      </div>
      {phase.kind === 'error' && (
        <div className="sql-cell-error" role="alert" data-pagefind-ignore="">
          <p>{phase.refused ? 'This query was not run:' : 'DuckDB said:'}</p>
          <pre>{phase.message}</pre>
        </div>
      )}
      <div data-pagefind-ignore="">
        {last ? (
          <ResultTable result={last} label={`Result of the query on ${dataset}`} stale={phase.kind === 'error' || phase.kind === 'cancelled'} />
        ) : (
          <p className="sql-cell-print-note">Not run in this copy: the query runs in the book’s web pages, on the {dataset} dataset.</p>
        )}
      </div>
    </div>
  );
}
