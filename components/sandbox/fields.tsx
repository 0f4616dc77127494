'use client';

import { useId, type ReactNode } from 'react';

/** A labelled form field with its hint and validation message beside it, tied by aria-describedby. */
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

/** A number control: the raw text is kept as typed; the sandbox's schema judges it on Run. */
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

/** A switch, as a labelled checkbox across the whole row; its hint and error are tied to it. */
export function CheckboxField(props: { label: string; hint?: string; error?: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-checkbox${props.error ? ' field-invalid' : ''}`}>
      <input id={id} type="checkbox" checked={props.checked} aria-describedby={describedBy} onChange={(event) => props.onChange(event.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
