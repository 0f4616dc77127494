'use client';

import { memo } from 'react';
import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import { describeChange } from './labels';
import { MAX_STEPS, type Change } from './model';
import styles from './incremental-loads.module.css';

interface ChangesScriptProps {
  label: string;
  hint?: string;
  error?: string;
  changes: readonly Change[];
  onChange(next: Change[]): void;
  /** The days of the run, so a new step lands on its last day. */
  days: number;
}

type NumberKey = 'day' | 'rows' | 'age' | 'delay' | 'minutes';
const FIELD_TEXT: Record<NumberKey, string> = { day: 'day', rows: 'rows', age: 'at least days old', delay: 'commit delay (min)', minutes: 'offset (min, − = behind)' };

/** The numbers each kind of step has, besides its day. */
const fieldsOf = (step: Change): NumberKey[] => {
  switch (step.kind) {
    case 'update':
      return ['day', 'rows', 'age'];
    case 'batch':
      return ['day', 'rows', 'delay'];
    case 'skew':
      return ['day', 'minutes'];
    default:
      return ['day', 'rows'];
  }
};

const read = (step: Change, key: NumberKey): number => {
  const value = Object.entries(step).find(([k]) => k === key)?.[1];
  return typeof value === 'number' ? value : Number.NaN;
};

/** The day's changes as a script: each step edited in place, reordered or removed. Memoised: progress during a run does not redraw it. */
export const ChangesScript = memo(function ChangesScript({ label, hint, error, changes, onChange, days }: ChangesScriptProps) {
  const day = Number.isFinite(days) && days >= 1 ? Math.min(30, Math.trunc(days)) : 1;
  const templates = [
    { label: 'Insert rows', make: (): Change => ({ kind: 'insert', day, rows: 20 }) },
    { label: 'Update old rows', make: (): Change => ({ kind: 'update', day, rows: 10, age: 10 }) },
    { label: 'A batch committed late', make: (): Change => ({ kind: 'batch', day, at: '23:50', rows: 10, delay: 20 }) },
    { label: 'Soft-delete rows', make: (): Change => ({ kind: 'softDelete', day, rows: 5 }) },
    { label: 'Hard-delete rows', make: (): Change => ({ kind: 'hardDelete', day, rows: 5 }) },
    { label: 'Set writer B’s clock off', make: (): Change => ({ kind: 'skew', day, minutes: -30 }) },
  ];
  return (
    <ScriptEditor
      label={label}
      hint={hint}
      error={error}
      actions={changes}
      onChange={onChange}
      describe={describeChange}
      templates={templates}
      max={MAX_STEPS}
      renderEdit={(step, set, index) => (
        <span className={styles.stepFields}>
          {fieldsOf(step).map((key) => (
            <label key={key}>
              {FIELD_TEXT[key]}{' '}
              <input
                type="number"
                inputMode="numeric"
                value={Number.isNaN(read(step, key)) ? '' : read(step, key)}
                aria-label={`${FIELD_TEXT[key]} (step ${index + 1})`}
                onChange={(e) => set({ ...step, [key]: e.target.value.trim() === '' ? Number.NaN : Number(e.target.value) })}
              />
            </label>
          ))}
          {step.kind === 'batch' && (
            <label>
              stamped at{' '}
              <input type="time" value={step.at} aria-label={`stamped at (step ${index + 1})`} onChange={(e) => set({ ...step, at: e.target.value })} />
            </label>
          )}
        </span>
      )}
    />
  );
});
