'use client';

import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import styles from './delivery.module.css';
import { crashPointLabel, crashPoints, MAX_FAULTS, MAX_MESSAGES, type CrashPoint, type Fault } from './model';

interface FaultsScriptProps {
  label: string;
  hint?: string;
  error?: string;
  faults: readonly Fault[];
  onChange(next: Fault[]): void;
}

export function describeFault(f: Fault): string {
  if (f.kind === 'crash') return `Poll ${f.batch}: the consumer crashes ${crashPointLabel[f.point]}`;
  if (f.kind === 'rebalance') return `Poll ${f.batch}: a rebalance takes the consumer’s partitions mid-poll`;
  return `m-${f.message} is poison: every write fails until the fix`;
}

const templates = [
  { label: 'Crash during a poll', make: (): Fault => ({ kind: 'crash', batch: 10, point: 'mid-write' }) },
  { label: 'Rebalance during a poll', make: (): Fault => ({ kind: 'rebalance', batch: 10 }) },
  { label: 'Poison message', make: (): Fault => ({ kind: 'poison', message: 100 }) },
];

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The faults as a script: each editable in place (its poll and point, or its message), reordered or removed. */
export function FaultsScript({ label, hint, error, faults, onChange }: FaultsScriptProps) {
  return (
    <ScriptEditor
      label={label}
      hint={hint}
      error={error}
      actions={faults}
      onChange={onChange}
      describe={describeFault}
      templates={templates}
      max={MAX_FAULTS}
      renderEdit={(fault, set, index) => (
        <span className={styles.stepFields}>
          {fault.kind === 'poison' ? (
            <label>
              message{' '}
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_MESSAGES}
                value={Number.isNaN(fault.message) ? '' : fault.message}
                aria-label={`message (step ${index + 1})`}
                onChange={(e) => set({ ...fault, message: numberOf(e.target.value) })}
              />
            </label>
          ) : (
            <label>
              poll{' '}
              <input
                type="number"
                inputMode="numeric"
                min={1}
                value={Number.isNaN(fault.batch) ? '' : fault.batch}
                aria-label={`poll (step ${index + 1})`}
                onChange={(e) => set({ ...fault, batch: numberOf(e.target.value) })}
              />
            </label>
          )}
          {fault.kind === 'crash' && (
            <select value={fault.point} aria-label={`crash point (step ${index + 1})`} onChange={(e) => set({ ...fault, point: e.target.value as CrashPoint })}>
              {crashPoints.map((p) => (
                <option key={p} value={p}>
                  {crashPointLabel[p]}
                </option>
              ))}
            </select>
          )}
        </span>
      )}
    />
  );
}
