'use client';

import { memo } from 'react';
import { emissionNote, labelOfId, lateText, windowIndex, windowLabel } from './labels';
import { policyLabel, windowTypeLabel, windowTypes, type WindowsParams, type WindowsResult, type WindowType } from './model';
import styles from './windows.module.css';

/** All three window types side by side: how many windows, how often an event is counted, what lateness cost. */
export const SummaryTable = memo(function SummaryTable({ result, params }: { result: WindowsResult; params: WindowsParams }) {
  return (
    <div className="table-scroll" role="region" aria-label="The three window types" tabIndex={0}>
      <table className={`results-table ${styles.compact}`}>
        <caption>
          The same stream under each window type. Late events: behind the watermark for every window they belong to. An event that missed every window (each fired and past
          its allowed lateness of {params.allowedLateness} min) is handled by “{policyLabel[params.policy].toLowerCase()}”
        </caption>
        <thead>
          <tr>
            <th scope="col">Window type</th>
            <th scope="col">Windows</th>
            <th scope="col">Windows per event</th>
            <th scope="col">Late events</th>
            <th scope="col">Not counted</th>
            <th scope="col">Side output</th>
            <th scope="col">Corrections</th>
            <th scope="col">Mean delay after window end</th>
          </tr>
        </thead>
        <tbody>
          {windowTypes.map((type) => {
            const t = result.types[type];
            return (
              <tr key={type} data-type={type}>
                <th scope="row">{windowTypeLabel[type]}</th>
                <td>{t.windows.filter((w) => w.replacedBy === null).length}</td>
                <td data-cell="per-event">{t.meanWindowsPerEvent.toFixed(2).replace(/\.00$/, '')}</td>
                <td data-cell="late">{t.lateEvents}</td>
                <td>{t.droppedEvents}</td>
                <td>{t.sideOutput.length}</td>
                <td>{t.corrections}</td>
                <td>{t.meanDelay === null ? '—' : `${t.meanDelay.toFixed(1)} min`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/** The table alternative to the timeline: every event, its times, its windows, and whether it was late. */
export const EventsTable = memo(function EventsTable({ result, params, type, onEdit }: { result: WindowsResult; params: WindowsParams; type: WindowType; onEdit(id: number): void }) {
  const typeResult = result.types[type];
  const index = windowIndex(typeResult);
  const verdicts = new Map(typeResult.verdicts.map((v) => [v.eventId, v]));
  return (
    <div className={`table-scroll ${styles.deferred}`} role="region" aria-label="Events" tabIndex={0}>
      <table className={`results-table ${styles.compact}`}>
        <caption>Events in arrival order, with their {windowTypeLabel[type].toLowerCase()} windows</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Key</th>
            <th scope="col">Event time</th>
            <th scope="col">Arrival</th>
            <th scope="col">Watermark on arrival</th>
            <th scope="col">Windows joined</th>
            <th scope="col">Late?</th>
            <th scope="col">
              <span className="visually-hidden">Edit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.arrivalOrder.map((id) => {
            const e = result.events[id - 1]!;
            const v = verdicts.get(id)!;
            const late = v.late.length > 0 || v.behind || v.lost;
            return (
              <tr key={id} data-event-row={id} className={late ? styles.lateRow : undefined}>
                <th scope="row">
                  {id}
                  {e.edited ? ' (edited)' : ''}
                </th>
                <td>{e.key}</td>
                <td data-cell="event-time">{e.eventTime}</td>
                <td data-cell="arrival">{e.arrivalTime}</td>
                <td>{v.watermarkAtArrival ?? '—'}</td>
                <td data-cell="joined">{v.joined.length ? v.joined.map((w) => labelOfId(w, index, params.size, params.gap)).join(', ') : 'none'}</td>
                <td data-cell="late" className={styles.wrapCell}>
                  {lateText(v, index, params.size, params.gap)}
                </td>
                <td>
                  <button type="button" className="button-link" onClick={() => onEdit(id)}>
                    Edit<span className="visually-hidden"> event {id}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/** Every result the shown window type emitted, per (key, window), in the order of the arrival clock within each window. */
export const ResultsTable = memo(function ResultsTable({ result, params, type }: { result: WindowsResult; params: WindowsParams; type: WindowType }) {
  const typeResult = result.types[type];
  const index = windowIndex(typeResult);
  return (
    <div className={`table-scroll ${styles.deferred}`} role="region" aria-label="Window results" tabIndex={0}>
      <table className={`results-table ${styles.compact}`}>
        <caption>{windowTypeLabel[type]} results per key and window, stamped with the arrival clock</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Window</th>
            <th scope="col">Count</th>
            <th scope="col">Sum</th>
            <th scope="col">Emitted at</th>
            <th scope="col">Delay after end</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {typeResult.windows.flatMap((w) => {
            const label = windowLabel(w, params.gap);
            const replaced = w.replacedBy ? `; later merged into ${labelOfId(w.replacedBy, index, params.size, params.gap)}` : '';
            if (w.emissions.length === 0) {
              return [
                <tr key={w.id} data-window-row={w.id}>
                  <td>{w.key}</td>
                  <th scope="row">{label}</th>
                  <td colSpan={5}>no result of its own{replaced}</td>
                </tr>,
              ];
            }
            return w.emissions.map((e, i) => (
              <tr key={`${w.id}-${i}`} data-window-row={w.id} data-kind={e.kind} className={e.kind === 'correction' || e.trigger === 'late-event' ? styles.correctionRow : undefined}>
                <td>{w.key}</td>
                <th scope="row">
                  {label}
                  {e.kind === 'correction' ? ' — correction' : e.trigger === 'late-event' ? ' — late' : ''}
                </th>
                <td data-cell="count">{e.count}</td>
                <td>{e.sum}</td>
                <td data-cell="at">{e.at}</td>
                <td>{e.delay} min</td>
                <td>
                  {e.kind === 'correction' ? <strong>{emissionNote(e, w.emissions[i - 1])}</strong> : emissionNote(e, w.emissions[i - 1])}
                  {i === w.emissions.length - 1 ? replaced : ''}
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
});

export const SideOutputTable = memo(function SideOutputTable({ result, params, type }: { result: WindowsResult; params: WindowsParams; type: WindowType }) {
  const typeResult = result.types[type];
  if (typeResult.sideOutput.length === 0) return null;
  const index = windowIndex(typeResult);
  return (
    <div className="table-scroll" role="region" aria-label="Side output" tabIndex={0}>
      <table className={`results-table ${styles.compact}`}>
        <caption>
          Side output: events that missed every {windowTypeLabel[type].toLowerCase()} window they belong to, handed on instead of counted (an event still counted in one of its
          windows is not here)
        </caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Key</th>
            <th scope="col">Event time</th>
            <th scope="col">Arrival</th>
            <th scope="col">Window(s) it missed</th>
          </tr>
        </thead>
        <tbody>
          {typeResult.sideOutput.map((s) => {
            const e = result.events[s.eventId - 1]!;
            return (
              <tr key={s.eventId} data-side-output={s.eventId}>
                <th scope="row">{s.eventId}</th>
                <td>{e.key}</td>
                <td>{e.eventTime}</td>
                <td>{e.arrivalTime}</td>
                <td>{s.missed.length ? s.missed.map((id) => labelOfId(id, index, params.size, params.gap)).join(', ') : 'its own new session, already past the watermark and the allowed lateness'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
