'use client';

import { memo } from 'react';
import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import styles from './quality-gates.module.css';
import { faultKinds, faultLabel, faultWhat, MAX_DAYS, type Fault } from './model';

interface FaultScriptProps {
  label: string;
  hint?: string;
  error?: string;
  faults: readonly Fault[];
  onChange(next: Fault[]): void;
  days: number;
}

export const describeFault = (f: Fault) => `Day ${f.day}: ${faultLabel[f.kind].toLowerCase()} (${faultWhat[f.kind]})`;

/** The faults as a script: one step per fault, each on its day, editable in place. Memoised: a run's progress and its result redraw the frame, not the script. */
export const FaultScript = memo(function FaultScript({ label, hint, error, faults, onChange, days }: FaultScriptProps) {
  const nextDay = () => Math.min(Math.max(days, 1), Math.max(1, ...faults.map((f) => f.day + 1)));
  const templates = faultKinds.map((kind) => ({ label: faultLabel[kind], make: (): Fault => ({ kind, day: nextDay() }) }));
  return (
    <ScriptEditor
      label={label}
      hint={hint}
      error={error}
      actions={faults}
      onChange={onChange}
      describe={describeFault}
      templates={templates}
      max={40}
      renderEdit={(fault, set, index) => (
        <span className={styles.stepFields}>
          <label>
            fault{' '}
            <select value={fault.kind} aria-label={`fault (step ${index + 1})`} onChange={(e) => set({ ...fault, kind: faultKinds.find((k) => k === e.target.value) ?? fault.kind })}>
              {faultKinds.map((k) => (
                <option key={k} value={k}>
                  {faultLabel[k]}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            day{' '}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_DAYS}
              value={Number.isNaN(fault.day) ? '' : fault.day}
              aria-label={`day (step ${index + 1})`}
              onChange={(e) => set({ ...fault, day: e.target.value.trim() === '' ? Number.NaN : Number(e.target.value) })}
            />
          </label>
        </span>
      )}
    />
  );
});
