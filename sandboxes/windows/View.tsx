'use client';

import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { SandboxFrame } from '@/components/SandboxFrame';
import { controlsFor } from '@/components/sandbox/controls';
import { useSandbox } from '@/lib/sandbox/useSandbox';
import { definition } from './definition';
import { ProcessingNote, WindowsHeadline } from './Headline';
import { MAX_TIME, type Move, type WindowType } from './model';
import { lastMoveOf, withMove } from './moves';
import { MovesScript } from './MovesScript';
import { EventsTable, ResultsTable, SideOutputTable, SummaryTable } from './Tables';

const clampTime = (t: number) => Math.max(0, Math.min(MAX_TIME, t));

export default function WindowsView() {
  const { frame, run, form } = useSandbox(definition);
  const c = controlsFor(frame);
  const { result, resultParams: params } = run;
  const { draft, errors, setField } = form;
  const [type, setType] = useState<WindowType>('tumbling');
  const [selectedId, setSelectedId] = useState<number | null>(null);

  // A move on the timeline or in the editor re-runs by itself, a moment later so a run of key presses makes one run.
  const [rerun, setRerun] = useState(0);
  // The run reads the latest form when it fires; it is not a reason to schedule one.
  const runNow = useEffectEvent(() => frame.onRun());
  useEffect(() => {
    if (rerun === 0) return;
    const timer = setTimeout(() => runNow(), 120);
    return () => clearTimeout(timer);
  }, [rerun]);

  // Nudges start from the latest script, not the last result, so quick key presses add up.
  const latest = useRef<readonly Move[]>(draft.edits);
  latest.current = draft.edits;
  const onMove = useCallback(
    (id: number, t: number, a: number, how: 'nudge' | 'set') => {
      const event = result?.events[id - 1];
      if (!event) return;
      const original = { time: event.originalEventTime, arrival: event.originalArrivalTime };
      let time = t;
      let arrival = a;
      if (how === 'nudge') {
        // A drag or a key press arrives relative to the last result; apply it to the latest move instead.
        const now = lastMoveOf(latest.current, id) ?? original;
        time = clampTime(now.time + (t - event.eventTime));
        arrival = Math.max(time, clampTime(now.arrival + (a - event.arrivalTime)));
      }
      setField('edits', withMove(latest.current, { kind: 'move', event: id, time, arrival }, original));
      setRerun((n) => n + 1);
    },
    [result, setField],
  );

  const selected = result && selectedId !== null ? (result.events[selectedId - 1] ?? null) : null;
  const editsError = errors.edits;
  const results = useMemo(
    () =>
      result && params
        ? {
            headline: (
              <WindowsHeadline
                result={result}
                params={params}
                type={type}
                onType={setType}
                selected={selected}
                onSelect={setSelectedId}
                onMove={onMove}
                editsError={editsError}
              />
            ),
            tables: (
              <>
                <SummaryTable result={result} params={params} />
                <SideOutputTable result={result} params={params} type={type} />
              </>
            ),
            details: (
              <>
                <ProcessingNote delay={params.lateness} allowedLateness={params.allowedLateness} />
                <EventsTable result={result} params={params} type={type} onEdit={setSelectedId} />
                <ResultsTable result={result} params={params} type={type} />
              </>
            ),
          }
        : null,
    [result, params, type, selected, onMove, editsError],
  );

  return (
    <SandboxFrame
      sandbox={frame}
      controls={
        <>
          {c.group(
            'The stream',
            <>
              {c.choice('stream')}
              {c.number('events')}
              {c.number('keys')}
              {c.number('span')}
              {c.number('lateShare')}
              {c.number('maxDelay')}
              {c.number('seed')}
            </>,
          )}
          {c.group(
            'Windows',
            <>
              {c.number('size')}
              {c.number('slide')}
              {c.number('gap')}
            </>,
          )}
          {c.group(
            'Late events',
            <>
              {c.number('lateness')}
              {c.number('allowedLateness')}
              {c.choice('policy')}
            </>,
          )}
          <MovesScript
            label={definition.controls.edits.label}
            hint={definition.controls.edits.hint}
            error={editsError}
            moves={draft.edits}
            onChange={(next) => setField('edits', next)}
            events={result?.events ?? null}
            selectedId={selectedId}
          />
        </>
      }
      results={results}
    />
  );
}
