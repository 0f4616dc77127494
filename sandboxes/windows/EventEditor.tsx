'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MAX_TIME, type StreamEvent } from './model';
import styles from './windows.module.css';

interface EventEditorProps {
  event: StreamEvent;
  /** The form's message about the moves (a step naming an event the stream does not have), if any. */
  error?: string;
  onApply(eventTime: number, arrivalTime: number): void;
  onReset(): void;
  onClose(): void;
}

const readMinute = (text: string, what: string): number | string => {
  if (text.trim() === '') return `Enter the ${what} as a whole minute.`;
  const value = Number(text);
  if (!Number.isInteger(value)) return `Enter the ${what} as a whole minute.`;
  if (value < 0 || value > MAX_TIME) return `The ${what} is a minute from 0 to ${MAX_TIME}.`;
  return value;
};

/** Type an event's two times; Apply (or Enter) adds or updates the event's move and re-runs. Opening it focuses the event time. */
export function EventEditor({ event, error, onApply, onReset, onClose }: EventEditorProps) {
  const id = useId();
  const [eventText, setEventText] = useState(String(event.eventTime));
  const [arrivalText, setArrivalText] = useState(String(event.arrivalTime));
  const [message, setMessage] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  // Opened from the events table (under another tab) or the timeline: take the reader to it.
  useEffect(() => first.current?.focus(), [event.id]);

  useEffect(() => {
    setEventText(String(event.eventTime));
    setArrivalText(String(event.arrivalTime));
    setMessage(null);
  }, [event.id, event.eventTime, event.arrivalTime]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const eventTime = readMinute(eventText, 'event time');
    const arrivalTime = readMinute(arrivalText, 'arrival time');
    if (typeof eventTime === 'string') return setMessage(eventTime);
    if (typeof arrivalTime === 'string') return setMessage(arrivalTime);
    if (arrivalTime < eventTime) return setMessage(`An event cannot arrive (minute ${arrivalTime}) before it happens (minute ${eventTime}).`);
    setMessage(null);
    onApply(eventTime, arrivalTime);
  };

  const shown = message ?? error ?? null;
  return (
    <form className={styles.editor} onSubmit={submit} noValidate data-editor={event.id} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        Edit event {event.id} (key {event.key}, value {event.value})
        {event.edited ? `: generated at minute ${event.originalEventTime}, arriving at ${event.originalArrivalTime}` : ''}
      </h4>
      <div className={styles.editorRow}>
        <span className={styles.editorField}>
          <label htmlFor={`${id}-event`}>Event time (minute)</label>
          <input ref={first} id={`${id}-event`} type="number" inputMode="numeric" min={0} max={MAX_TIME} value={eventText} onChange={(e) => setEventText(e.target.value)} aria-describedby={shown ? `${id}-message` : undefined} aria-invalid={Boolean(message) || undefined} />
        </span>
        <span className={styles.editorField}>
          <label htmlFor={`${id}-arrival`}>Arrival time (minute)</label>
          <input id={`${id}-arrival`} type="number" inputMode="numeric" min={0} max={MAX_TIME} value={arrivalText} onChange={(e) => setArrivalText(e.target.value)} aria-describedby={shown ? `${id}-message` : undefined} aria-invalid={Boolean(message) || undefined} />
        </span>
        <button type="submit" className="button button-primary">
          Apply
        </button>
        {event.edited && (
          <button type="button" className="button" onClick={onReset}>
            Reset event {event.id}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {shown && (
        <p id={`${id}-message`} className="field-error" role="alert">
          {shown}
        </p>
      )}
    </form>
  );
}
