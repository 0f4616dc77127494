'use client';

import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Exercises } from '@/components/sandbox/Exercises';
import { NumberField, SandboxFrame, SelectField } from '@/components/SandboxFrame';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { sandboxCatalog } from '../catalog';
import { EventEditor } from './EventEditor';
import { windowsExercises } from './exercises';
import { explainRun } from './explain';
import {
  defaultWindowsParams,
  formatEdits,
  parseEdits,
  policies,
  policyLabel,
  RESULTS_VERSION,
  SANDBOX_ID,
  windowsParamsSchema,
  windowTypeLabel,
  windowTypes,
  type EventEdit,
  type WindowsApi,
  type WindowsParams,
  type WindowsResult,
  type WindowType,
} from './model';
import { EventsTable, ResultsTable, SideOutputTable, SummaryTable } from './Tables';
import { Timeline } from './Timeline';
import styles from './windows.module.css';
import { runner } from './runner';

const { spawn } = runner;

type NumberKey = { [K in keyof WindowsParams]: WindowsParams[K] extends number ? K : never }[keyof WindowsParams];

export default function WindowsView() {
  const info = sandboxCatalog[SANDBOX_ID];
  const { form, run, frame } = useSandbox<WindowsApi, 'run', typeof defaultWindowsParams>({
    id: SANDBOX_ID,
    version: RESULTS_VERSION,
    schema: windowsParamsSchema,
    defaults: defaultWindowsParams,
    spawn,
    op: 'run',
  });
  const { draft, errors } = form;
  // An edit on the timeline re-runs by itself, a moment later so a run of key presses makes one run.
  const [rerun, setRerun] = useState(0);
  useEffect(() => {
    if (rerun === 0) return;
    const timer = setTimeout(() => frame.onRun(), 120);
    return () => clearTimeout(timer);
    // frame.onRun is read fresh on each request; re-running on its identity would loop.
  }, [rerun]);

  const draftEdits = useRef(String(draft.edits));
  draftEdits.current = String(draft.edits);
  const { setField } = form;
  const setEdits = useCallback(
    (edit: (current: EventEdit[]) => EventEdit[]) => {
      const current = parseEdits(draftEdits.current) ?? [];
      setField('edits', formatEdits(edit(current).sort((a, b) => a.id - b.id)));
      setRerun((n) => n + 1);
    },
    [setField],
  );

  const field = (key: NumberKey, label: string, hint: string) => (
    <NumberField label={label} hint={hint} error={errors[key]} value={draft[key]} onChange={(value) => form.setField(key, value)} />
  );
  const select = <K extends 'stream' | 'policy'>(key: K, label: string, hint: string, options: ReadonlyArray<readonly [string, string]>) => (
    <SelectField label={label} hint={hint} error={errors[key]} value={String(draft[key])} options={options} onChange={(v) => form.setField(key, v)} />
  );

  return (
    <SandboxFrame
      {...frame}
      title={info.title}
      description={info.summary}
      progress={run.progress ? { fraction: run.progress.total ? run.progress.done / run.progress.total : null, label: 'Assigning events to windows…' } : null}
      controls={
        <>
          {select('stream', 'Event stream', 'The seeded stream uses the five settings after this one.', [
            ['seeded', 'Seeded: out of order, some late'],
            ['chapter', 'The chapter’s example (1, 2, 4, 9, 10, 17)'],
          ])}
          {field('events', 'Events', '1 to 500.')}
          {field('keys', 'Keys (users)', '1 to 5, one lane each.')}
          {field('span', 'Event times over (min)', 'Event times fall in minutes 0 to this.')}
          {field('lateShare', 'Stragglers (%)', 'Most events arrive 0–2 min after they happen; these arrive later.')}
          {field('maxDelay', 'Longest delay (min)', 'A straggler arrives 3 to this many minutes late.')}
          {field('size', 'Window size (min)', 'Tumbling and sliding windows.')}
          {field('slide', 'Slide (min)', 'A new sliding window every this many minutes; at most the size.')}
          {field('gap', 'Session gap (min)', 'A session ends after more than this many quiet minutes.')}
          {field('lateness', 'Allowed lateness (min)', 'Watermark = largest event time seen − this.')}
          {select(
            'policy',
            'A late event',
            'Late: its window had closed (the watermark had passed its end) when it arrived.',
            policies.map((p) => [p, policyLabel[p]] as const),
          )}
          {field('seed', 'Seed', 'Chooses the events, keys and delays.')}
        </>
      }
      results={
        run.result && run.resultRequest ? (
          <WindowsResults
            result={run.result}
            params={run.resultRequest}
            draftEdits={String(draft.edits)}
            editsError={errors.edits}
            setEdits={setEdits}
            onExplore={form.applySettings}
          />
        ) : null
      }
    />
  );
}

