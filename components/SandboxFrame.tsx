'use client';

import { useId, type FormEvent, type ReactNode } from 'react';
import type { Notice } from '@/lib/sandbox/useParamsForm';
import { ExerciseRecorderContext, type RecordPass } from './sandbox/ExerciseRecorder';
import type { RunState } from '@/lib/sandbox/useSandboxRun';

export interface SandboxProgress {
  /** 0..1 when known; null for "working, no estimate". */
  fraction: number | null;
  label: string;
}

interface SandboxFrameProps {
  id: string;
  title: string;
  description: string;
  state: RunState;
  controls: ReactNode;
  /** Anything the sandbox shows above its Run controls (a small interactive view, say). */
  before?: ReactNode;
  progress?: SandboxProgress | null;
  error?: Error | null;
  cancelled?: boolean;
  results?: ReactNode;
  onRun(): void;
  onCancel(): void;
  onRetry(): void;
  onDownload?: () => void;
  onCopyLink?: () => void;
  /** About settings from a link: filled in, refused, or a link just copied. */
  notice?: Notice;
  /** Records passed exercises shown inside this sandbox (useSandbox provides it). */
  recordPass?: RecordPass;
}

/**
 * The frame every sandbox shares: title, one line on what it shows, its controls, Run and Cancel,
 * progress, an error with Retry, its results, and "Download results". The root carries the
 * data-sandbox / data-state contract that tests and tools rely on.
 */
export function SandboxFrame(props: SandboxFrameProps) {
  const { id, title, description, state, controls, before, progress, error, cancelled, results, onRun, onCancel, onRetry, onDownload, onCopyLink, notice, recordPass } = props;
  const titleId = useId();
  const running = state === 'running';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) onRun();
  };
  const status = running
    ? progress?.label ?? 'Running…'
    : state === 'error'
      ? 'The run failed.'
      : cancelled
        ? 'Run cancelled.'
        : state === 'done'
          ? 'Run finished.'
          : '';

  return (
    <section className="sandbox" data-sandbox={id} data-state={state} aria-labelledby={titleId}>
      <header className="sandbox-header">
        <p className="eyebrow">Sandbox</p>
        <h3 id={titleId} className="sandbox-title">
          {title}
        </h3>
        <p className="sandbox-description">{description}</p>
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
        <div className="sandbox-actions">
          <button type="submit" className="button button-primary" disabled={running}>
            Run
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={!running}>
            Cancel
          </button>
          {onCopyLink && (
            <button type="button" className="button" onClick={onCopyLink}>
              Copy link
            </button>
          )}
          {onDownload && (
            <button type="button" className="button" onClick={onDownload} disabled={!results}>
              Download results
            </button>
          )}
        </div>
      </form>
      <div className="sandbox-status">
        {running && (
          <progress
            max={1}
            value={progress?.fraction ?? undefined}
            aria-label={`${title}: progress`}
          />
        )}
        <p role="status" aria-live="polite" className="sandbox-status-text">
          {status}
        </p>
      </div>
      {state === 'error' && error && (
        <div className="sandbox-error" role="alert">
          <p>
            <strong>{error.name === 'Error' ? 'Error' : error.name}:</strong> {error.message}
          </p>
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
          {results ? <p className="sandbox-error-note">The results below are from the last run that succeeded.</p> : null}
        </div>
      )}
      {results ? (
        <ExerciseRecorderContext.Provider value={recordPass ?? null}>
          <div className="sandbox-results">{results}</div>
        </ExerciseRecorderContext.Provider>
      ) : null}
    </section>
  );
}

/** A labelled form field with its validation message beside it, tied by aria-describedby. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A whole-number control: the raw text is kept as typed; the sandbox's schema judges it on Run. */
export function NumberField(props: { label: string; hint?: string; error?: string; value: string; decimal?: boolean; onChange(value: string): void }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode={props.decimal ? 'decimal' : 'numeric'}
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A choice among fixed options, labelled like every other control; options are [value, text] pairs. */
export function SelectField(props: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} value={props.value} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => props.onChange(event.target.value)}>
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
