'use client';

import { memo } from 'react';
import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import { MAX_STEPS, operators, whereColumns, type Step, type StepKind } from './model';
import { describeStep } from './ops';
import styles from './lakehouse.module.css';

interface StepsScriptProps {
  label: string;
  hint?: string;
  error?: string;
  steps: readonly Step[];
  onChange(next: Step[]): void;
}

type Field = { key: string; text: string } & ({ type: 'number'; min: number; max: number } | { type: 'text'; width: number } | { type: 'select'; options: readonly string[] });

const date: Field = { key: 'date', text: 'date', type: 'text', width: 10 };
const rows: Field = { key: 'rows', text: 'rows', type: 'number', min: 1, max: 2000 };
const user: Field = { key: 'user', text: 'user (0 = seeded)', type: 'number', min: 0, max: 999 };
const where: Field[] = [
  { key: 'column', text: 'where', type: 'select', options: whereColumns },
  { key: 'op', text: 'op', type: 'select', options: operators },
  { key: 'value', text: 'value', type: 'text', width: 10 },
];
const fieldsOf: Record<StepKind, Field[]> = {
  append: [date, rows, user],
  overwrite: [date, rows, user],
  delete: where,
  update: [...where, { key: 'set', text: 'set', type: 'text', width: 9 }, { key: 'to', text: 'to', type: 'text', width: 12 }],
  addColumn: [{ key: 'name', text: 'name', type: 'text', width: 12 }],
  compact: [],
  expire: [{ key: 'keep', text: 'keep newest', type: 'number', min: 1, max: MAX_STEPS }],
  reader: [],
  together: [{ key: 'winner', text: 'commits first', type: 'select', options: ['first', 'second'] }],
};

const templates: ReadonlyArray<{ label: string; make(): Step }> = [
  { label: 'Append rows', make: () => ({ kind: 'append', date: '2025-02-13', rows: 3, user: 0 }) },
  { label: 'Delete where …', make: () => ({ kind: 'delete', column: 'upload_id', op: '=', value: '102' }) },
  { label: 'Update … where …', make: () => ({ kind: 'update', column: 'upload_id', op: '=', value: '102', set: 'user_id', to: '77' }) },
  { label: 'Overwrite a partition', make: () => ({ kind: 'overwrite', date: '2025-02-11', rows: 2, user: 0 }) },
  { label: 'Add a column', make: () => ({ kind: 'addColumn', name: 'label' }) },
  { label: 'Compact small files', make: () => ({ kind: 'compact' }) },
  { label: 'Expire old snapshots', make: () => ({ kind: 'expire', keep: 1 }) },
  { label: 'A reader starts a long query', make: () => ({ kind: 'reader' }) },
  { label: 'Two writers at once (next two steps)', make: () => ({ kind: 'together', winner: 'first' }) },
];

/** The steps as a script: listed in order, each editable in place, reordered or removed. Memoised: a run's progress does not redraw it. */
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
      renderEdit={(step, set, index) => {
        const record: Readonly<Record<string, string | number>> = step;
        const update = (key: string, value: string | number) => set({ ...step, [key]: value });
        return (
          <span className={styles.stepFields}>
            {fieldsOf[step.kind].map((f) => {
              const aria = `${f.text} (step ${index + 1})`;
              const value = record[f.key];
              return (
                <label key={f.key}>
                  {f.text}{' '}
                  {f.type === 'select' ? (
                    <select value={String(value)} aria-label={aria} onChange={(e) => update(f.key, e.target.value)}>
                      {f.options.map((o) => (
                        <option key={o}>{o}</option>
                      ))}
                    </select>
                  ) : f.type === 'number' ? (
                    <input
                      type="number"
                      inputMode="numeric"
                      min={f.min}
                      max={f.max}
                      value={typeof value === 'number' && !Number.isNaN(value) ? value : ''}
                      aria-label={aria}
                      onChange={(e) => update(f.key, e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
                    />
                  ) : (
                    <input type="text" size={f.width} value={String(value ?? '')} aria-label={aria} onChange={(e) => update(f.key, e.target.value)} />
                  )}
                </label>
              );
            })}
          </span>
        );
      }}
    />
  );
});
