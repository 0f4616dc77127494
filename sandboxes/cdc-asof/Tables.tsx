import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import styles from './cdc-asof.module.css';
import { anchorText, scoreOf } from './explain';
import { formatLsn, formatTime } from './time';
import { FEATURES, FEATURE_LABEL, type CdcAsofParams, type CdcAsofResult, type Feature, type ModelId, type ReplayOutcome, type Score } from './model';

export function Region({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
const fixed = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ROWS: Array<[ModelId, 'asof' | 'naive', string, string]> = [
  ['naive', 'naive', 'Trained on final rows', 'scored on the later days’ final rows (the offline check that shares the leak)'],
  ['naive', 'asof', 'Trained on final rows', 'scored on the later days as of the anchor (what it sees in production)'],
  ['asof', 'asof', 'Trained as of the anchor', 'scored on the later days as of the anchor'],
];

/** The headline: the same model trained two ways, scored on the later period. */
export function ScoreTable({ result, params }: { result: CdcAsofResult; params: CdcAsofParams }) {
  return (
    <Region label="Scores on the later period">
      <table className="results-table">
        <caption>
          Logistic regression for “will this order be cancelled?”, anchor {anchorText(params)}, trained on days 0–{params.trainDays - 1}, scored on days {params.trainDays}–{params.days - 1}
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">AUC</th>
            <th scope="col">Log loss</th>
            <th scope="col">Mean predicted / actual</th>
            <th scope="col">Flagged (p ≥ ½), of which cancelled</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([model, rows, name, what]) => {
            const s: Score | undefined = scoreOf(result, model, rows);
            return s ? (
              <tr key={`${model}-${rows}`} data-score={`${model}-${rows}`}>
                <th scope="row">
                  {name}
                  <span className={styles.what}>{what}</span>
                </th>
                <td data-auc={s.auc}>{fixed(s.auc)}</td>
                <td>{fixed(s.logLoss)}</td>
                <td>
                  {pct(s.meanPredicted)} / {pct(s.actualRate)}
                </td>
                <td>
                  {formatNumber(s.flagged)} of {formatNumber(s.n)}, {formatNumber(s.flaggedRight)}
                </td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
    </Region>
  );
}

const show = (f: Feature, v: number | null) => (v === null ? '–' : f === 'distance_km' ? v.toFixed(1) : f === 'reassignments' ? String(v) : v === 1 ? 'yes' : 'no');
const later = (s: number) => (s < 60 ? `+${s} s` : s < 7200 ? `+${Math.round(s / 60)} min` : `+${(s / 3600).toFixed(1)} h`);

/** Row by row: the as-of value and the final row's value of each feature, the future ones marked. */
export function LeakRows({ result }: { result: CdcAsofResult }) {
  const shown = FEATURES.filter((f) => result.sample.some((r) => r.cells[f].futureBy !== null));
  const same = FEATURES.filter((f) => !shown.includes(f));
  if (result.sample.length === 0) return <p className="results-note">No row of the later period took a value from the future in the naive join.</p>;
  return (
    <>
      <Region label="Rows of the naive join, feature by feature">
        <table className="results-table">
          <caption>
            {result.sample.length} rows of the later period: as of the anchor → in the final row; marked values were committed after the anchor
          </caption>
          <thead>
            <tr>
              <th scope="col">Order, anchor</th>
              {shown.map((f) => (
                <th key={f} scope="col">
                  {FEATURE_LABEL[f]}
                </th>
              ))}
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {result.sample.map((row) => (
              <tr key={row.orderId} data-order={row.orderId}>
                <th scope="row">
                  {row.orderId}
                  <span className={styles.note}>{formatTime(row.anchorS)}</span>
                  <span className={styles.note}>{row.asofLsn === null ? 'no row as of the anchor' : `as of LSN ${formatLsn(row.asofLsn)}`}</span>
                </th>
                {shown.map((f) => {
                  const cell = row.cells[f];
                  return cell.futureBy === null ? (
                    <td key={f}>{show(f, cell.asof)}</td>
                  ) : (
                    <td key={f} className={styles.leak} data-leak={f}>
                      {show(f, cell.asof)} → {show(f, cell.naive)}
                      <span className={styles.note}>future: {later(cell.futureBy)}</span>
                    </td>
                  );
                })}
                <td>{row.cancelled ? 'cancelled' : 'delivered'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Region>
      {same.length > 0 ? <p className="results-note">Equal in every row shown: {same.map((f) => FEATURE_LABEL[f]).join(', ')}.</p> : null}
    </>
  );
}

function replayRow(name: string, rule: string, r: ReplayOutcome, key: string) {
  return (
    <tr key={key} data-replay={key}>
      <th scope="row">
        {name}
        <span className={styles.what}>{rule}</span>
      </th>
      <td>{formatNumber(r.applied)}</td>
      <td>{formatNumber(r.duplicates + r.stale)}</td>
      <td data-mismatches={r.mismatches}>{formatNumber(r.mismatches)}</td>
    </tr>
  );
}

/** The consumer's table after a faulty delivery, replayed with and without the LSN rule. */
export function ReplayTable({ result }: { result: CdcAsofResult }) {
  const { replay, events } = result;
  return (
    <>
      <Region label="Replaying the change events">
        <table className="results-table">
          <caption>Replaying {formatNumber(events.delivered)} events received for {formatNumber(events.total)} changes</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Applied</th>
              <th scope="col">Skipped</th>
              <th scope="col">Wrong rows</th>
            </tr>
          </thead>
          <tbody>
            {replayRow('Apply if newer', 'only when the event’s LSN is above the one the key holds; a delete keeps its LSN as a tombstone', replay.guarded, 'guarded')}
            {replayRow('Apply as they arrive', 'every event, in arrival order (the last to arrive wins)', replay.lastWriteWins, 'arrival')}
          </tbody>
        </table>
      </Region>
      <p className="results-note">
        The log held {formatNumber(events.byOp.c)} creates, {formatNumber(events.byOp.u)} updates and {formatNumber(events.byOp.d)} deletes; {formatNumber(events.duplicates)} events arrived twice and {formatNumber(events.late)} late. Wrong rows are counted
        against the table an in-order replay gives ({formatNumber(replay.tableRows)} rows). The rule skipped {formatNumber(replay.guarded.duplicates)} duplicates and {formatNumber(replay.guarded.stale)} stale events and keeps {formatNumber(replay.tombstones)} tombstones. It works because every after image is the whole row, so an update that arrives before its create can be applied as it is.
        DuckDB’s own replay (each key’s highest LSN, deletes dropped) has {formatNumber(replay.duckdbCurrentRows)} rows.
      </p>
      {replay.lastWriteWins.examples.length > 0 ? (
        <Region label="Rows the unguarded replay got wrong">
          <table className="results-table">
            <caption>First rows the unguarded replay got wrong</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">In-order replay</th>
                <th scope="col">As they arrived</th>
              </tr>
            </thead>
            <tbody>
              {replay.lastWriteWins.examples.map((e) => (
                <tr key={e.orderId}>
                  <th scope="row">{e.orderId}</th>
                  <td>{e.truth}</td>
                  <td>{e.replayed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Region>
      ) : null}
    </>
  );
}
