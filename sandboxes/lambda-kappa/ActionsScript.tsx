'use client';

import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import styles from './lambda-kappa.module.css';
import { MAX_ACTIONS, pathLabel, paths, type Action, type CodePath } from './model';

interface ActionsScriptProps {
  label: string;
  hint?: string;
  error?: string;
  actions: readonly Action[];
  onChange(next: Action[]): void;
}

export function describeAction(a: Action): string {
  if (a.kind === 'deploy') return `Hour ${a.hour}: deploy the fix to ${pathLabel[a.path]}`;
  if (a.kind === 'replay') return `Hour ${a.hour}: start a Kappa replay from the oldest event the log holds`;
  return `Hour ${a.hour}: set the log’s retention to ${a.days} days`;
}

const templates = [
  { label: 'Deploy the fix', make: (): Action => ({ kind: 'deploy', hour: 122, path: 'batch' }) },
  { label: 'Start a replay', make: (): Action => ({ kind: 'replay', hour: 122 }) },
  { label: 'Change the retention', make: (): Action => ({ kind: 'retention', hour: 100, days: 3 }) },
];

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The team's steps as a script: each step's hour (and path or days) edited in place, reordered or removed. */
export function ActionsScript({ label, hint, error, actions, onChange }: ActionsScriptProps) {
  return (
    <ScriptEditor
      label={label}
      hint={hint}
      error={error}
      actions={actions}
      onChange={onChange}
      describe={describeAction}
      templates={templates}
      max={MAX_ACTIONS}
      renderEdit={(action, set, index) => (
        <span className={styles.stepFields}>
          <label>
            hour{' '}
            <input
              type="number"
              inputMode="decimal"
              min={0}
              step={0.25}
              value={Number.isNaN(action.hour) ? '' : action.hour}
              aria-label={`hour (step ${index + 1})`}
              onChange={(e) => set({ ...action, hour: numberOf(e.target.value) })}
            />
          </label>
          {action.kind === 'deploy' && (
            <select value={action.path} aria-label={`code path (step ${index + 1})`} onChange={(e) => set({ ...action, path: e.target.value as CodePath })}>
              {paths.map((p) => (
                <option key={p} value={p}>
                  {pathLabel[p]}
                </option>
              ))}
            </select>
          )}
          {action.kind === 'retention' && (
            <label>
              days{' '}
              <input
                type="number"
                inputMode="decimal"
                min={0.5}
                step={0.5}
                value={Number.isNaN(action.days) ? '' : action.days}
                aria-label={`retention days (step ${index + 1})`}
                onChange={(e) => set({ ...action, days: numberOf(e.target.value) })}
              />
            </label>
          )}
        </span>
      )}
    />
  );
}
