'use client';

import { ScriptEditor } from '@/components/sandbox/ScriptEditor';
import { MAX_EVENTS, MAX_TIME, type Move, type StreamEvent } from './model';
import { describeMove } from './moves';
import styles from './windows.module.css';

interface MovesScriptProps {
  label: string;
  hint?: string;
  error?: string;
  moves: readonly Move[];
  onChange(next: Move[]): void;
  /** The last run's events, so a new step starts from an event's current times. */
  events: readonly StreamEvent[] | null;
  /** The event selected on the timeline, if any: a new step moves it. */
  selectedId: number | null;
}

const fields = [
  ['event', 'event', 1, MAX_EVENTS],
  ['time', 'minute', 0, MAX_TIME],
  ['arrival', 'arrival', 0, MAX_TIME],
] as const;

/** The moves as a script: listed in replay order, each editable in place, reordered or removed. */
export function MovesScript({ label, hint, error, moves, onChange, events, selectedId }: MovesScriptProps) {
  const template = {
    label: 'Move an event',
    make(): Move {
      const event = events?.find((e) => e.id === selectedId) ?? events?.find((e) => !e.edited) ?? events?.[0];
      return event ? { kind: 'move', event: event.id, time: event.eventTime, arrival: event.arrivalTime + 1 } : { kind: 'move', event: 1, time: 0, arrival: 0 };
    },
  };
  return (
    <ScriptEditor
      label={label}
      hint={hint}
      error={error}
      actions={moves}
      onChange={onChange}
      describe={describeMove}
      templates={[template]}
      max={MAX_EVENTS}
      renderEdit={(move, set, index) => (
        <span className={styles.stepFields}>
          {fields.map(([key, text, min, max]) => (
            <label key={key}>
              {text}{' '}
              <input
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                value={Number.isNaN(move[key]) ? '' : move[key]}
                aria-label={`${text} (step ${index + 1})`}
                onChange={(e) => set({ ...move, [key]: e.target.value.trim() === '' ? Number.NaN : Number(e.target.value) })}
              />
            </label>
          ))}
        </span>
      )}
    />
  );
}
