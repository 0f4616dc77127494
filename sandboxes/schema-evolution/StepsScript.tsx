'use client';

import { memo } from 'react';
import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import { MAX_STEPS, primitives, type Step } from './model';
import styles from './schema-evolution.module.css';
import { describeStep } from './steps';

interface StepsScriptProps {
  label: string;
  hint?: string;
  error?: string;
  steps: readonly Step[];
  onChange(next: Step[]): void;
}

const templates: ReadonlyArray<{ label: string; make(): Step }> = [
  { label: 'Add a field', make: () => ({ kind: 'add', field: 'channel', type: 'string', withDefault: true, default: 'web' }) },
  { label: 'Remove a field', make: () => ({ kind: 'remove', field: 'promo' }) },
  { label: 'Rename a field', make: () => ({ kind: 'rename', field: 'event_id', to: 'id', alias: true }) },
  { label: 'Change a field’s type', make: () => ({ kind: 'retype', field: 'user_id', type: 'long' }) },
  { label: 'Make a field optional', make: () => ({ kind: 'optional', field: 'currency' }) },
  { label: 'Set or remove a default', make: () => ({ kind: 'set-default', field: 'event_id', withDefault: true, default: 'none' }) },
  { label: 'Add an enum symbol', make: () => ({ kind: 'enum-add', field: 'currency', symbol: 'JPY' }) },
  { label: 'Remove an enum symbol', make: () => ({ kind: 'enum-remove', field: 'currency', symbol: 'GBP' }) },
  { label: 'Widen a union', make: () => ({ kind: 'union-add', field: 'promo', type: 'int' }) },
];

const words: Record<string, string> = { field: 'field', to: 'new name', symbol: 'symbol', type: 'type', default: 'default', withDefault: 'has a default', alias: 'old name as alias' };

/** The schema changes as a script: each step's own fields edited in place (text, a type, a switch). Memoised: a run's progress and result do not redraw it. */
export const StepsScript = memo(function StepsScript({ label, hint, error, steps, onChange }: StepsScriptProps) {
  return (
    <ScriptEditor
      label={label}
      hint={hint}
      error={error}
      actions={steps}
      onChange={onChange}
      describe={describeStep}
      templates={templates}
      max={MAX_STEPS}
      renderEdit={(step, set, index) => (
        <span className={styles.stepFields}>
          {Object.entries(step).map(([key, value]) => {
            if (key === 'kind') return null;
            const name = `${words[key] ?? key} (step ${index + 1})`;
            const put = (next: string | boolean) => set({ ...step, [key]: next });
            if (typeof value === 'boolean') {
              return (
                <label key={key}>
                  <input type="checkbox" checked={value} aria-label={name} onChange={(e) => put(e.target.checked)} /> {words[key]}
                </label>
              );
            }
            if (key === 'type') {
              return (
                <label key={key}>
                  {words[key]}{' '}
                  <select value={String(value)} aria-label={name} onChange={(e) => put(e.target.value)}>
                    {primitives.map((p) => (
                      <option key={p}>{p}</option>
                    ))}
                  </select>
                </label>
              );
            }
            if (key === 'default' && 'withDefault' in step && !step.withDefault) return null;
            return (
              <label key={key}>
                {words[key] ?? key} <input type="text" value={String(value)} aria-label={name} maxLength={60} spellCheck={false} onChange={(e) => put(e.target.value)} />
              </label>
            );
          })}
        </span>
      )}
    />
  );
});
