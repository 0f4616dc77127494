'use client';

import { useId, useState } from 'react';
import { EventEditor } from './EventEditor';
import { windowTypeLabel, windowTypes, type StreamEvent, type WindowsParams, type WindowsResult, type WindowType } from './model';
import { Timeline } from './Timeline';
import styles from './windows.module.css';

interface HeadlineProps {
  result: WindowsResult;
  params: WindowsParams;
  type: WindowType;
  onType(type: WindowType): void;
  selected: StreamEvent | null;
  onSelect(id: number | null): void;
  /** A drag, a nudge (relative to the last result) or typed times (absolute) for one event. */
  onMove(id: number, eventTime: number, arrivalTime: number, how: 'nudge' | 'set'): void;
  /** The form's message about the moves, if any. */
  editsError?: string;
}

/** The timeline under an arrival clock, for one window type at a time, with the editor of the selected event. */
export function WindowsHeadline({ result, params, type, onType, selected, onSelect, onMove, editsError }: HeadlineProps) {
  const radioName = useId();
  const clockId = useId();
  const [clockSetting, setClock] = useState<number | null>(null);
  const firstArrival = result.events.length ? Math.min(...result.events.map((e) => e.arrivalTime)) : 0;
  const clock = clockSetting === null ? result.lastArrival : Math.max(firstArrival, Math.min(result.lastArrival, clockSetting));
  return (
    <>
      <div className={styles.clockRow}>
        <fieldset>
          <legend>Window type on the timeline</legend>
          {windowTypes.map((t) => (
            <label key={t} className="inline-choice">
              <input type="radio" name={radioName} checked={type === t} onChange={() => onType(t)} /> {windowTypeLabel[t]}
            </label>
          ))}
        </fieldset>
        <div className={styles.clock}>
          <label htmlFor={clockId} className={styles.clockLabel}>
            Arrival clock: minute <output htmlFor={clockId}>{clock}</output>
          </label>
          <input id={clockId} type="range" min={firstArrival} max={result.lastArrival} step={1} value={clock} onChange={(e) => setClock(Number(e.target.value))} />
        </div>
      </div>
      <Timeline result={result} params={params} type={type} clock={clock} selectedId={selected?.id ?? null} onSelect={onSelect} onMove={(id, t, a) => onMove(id, t, a, 'nudge')} />
      <p className="field-hint">
        Focus an event (Tab) or hover it to light up its windows. ←/→ move its event time by a minute, Shift+←/→ its arrival; Enter selects it for typing. With a pointer, drag
        the dot (event time) or the end of its tail (arrival). Each move becomes a step under “Moved events”.
      </p>
      {selected && (
        <EventEditor
          event={selected}
          error={editsError}
          onApply={(t, a) => onMove(selected.id, t, a, 'set')}
          onReset={() => onMove(selected.id, selected.originalEventTime, selected.originalArrivalTime, 'set')}
          onClose={() => onSelect(null)}
        />
      )}
    </>
  );
}

/** How the processor turns arrivals into results: the rules the timeline and the tables follow. */
export function ProcessingNote({ delay, allowedLateness }: { delay: number; allowedLateness: number }) {
  return (
    <p className="results-note">
      Times are whole minutes. The processor takes events in arrival order; the watermark is the largest event time it has seen minus the watermark delay ({delay} min). A
      window [s, e) fires once the watermark reaches e, a session once it passes the last event + gap; each result is stamped with the arrival minute of the event that moved
      the watermark, and windows still open when the input ends are emitted then. A fired window keeps its state for the allowed lateness ({allowedLateness} min of watermark
      past its end): a late event in that time updates it and it fires again. After that its state is dropped, and a later event near a dropped session starts a new session, as
      in Flink and Beam. An event is dropped or sent to the side output only when it misses every window it belongs to; one counted in any window is not lost. (Sessions here
      join events at most the gap apart; Flink’s session windows join them when less than the gap apart.)
    </p>
  );
}
