'use client';

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Action } from '@/lib/sandbox/params';

export interface ActionTemplate<A extends Action> {
  label: string;
  make(): A;
}

interface ScriptEditorProps<A extends Action> {
  label: string;
  hint?: string;
  /** The form's message about the script (names the step), if any. */
  error?: string;
  actions: readonly A[];
  onChange(next: A[]): void;
  /** One line per step, read by screen readers too. */
  describe(action: A): string;
  /** The kinds of step the reader can add. */
  templates: ReadonlyArray<ActionTemplate<A>>;
  /** Controls to edit one step in place; none means a step is edited by removing and adding it. */
  renderEdit?(action: A, set: (next: A) => void, index: number): ReactNode;
  max: number;
}

/**
 * A script setting: an ordered list of actions the reader adds, edits, reorders and removes, with
 * buttons (Move up, Move down, Remove) and, on a focused step, Alt+↑ / Alt+↓ to move it and Delete to
 * remove it. Each change is announced. The form validates the whole script on Run, and its message
 * names the step.
 */
export function ScriptEditor<A extends Action>({ label, hint, error, actions, onChange, describe, templates, renderEdit, max }: ScriptEditorProps<A>) {
  const id = useId();
  const [template, setTemplate] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const list = [...actions];

  const move = (from: number, to: number) => {
    if (to < 0 || to >= list.length) return;
    const next = [...list];
    const [step] = next.splice(from, 1);
    next.splice(to, 0, step!);
    onChange(next);
    setAnnouncement(`Step ${from + 1} moved to position ${to + 1}.`);
    requestAnimationFrame(() => document.getElementById(`${id}-step-${to}`)?.focus());
  };
  const remove = (index: number) => {
    onChange(list.filter((_, i) => i !== index));
    setAnnouncement(`Step ${index + 1} removed; ${list.length - 1} left.`);
  };
  const add = () => {
    const chosen = templates[template];
    if (!chosen || list.length >= max) return;
    onChange([...list, chosen.make()]);
    setAnnouncement(`Added step ${list.length + 1}: ${chosen.label}.`);
  };
  const onStepKey = (event: KeyboardEvent, index: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && event.key === 'ArrowUp') move(index, index - 1);
    else if (event.altKey && event.key === 'ArrowDown') move(index, index + 1);
    else if (event.key === 'Delete') remove(index);
    else return;
    event.preventDefault();
  };

  return (
    <fieldset className={`script-editor${error ? ' field-invalid' : ''}`} aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined} data-script>
      <legend>{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint} Focus a step: Alt+↑/↓ moves it, Delete removes it.
        </p>
      )}
      {list.length === 0 ? (
        <p className="script-empty">No steps yet.</p>
      ) : (
        <ol className="script-steps">
          {list.map((action, index) => (
            <li key={index} id={`${id}-step-${index}`} tabIndex={0} className="script-step" onKeyDown={(e) => onStepKey(e, index)} aria-label={`Step ${index + 1} of ${list.length}: ${describe(action)}`} data-step={index + 1}>
              <span className="script-step-text">{describe(action)}</span>
              {renderEdit && <span className="script-step-edit">{renderEdit(action, (next) => onChange(list.map((a, i) => (i === index ? next : a))), index)}</span>}
              <span className="script-step-buttons">
                <button type="button" className="button-link" onClick={() => move(index, index - 1)} disabled={index === 0}>
                  Up<span className="visually-hidden"> (step {index + 1})</span>
                </button>
                <button type="button" className="button-link" onClick={() => move(index, index + 1)} disabled={index === list.length - 1}>
                  Down<span className="visually-hidden"> (step {index + 1})</span>
                </button>
                <button type="button" className="button-link" onClick={() => remove(index)}>
                  Remove<span className="visually-hidden"> step {index + 1}</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="script-add">
        <label htmlFor={`${id}-template`}>Add a step</label>
        <select id={`${id}-template`} value={template} onChange={(e) => setTemplate(Number(e.target.value))}>
          {templates.map((t, i) => (
            <option key={t.label} value={i}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={add} disabled={list.length >= max}>
          Add
        </button>
        {list.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => {
              onChange([]);
              setAnnouncement('All steps removed.');
            }}
          >
            Clear all
          </button>
        )}
        <span className="field-hint">
          {list.length} of at most {max} steps
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