interface ResultsProps {
  result: WindowsResult;
  params: WindowsParams;
  draftEdits: string;
  editsError?: string;
  setEdits(edit: (current: EventEdit[]) => EventEdit[]): void;
  onExplore(settings: Partial<WindowsParams>): void;
}

/** Memoised: a new run's progress re-renders the frame, not the last result's timeline and tables. */
const WindowsResults = memo(function WindowsResults({ result, params, draftEdits, editsError, setEdits, onExplore }: ResultsProps) {
  const radioName = useId();
  const clockId = useId();
  const [type, setType] = useState<WindowType>('tumbling');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [clockSetting, setClock] = useState<number | null>(null);
  const firstArrival = result.events.length ? Math.min(...result.events.map((e) => e.arrivalTime)) : 0;
  const clock = clockSetting === null ? result.lastArrival : Math.max(firstArrival, Math.min(result.lastArrival, clockSetting));
  const selected = selectedId === null ? null : (result.events[selectedId - 1] ?? null);
  const draft = parseEdits(draftEdits) ?? [];

  /** Moves an event to these times; back at its generated times, the edit is dropped. */
  const move = (id: number, eventTime: number, arrivalTime: number) => {
    const event = result.events[id - 1];
    if (!event) return;
    setEdits((current) => {
      const others = current.filter((e) => e.id !== id);
      return eventTime === event.originalEventTime && arrivalTime === event.originalArrivalTime ? others : [...others, { id, eventTime, arrivalTime }];
    });
  };
  /** Nudges start from the latest edit, not the last result, so quick key presses add up. */
  const current = (id: number) => {
    const edit = draft.find((e) => e.id === id);
    const event = result.events[id - 1]!;
    return edit ? { ...event, eventTime: edit.eventTime, arrivalTime: edit.arrivalTime } : { ...event, eventTime: event.originalEventTime, arrivalTime: event.originalArrivalTime };
  };

  return (
    <>
      <p className="results-note">
        Times are whole minutes. The processor takes events in arrival order; the watermark is the largest event time it has seen minus the allowed lateness ({params.lateness}{' '}
        min). A window [s, e) closes once the watermark reaches e, a session once it passes the last event + gap; each result is stamped with the arrival minute of the
        event that moved the watermark, and windows still open when the input ends are emitted then.
      </p>
      <SummaryTable result={result} params={params} />
      <div className={styles.clockRow}>
        <fieldset>
          <legend>Window type on the timeline</legend>
          {windowTypes.map((t) => (
            <label key={t} className="inline-choice">
              <input type="radio" name={radioName} checked={type === t} onChange={() => setType(t)} /> {windowTypeLabel[t]}
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
      <Timeline
        result={result}
        params={params}
        type={type}
        clock={clock}
        selectedId={selectedId}
        onSelect={(id) => setSelectedId(id)}
        onMove={(id, t, a) => {
          const now = current(id);
          // A keyboard nudge arrives relative to the last result; apply it to the latest edit instead.
          const event = result.events[id - 1]!;
          move(id, now.eventTime + (t - event.eventTime), Math.max(now.eventTime + (t - event.eventTime), now.arrivalTime + (a - event.arrivalTime)));
        }}
      />
      <p className="field-hint">
        Focus an event (Tab) or hover it to light up its windows. ←/→ move its event time by a minute, Shift+←/→ its arrival; Enter selects it for typing. With a pointer,
        drag the dot (event time) or the end of its tail (arrival).
      </p>
      {selected && (
        <EventEditor
          event={selected}
          error={editsError}
          onApply={(t, a) => move(selected.id, t, a)}
          onReset={() => move(selected.id, selected.originalEventTime, selected.originalArrivalTime)}
          onClose={() => setSelectedId(null)}
        />
      )}
      {!selected && editsError && (
        <p className="field-error" role="alert">
          {editsError}
        </p>
      )}
      {draft.length > 0 && (
        <div className={styles.edits} data-edits>
          Edited events (they travel in the page link):
          <ul>
            {draft.map((e) => (
              <li key={e.id}>
                event {e.id}: event time {e.eventTime}, arrival {e.arrivalTime}{' '}
                <button type="button" className="button-link" onClick={() => setEdits((all) => all.filter((x) => x.id !== e.id))}>
                  Reset<span className="visually-hidden"> event {e.id}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setEdits(() => [])}>
            Reset all edits
          </button>
        </div>
      )}
      <EventsTable result={result} params={params} type={type} onEdit={setSelectedId} />
      <ResultsTable result={result} params={params} type={type} />
      <SideOutputTable result={result} params={params} type={type} />
      <div className="explain" data-explain>
        <p className="sandbox-part">What your run shows</p>
        {explainRun(result, params).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <Exercises exercises={windowsExercises} result={result} params={params} onExplore={onExplore} />
    </>
  );
});
